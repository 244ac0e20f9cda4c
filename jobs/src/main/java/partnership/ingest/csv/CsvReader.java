package partnership.ingest.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import partnership.ingest.InputFileException;

/**
 * A streaming RFC 4180 reader that knows the line every record starts on.
 *
 * <p>Written here rather than taken from a library because the pipeline's promise is an error naming the
 * file and line for every fault: bytes that are not UTF-8 and a quote left open are reported with the line
 * they start on. A byte-order mark is skipped. Quoted fields may hold commas, doubled quotes and newlines. A
 * record of more than {@link #MAX_RECORD_CHARS} characters is an error too, so memory stays bounded.
 */
public final class CsvReader implements Closeable {

  /**
   * The longest record read, in characters. Far beyond any real row (a value may have 10,000), it stops a quote
   * left open near the top of a large file, or a file with no line breaks, from being read whole into memory.
   */
  static final long MAX_RECORD_CHARS = 1L << 24;

  private final BufferedReader reader;
  private final String file;
  private long line = 1;
  private boolean finished;

  public CsvReader(Path path, String displayName) throws IOException {
    this(Files.newInputStream(path), displayName);
  }

  /** Reads from a stream of bytes, which it closes; {@code displayName} names the file in messages. */
  public CsvReader(InputStream bytes, String displayName) throws IOException {
    this.file = displayName;
    this.reader = new BufferedReader(new InputStreamReader(
        bytes,
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    try {
      reader.mark(1);
      if (read() != '\uFEFF') {
        reader.reset();
      }
    } catch (IOException | RuntimeException e) {
      // The caller never gets a reader to close: the file must not stay open behind the refusal.
      reader.close();
      throw e;
    }
  }

  /** The next record, or null at the end of the file. A blank line is a record with one empty field. */
  public CsvRecord next() throws IOException {
    if (finished) {
      return null;
    }
    long startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    long chars = 0;
    int c = read();
    if (c == -1) {
      finished = true;
      return null;
    }
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new InputFileException(file, "line " + startLine, "quote_not_closed",
              "a quoted field opened on this line is never closed before the end of the file");
        }
        if (c == '"') {
          reader.mark(1);
          int peek = read();
          if (peek == '"') {
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            if (peek != -1) {
              reader.reset();
            }
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (c == '\n' || c == -1) {
        if (c == '\n') {
          line++;
        } else {
          finished = true;
        }
        stripCarriageReturn(field);
        fields.add(field.toString());
        return new CsvRecord(startLine, fields);
      } else if (c == '"' && field.length() == 0 && !afterQuote) {
        quoted = true;
      } else {
        field.append((char) c);
      }
      if (++chars > MAX_RECORD_CHARS) {
        throw tooLong(startLine, quoted);
      }
      c = read();
    }
  }

  private InputFileException tooLong(long startLine, boolean quoted) {
    String limit = String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS);
    return quoted
        ? new InputFileException(file, "line " + startLine, "quote_not_closed",
            "a quoted field opened on this line runs on for more than " + limit + " characters: a quote left open?")
        : new InputFileException(file, "line " + startLine, "record_too_long",
            "the record on this line is longer than " + limit + " characters: is this a CSV file?");
  }

  private static void stripCarriageReturn(StringBuilder field) {
    int last = field.length() - 1;
    if (last >= 0 && field.charAt(last) == '\r') {
      field.setLength(last);
    }
  }

  /**
   * The next character. Bad bytes decode to U+FFFD (rather than failing a whole buffer ahead of the reader),
   * so the fault is reported on the line where it is.
   */
  private int read() throws IOException {
    int c = reader.read();
    if (c == '\uFFFD') {
      throw new InputFileException(file, "line " + line, "not_utf8",
          "the bytes are not valid UTF-8 (save the file as UTF-8)");
    }
    return c;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
