package partnership.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
 *
 * <p>It keeps its own buffer of characters rather than asking a {@code BufferedReader} for each one (a lock
 * and a call a character): the text of a field up to its next comma, line break or quote is taken from the
 * buffer at once.
 */
public final class CsvReader implements Closeable {

  /**
   * The longest record read, in characters. Far beyond any real row (a value may have 10,000), it stops a quote
   * left open near the top of a large file, or a file with no line breaks, from being read whole into memory.
   */
  static final long MAX_RECORD_CHARS = 1L << 24;

  private static final int BUFFER_CHARS = 1 << 16;

  private final Reader reader;
  private final char[] buffer = new char[BUFFER_CHARS];
  /** The next character to read is {@code buffer[position]}, while {@code position < limit}. */
  private int position;
  private int limit;
  private final StringBuilder field = new StringBuilder();
  private final String file;
  private long line = 1;
  private boolean finished;

  public CsvReader(Path path, String displayName) throws IOException {
    this(Files.newInputStream(path), displayName);
  }

  /** Reads from a stream of bytes, which it closes; {@code displayName} names the file in messages. */
  public CsvReader(InputStream bytes, String displayName) throws IOException {
    this.file = displayName;
    this.reader = new InputStreamReader(
        bytes,
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
    try {
      int first = read();
      if (first != -1 && first != '\uFEFF') {
        position--; // not a byte-order mark: the first record's first character
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
    field.setLength(0);
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
          if (peek() == '"') {
            position++;
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
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
        int run = plainRun();
        field.append(buffer, position, run);
        position += run;
        chars += run;
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

  /** How many characters from {@code position} on are plain text of an unquoted field (none of , \n " U+FFFD). */
  private int plainRun() {
    int end = position;
    while (end < limit) {
      char c = buffer[end];
      if (c == ',' || c == '\n' || c == '"' || c == '\uFFFD') {
        break;
      }
      end++;
    }
    return end - position;
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
    if (position == limit && !fill()) {
      return -1;
    }
    char c = buffer[position++];
    if (c == '\uFFFD') {
      throw new InputFileException(file, "line " + line, "not_utf8",
          "the bytes are not valid UTF-8 (save the file as UTF-8)");
    }
    return c;
  }

  /** The next character without reading it, or -1 at the end of the file. */
  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  /** Reads the next characters into the buffer; false at the end of the file. */
  private boolean fill() throws IOException {
    int n;
    do {
      n = reader.read(buffer, 0, buffer.length);
    } while (n == 0);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
