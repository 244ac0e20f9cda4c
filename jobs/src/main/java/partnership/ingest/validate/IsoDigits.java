package partnership.ingest.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The common shapes of partner dates and times read digit by digit: {@code 2024-07-01}, {@code 2024-07-01T10:30},
 * {@code 2024-07-01T10:30:15} and {@code 2024-07-01T10:30:15.250}. Anything else, a real date or not, is left to
 * the java.time formatters ({@link ValueParser}), which give the rule and message; this only answers sooner for
 * the values they would accept. The formatters cost about a microsecond a value, and England's extracts hold
 * some 50 million dates and times.
 */
final class IsoDigits {

  private IsoDigits() {}

  /** {@code uuuu-MM-dd}, or null when {@code text} is not exactly that shape and a real date. */
  static LocalDate date(String text) {
    if (text.length() != 10 || !isDate(text)) {
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    } catch (DateTimeException notReal) {
      return null;
    }
  }

  /**
   * {@code uuuu-MM-dd'T'HH:mm[:ss][.SSS]}, or null when {@code text} is not exactly one of those shapes and a real
   * date and time of day.
   */
  static LocalDateTime localTimestamp(String text) {
    int length = text.length();
    if (length != 16 && length != 19 && length != 23) {
      return null;
    }
    if (!isDate(text) || text.charAt(10) != 'T' || !isDigits(text, 11, 2) || text.charAt(13) != ':'
        || !isDigits(text, 14, 2)) {
      return null;
    }
    int second = 0;
    int millis = 0;
    if (length >= 19) {
      if (text.charAt(16) != ':' || !isDigits(text, 17, 2)) {
        return null;
      }
      second = digits(text, 17, 2);
    }
    if (length == 23) {
      if (text.charAt(19) != '.' || !isDigits(text, 20, 3)) {
        return null;
      }
      millis = digits(text, 20, 3);
    }
    try {
      return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2),
          digits(text, 14, 2), second, millis * 1_000_000);
    } catch (DateTimeException notReal) {
      return null;
    }
  }

  private static boolean isDate(String text) {
    return isDigits(text, 0, 4) && text.charAt(4) == '-' && isDigits(text, 5, 2) && text.charAt(7) == '-'
        && isDigits(text, 8, 2);
  }

  private static boolean isDigits(String text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
