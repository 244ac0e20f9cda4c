package partnership.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma separated, fields quoted when they hold a comma, quote or line break; LF endings. Reads
 * it back ({@link #records}) for the checks on published files and the benchmark.
 */
public final class Csv {

  private Csv() {}

  public static void write(Path file, List<String> header, List<List<String>> lines) {
    StringBuilder out = new StringBuilder();
    append(out, header);
    lines.forEach(line -> append(out, line));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void append(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append('\n');
  }

  /** A field as written: blank for null, quoted when it holds a comma, quote or line break. */
  public static String quote(String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * The records of CSV text as {@link #write} writes it, each split into its fields: quotes enclose a field, and a
   * quote doubled inside them is one. Every record ends with a line break.
   */
  public static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ',' || c == '\n')) {
        fields.add(field.toString());
        field.setLength(0);
        if (c == '\n') {
          records.add(fields);
          fields = new ArrayList<>();
        }
      } else {
        field.append(c);
      }
    }
    return records;
  }
}
