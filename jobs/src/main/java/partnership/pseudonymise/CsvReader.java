package partnership.pseudonymise;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import partnership.ingest.InputFileException;

/**
 * A minimal RFC 4180 CSV reader: UTF-8 (a leading byte-order mark is skipped), comma-separated,
 * double-quoted fields with {@code ""} for a quote, quoted fields may span lines, CRLF or LF endings.
 *
 * <p>Package-private on purpose: it exists until the pipeline's generic reader
 * ({@code partnership.ingest.csv.CsvReader}) can be shared, and should then be merged into it.
 */
final class CsvReader implements Closeable {

  /** One record: the 1-based line it starts on and its fields. */
  record Row(long line, List<String> fields) {}

  private final String file;
  private final Reader in;
  private long line = 1;
  private boolean started;
  private int peeked = -2;

  CsvReader(String file, InputStream bytes) {
    this.file = file;
    // Malformed UTF-8 is an error for the file, not a silent replacement character.
    this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The next record, or null at the end of the file. */
  Row next() throws IOException {
    int c = read();
    if (!started && c == '\uFEFF') {
      c = read();
    }
    started = true;
    if (c == -1) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new InputFileException(file, "line " + start, "csv-quoting",
              "a quoted field is not closed before the end of the file");
        } else if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
          }
        } else {
          appendCounted(field, c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && peek() == '\n') {
        // CRLF: the LF ends the record on the next turn.
      } else if (c == '\n' || c == -1) {
        if (c == '\n') {
          line++;
        }
        fields.add(field.toString());
        return new Row(start, fields);
      } else if (c == '"') {
        throw new InputFileException(file, "line " + line, "csv-quoting",
            "a quote inside an unquoted field (RFC 4180 wants the field quoted and the quote doubled)");
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private void appendCounted(StringBuilder field, int c) {
    if (c == '\n') {
      line++;
    }
    field.append((char) c);
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    try {
      return in.read();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputFileException(file, "line " + line, "utf-8", "the bytes are not UTF-8");
    }
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = read();
    }
    return peeked;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
