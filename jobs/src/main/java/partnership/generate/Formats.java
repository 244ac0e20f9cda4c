package partnership.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How dates and times are written in the extracts (extracts.md: ISO in CSVs, dd/mm/yyyy in SSDA903). */
final class Formats {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SSDA903 = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private Formats() {}

  /** yyyy-mm-dd, or blank for null or a date after {@code known} (not yet happened at the extract). */
  static String date(LocalDate date, LocalDate known) {
    return date == null || date.isAfter(known) ? "" : date.toString();
  }

  /** yyyy-mm-ddThh:mm, or blank for null or a time on a day after {@code known}. */
  static String dateTime(LocalDateTime time, LocalDate known) {
    return time == null || time.toLocalDate().isAfter(known) ? "" : DATE_TIME.format(time);
  }

  /** dd/mm/yyyy, or blank for null or a date after {@code known}. */
  static String ssda903(LocalDate date, LocalDate known) {
    return date == null || date.isAfter(known) ? "" : SSDA903.format(date);
  }

  /** yyyy-mm: what partners keep of a date of birth. */
  static String month(LocalDate date) {
    return MONTH.format(date);
  }
}
