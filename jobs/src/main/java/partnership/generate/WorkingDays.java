package partnership.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A calendar of England and Wales working days, used to give synthetic events realistic timings
 * (a 45-working-day assessment, a next-working-day decision).
 *
 * <p>The pipeline itself reads its calendar from the reference data (bank-holidays.json); the generator
 * only needs timings that look real, so it carries the bank holidays of statutory-facts.md §4 and treats
 * years outside that table as having weekends only.
 */
final class WorkingDays {

  private static final Set<LocalDate> BANK_HOLIDAYS = Stream.of(
          "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25",
          "2018-12-26", "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26",
          "2019-12-25", "2019-12-26", "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25",
          "2020-08-31", "2020-12-25", "2020-12-28", "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03",
          "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28", "2022-01-03", "2022-04-15", "2022-04-18",
          "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
          "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
          "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
          "2024-08-26", "2024-12-25", "2024-12-26", "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
          "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06",
          "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26",
          "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")
      .map(LocalDate::parse)
      .collect(Collectors.toUnmodifiableSet());

  private WorkingDays() {}

  static boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(date);
  }

  /** The date {@code days} working days after {@code date} (metrics.md's wd(date, result) = days). */
  static LocalDate plus(LocalDate date, int days) {
    LocalDate result = date;
    int left = days;
    while (left > 0) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        left--;
      }
    }
    return result;
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  static LocalDate onOrAfter(LocalDate date) {
    LocalDate result = date;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }
}
