package partnership.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A small RFC 4180 CSV file held in memory: a header and its records, for the reference files only
 * (partner extracts go through ingest). Each record keeps its line number for error messages.
 */
final class CsvTable {

  private final String file;
  private final List<String> header;
  private final List<List<String>> records = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  private CsvTable(String file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  /** Parses {@code text}, requiring the given columns in the header. */
  static CsvTable parse(String file, String text, List<String> requiredColumns) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] rawLines = body.split("\r?\n", -1);
    CsvTable table = new CsvTable(file, split(file, 1, rawLines[0]).stream().map(String::trim).toList());
    for (String column : requiredColumns) {
      if (!table.header.contains(column)) {
        throw new IllegalArgumentException(
            "Cannot read " + file + ": line 1 has no column " + column + " (header " + table.header + ")");
      }
    }
    for (int i = 1; i < rawLines.length; i++) {
      if (!rawLines[i].isBlank()) {
        List<String> record = split(file, i + 1, rawLines[i]);
        if (record.size() != table.header.size()) {
          throw new IllegalArgumentException(
              "Cannot read " + file + ": line " + (i + 1) + " has " + record.size() + " fields, the header "
                  + table.header.size());
        }
        table.records.add(record);
        table.lines.add(i + 1);
      }
    }
    return table;
  }

  /** Maps each record, given as column name to value, with errors naming the file and line. */
  <T> List<T> map(Function<Map<String, String>, T> mapper) {
    List<T> result = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        values.put(header.get(c), records.get(i).get(c).trim());
      }
      try {
        result.add(mapper.apply(values));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "Cannot read " + file + ": line " + lines.get(i) + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  private static List<String> split(String file, int line, String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Cannot read " + file + ": line " + line + " has an unclosed quote");
    }
    fields.add(field.toString());
    return fields;
  }
}
