package partnership.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import partnership.reference.BankHoliday;
import partnership.reference.ReferenceData;

class WorkingDaysTest {

  @Test
  void aWorkingDayAfterFridayIsMonday() {
    assertThat(WorkingDays.plus(LocalDate.of(2024, 12, 20), 1)).isEqualTo(LocalDate.of(2024, 12, 23));
  }

  @Test
  void christmasAndBoxingDayAreSkipped() {
    // 24 December 2024 is a Tuesday; the 25th and 26th are bank holidays (statutory-facts.md §4).
    assertThat(WorkingDays.plus(LocalDate.of(2024, 12, 24), 1)).isEqualTo(LocalDate.of(2024, 12, 27));
  }

  @Test
  void easterIsSkipped() {
    // Maundy Thursday 17 April 2025; Good Friday 18th and Easter Monday 21st are bank holidays.
    assertThat(WorkingDays.plus(LocalDate.of(2025, 4, 17), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
  }

  @Test
  void zeroWorkingDaysIsTheSameDay() {
    assertThat(WorkingDays.plus(LocalDate.of(2025, 3, 1), 0)).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void onOrAfterMovesAWeekendToMonday() {
    assertThat(WorkingDays.onOrAfter(LocalDate.of(2025, 3, 29))).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(WorkingDays.onOrAfter(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void theCalendarIsTheShippedBankHolidaysFile() {
    // 19 September 2022 (a Monday, the State Funeral) is in reference/bank-holidays.json only as a one-off.
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
    for (BankHoliday holiday : ReferenceData.shipped().bankHolidays()) {
      assertThat(WorkingDays.isWorkingDay(holiday.date())).as("%s (%s)", holiday.date(), holiday.title()).isFalse();
    }
  }
}
