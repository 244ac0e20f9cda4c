package partnership.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes RFC 4180 CSV: comma separated, fields quoted when they hold a comma, quote or line break; LF endings. */
final class Csv {

  private Csv() {}

  static void write(Path file, List<String> header, List<List<String>> lines) {
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
      String field = fields.get(i) == null ? "" : fields.get(i);
      if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        out.append(field);
      }
    }
    out.append('\n');
  }
}
