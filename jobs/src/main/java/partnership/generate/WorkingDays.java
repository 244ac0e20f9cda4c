package partnership.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import partnership.reference.BankHoliday;
import partnership.reference.ReferenceData;

/**
 * A calendar of England and Wales working days, used to give synthetic events realistic timings
 * (a 45-working-day assessment, a next-working-day decision).
 *
 * <p>The bank holidays are those of the shipped {@code reference/bank-holidays.json}, the calendar the
 * pipeline measures working days by, so that generated timings and measured ones agree. Years outside
 * that file have weekends only.
 */
final class WorkingDays {

  private static final Set<LocalDate> BANK_HOLIDAYS = ReferenceData.shipped().bankHolidays().stream()
      .map(BankHoliday::date)
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
