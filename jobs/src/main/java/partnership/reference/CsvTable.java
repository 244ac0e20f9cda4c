package partnership.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import partnership.ingest.csv.CsvReader;
import partnership.ingest.csv.CsvRecord;

/**
 * A small CSV file held in memory, for the reference files only (partner extracts go through ingest): a
 * header and its records, read with the pipeline's {@link CsvReader}, each with its line for error messages.
 */
final class CsvTable {

  private final String file;
  private final List<String> header;
  private final List<CsvRecord> records = new ArrayList<>();

  private CsvTable(String file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  /** Parses {@code text}, requiring the given columns in the header. */
  static CsvTable parse(String file, String text, List<String> requiredColumns) {
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file)) {
      CsvRecord first = reader.next();
      if (first == null) {
        throw new IllegalArgumentException("Cannot read " + file + ": the file is empty");
      }
      CsvTable table = new CsvTable(file, first.fields().stream().map(String::trim).toList());
      for (String column : requiredColumns) {
        if (!table.header.contains(column)) {
          throw new IllegalArgumentException(
              "Cannot read " + file + ": line 1 has no column " + column + " (header " + table.header + ")");
        }
      }
      for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
        if (record.isBlank()) {
          continue;
        }
        if (record.fields().size() != table.header.size()) {
          throw new IllegalArgumentException("Cannot read " + file + ": line " + record.line() + " has "
              + record.fields().size() + " fields, the header " + table.header.size());
        }
        table.records.add(record);
      }
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Maps each record, given as column name to value, with errors naming the file and line. */
  <T> List<T> map(Function<Map<String, String>, T> mapper) {
    List<T> result = new ArrayList<>();
    for (CsvRecord record : records) {
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), record.fields().get(c).trim());
      }
      try {
        result.add(mapper.apply(values));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Cannot read " + file + ": line " + record.line() + ": " + e.getMessage(), e);
      }
    }
    return result;
  }
}
