package partnership.ingest.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import partnership.contract.ColumnContract;

/** Turns one text value into its typed staging value per the column's contract, or says which rule it breaks. */
final class ValueParser {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final int MAX_LENGTH = 10_000;
  /** Earliest plausible date in a partner extract: 1900 and such are keying errors. */
  static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

  private static final ConcurrentHashMap<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
  static final DateTimeFormatter LOCAL_TIMESTAMP = DateTimeFormatter.ofPattern(
      "uuuu-MM-dd'T'HH:mm[:ss][.SSS]").withResolverStyle(ResolverStyle.STRICT);

  private final LocalDate today;

  ValueParser(LocalDate today) {
    this.today = today;
  }

  /** A parsed value, or the rule broken with a message. Exactly one of {@code value}/{@code rule} is set. */
  record Parsed(Object value, String rule, String message) {
    static Parsed ok(Object value) {
      return new Parsed(value, null, null);
    }

    static Parsed broken(String rule, String message) {
      return new Parsed(null, rule, message);
    }
  }

  Parsed parse(ColumnContract column, String text) {
    if (text.length() > MAX_LENGTH) {
      return Parsed.broken("value_too_long", "the value is " + text.length() + " characters long (at most "
          + MAX_LENGTH + ")");
    }
    return switch (column.type()) {
      case "string", "child_id" -> Parsed.ok(text);
      case "date" -> date(column, text);
      case "timestamp" -> timestamp(text);
      case "month" -> month(text);
      case "code" -> code(column, text);
      case "code_list" -> codeList(column, text);
      case "flag" -> flag(text);
      case "boolean" -> bool(text);
      case "integer" -> integer(text);
      default -> throw new IllegalStateException("Cannot parse column " + column.name()
          + ": unknown contract type " + column.type());
    };
  }

  private Parsed date(ColumnContract column, String text) {
    LocalDate iso = column.format() == null ? IsoDigits.date(text) : null;
    if (iso != null) {
      return plausible(iso);
    }
    String pattern = column.format() == null ? "yyyy-MM-dd" : column.format();
    DateTimeFormatter formatter = FORMATTERS.computeIfAbsent(pattern, p ->
        DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
    try {
      return plausible(LocalDate.parse(text, formatter));
    } catch (DateTimeParseException e) {
      return Parsed.broken("date_format", "'" + text + "' is not a real date in the form " + pattern);
    }
  }

  private Parsed timestamp(String text) {
    LocalDateTime iso = IsoDigits.localTimestamp(text);
    if (iso != null) {
      Parsed date = plausible(iso.toLocalDate());
      return date.rule() != null ? date : Parsed.ok(iso.atZone(LONDON).toInstant());
    }
    try {
      LocalDateTime local = LocalDateTime.parse(text, LOCAL_TIMESTAMP);
      Parsed date = plausible(local.toLocalDate());
      return date.rule() != null ? date : Parsed.ok(local.atZone(LONDON).toInstant());
    } catch (DateTimeParseException notLocal) {
      try {
        OffsetDateTime offset = OffsetDateTime.parse(text);
        Parsed date = plausible(offset.toLocalDate());
        return date.rule() != null ? date : Parsed.ok(offset.toInstant());
      } catch (DateTimeParseException e) {
        return Parsed.broken("timestamp_format",
            "'" + text + "' is not a real date-time in the form yyyy-mm-ddThh:mm[:ss]");
      }
    }
  }

  private Parsed month(String text) {
    try {
      return plausible(YearMonth.parse(text).atDay(1));
    } catch (DateTimeParseException e) {
      return Parsed.broken("month_format", "'" + text + "' is not a month in the form yyyy-mm");
    }
  }

  private Parsed plausible(LocalDate date) {
    if (date.isBefore(EARLIEST)) {
      return Parsed.broken("date_implausible", date + " is before " + EARLIEST + ": a keying error");
    }
    if (date.isAfter(today)) {
      return Parsed.broken("date_in_future", date + " is after today (" + today + ")");
    }
    return Parsed.ok(date);
  }

  private static Parsed code(ColumnContract column, String text) {
    if (!column.codes().isEmpty() && !column.codes().contains(text)) {
      return Parsed.broken("unknown_code", "'" + text + "' is not one of " + column.codes());
    }
    return Parsed.ok(column.recode().getOrDefault(text, text));
  }

  private static Parsed codeList(ColumnContract column, String text) {
    List<String> codes = new ArrayList<>();
    for (String part : text.split(",")) {
      String code = part.trim();
      if (code.isEmpty()) {
        continue;
      }
      if (!column.codes().isEmpty() && !column.codes().contains(code)) {
        return Parsed.broken("unknown_code", "'" + code + "' is not one of " + column.codes());
      }
      codes.add(column.recode().getOrDefault(code, code));
    }
    return Parsed.ok(codes);
  }

  private static Parsed flag(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "Y" -> Parsed.ok(Boolean.TRUE);
      case "N" -> Parsed.ok(Boolean.FALSE);
      default -> Parsed.broken("flag_format", "'" + text + "' is not Y or N");
    };
  }

  private static Parsed bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Parsed.ok(Boolean.TRUE);
      case "false", "0" -> Parsed.ok(Boolean.FALSE);
      default -> Parsed.broken("boolean_format", "'" + text + "' is not true, false, 1 or 0");
    };
  }

  private static Parsed integer(String text) {
    try {
      int value = Integer.parseInt(text);
      return value < 0 ? Parsed.broken("integer_format", "'" + text + "' is negative") : Parsed.ok(value);
    } catch (NumberFormatException e) {
      return Parsed.broken("integer_format", "'" + text + "' is not a whole number");
    }
  }
}
