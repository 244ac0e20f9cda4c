package partnership.ingest.csv;

import java.util.List;

/** One CSV record: the line it starts on and its fields, unquoted. */
public record CsvRecord(long line, List<String> fields) {

  /** True for a line with nothing on it (a trailing newline, a blank line between rows). */
  public boolean isBlank() {
    return fields.size() == 1 && fields.get(0).isEmpty();
  }
}
