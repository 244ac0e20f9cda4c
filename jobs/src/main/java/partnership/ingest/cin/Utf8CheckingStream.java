package partnership.ingest.cin;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import partnership.ingest.InputFileException;

/**
 * The bytes of an XML file in UTF-8, checked as they are read: a byte sequence that is not UTF-8 stops the
 * read with the line it is on.
 *
 * <p>The JDK's XML parser reports such bytes itself, but also prints a {@code [Fatal Error] :-1:-1} line on
 * stderr that no setting turns off; checking here first keeps the user's terminal to the one clear message.
 * A file that declares another encoding passes unchecked: the parser decodes it as declared.
 */
final class Utf8CheckingStream extends FilterInputStream {

  private static final int PROLOG_BYTES = 256;
  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private final String file;
  private long line = 1;
  /** Continuation bytes still expected, and the range the next one must be in. */
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;

  private Utf8CheckingStream(InputStream in, String file) {
    super(in);
    this.file = file;
  }

  /** The file's bytes, checked when it is UTF-8 (no encoding declared, or UTF-8 declared). */
  static InputStream of(InputStream bytes, String file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes);
    in.mark(PROLOG_BYTES);
    byte[] start = in.readNBytes(PROLOG_BYTES);
    in.reset();
    return declaresUtf8(start) ? new Utf8CheckingStream(in, file) : in;
  }

  private static boolean declaresUtf8(byte[] start) {
    if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
        || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
      return false;
    }
    int from = start.length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF
        ? 3 : 0;
    Matcher declared = ENCODING.matcher(new String(start, from, start.length - from, StandardCharsets.ISO_8859_1));
    if (!declared.find()) {
      return true;
    }
    String encoding = declared.group(1).toUpperCase(Locale.ROOT);
    return encoding.equals("UTF-8") || encoding.equals("UTF8");
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    check(b);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      check(-1);
    }
    for (int i = 0; i < n; i++) {
      check(buffer[offset + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would go unchecked; the parser never skips, and this keeps the check whole.
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  private void check(int b) {
    if (b < 0) {
      if (pending > 0) {
        throw notUtf8();
      }
      return;
    }
    if (pending > 0) {
      if (b < low || b > high) {
        throw notUtf8();
      }
      pending--;
      low = 0x80;
      high = 0xBF;
      return;
    }
    if (b == '\n') {
      line++;
    }
    if (b < 0x80) {
      return;
    }
    // Lead bytes and the range of the byte after them (RFC 3629: no overlong forms, no surrogates).
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw notUtf8();
    }
  }

  private InputFileException notUtf8() {
    return new InputFileException(file, "line " + line, CinCensusReader.RULE_NOT_UTF8,
        "the bytes are not valid UTF-8 (save the file as UTF-8, or declare its encoding in <?xml ... ?>)");
  }
}
