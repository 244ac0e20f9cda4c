package partnership.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import partnership.report.Csv;

/**
 * One CSV extract being written, row by row (RFC 4180 quoting), with a few rows made faulty on the way.
 * Which columns a fault touches is said once per file by its {@link Columns}.
 */
final class CsvFile implements Closeable {

  /**
   * The columns of a file that faults touch; -1 where a file has no such column.
   *
   * @param code a coded column, and {@code unknownCode} a value outside its code list
   * @param start a start date or time column, and {@code end} its end column
   * @param required a column that must not be blank
   */
  record Columns(int code, String unknownCode, int start, int end, int required) {}

  private final String name;
  private final BufferedWriter writer;
  private final Columns columns;
  private final SplittableRandom faults;
  private final double faultRate;
  private long rows;

  CsvFile(Path root, String name, List<String> header, Columns columns, long seed, double faultRate) {
    this.name = name;
    this.columns = columns;
    this.faults = new SplittableRandom(seed * 31 + name.hashCode());
    this.faultRate = faultRate;
    try {
      Path path = root.resolve(name);
      Files.createDirectories(path.getParent());
      this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      line(header.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + root.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  String name() {
    return name;
  }

  /** Rows written, faulty ones included, header excluded. */
  long rows() {
    return rows;
  }

  void write(String... values) {
    Fault fault = Fault.next(faults, faultRate);
    if (fault == Fault.DUPLICATE_KEY) {
      line(values);
      rows++;
    } else if (fault != null) {
      values = spoil(values.clone(), fault);
    }
    line(values);
    rows++;
  }

  private String[] spoil(String[] values, Fault fault) {
    switch (fault) {
      case UNKNOWN_CODE -> {
        if (columns.code() >= 0) {
          values[columns.code()] = columns.unknownCode();
          return values;
        }
      }
      case END_BEFORE_START -> {
        // Generated ends never precede their starts, so swapping two different values always spoils the row.
        if (columns.end() >= 0 && !values[columns.end()].isEmpty() && !values[columns.end()].equals(values[columns.start()])) {
          String start = values[columns.start()];
          values[columns.start()] = values[columns.end()];
          values[columns.end()] = start;
          return values;
        }
      }
      case IMPOSSIBLE_DATE -> {
        if (columns.start() >= 0) {
          values[columns.start()] = Fault.impossibleDate(values[columns.start()]);
          return values;
        }
      }
      default -> { }
    }
    values[columns.required()] = "";
    return values;
  }

  private void line(String[] values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(Csv.quote(values[i]));
      }
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
