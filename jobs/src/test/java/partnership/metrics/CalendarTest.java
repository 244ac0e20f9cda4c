package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import partnership.reference.BankHoliday;
import partnership.reference.ReferenceData;
import partnership.spark.SharedSpark;

/** Working days from the shipped calendar: start exclusive, end inclusive (metrics.md "Conventions"). */
class CalendarTest {

  private static final SparkSession SPARK = SharedSpark.get();
  private static Calendar calendar;

  @BeforeAll
  static void registerCalendar() {
    Views.clear(SPARK);
    calendar = Calendar.register(SPARK, ReferenceData.shipped().bankHolidays());
  }

  @ParameterizedTest(name = "wd({0}, {1}) = {2}: {3}")
  @CsvSource({
    "2024-03-28, 2024-04-02, 1, Easter 2024: Good Friday 29 Mar and Easter Monday 1 Apr are holidays",
    "2022-12-23, 2022-12-28, 1, Christmas 2022 fell on a Sunday: substitutes Mon 26 and Tue 27 Dec",
    "2021-12-24, 2021-12-29, 1, Christmas 2021 fell on a Saturday: substitutes Mon 27 and Tue 28 Dec",
    "2022-06-01, 2022-06-06, 1, Thu 2 and Fri 3 June 2022 (Platinum Jubilee) are holidays",
    "2022-09-16, 2022-09-20, 1, Mon 19 Sep 2022 (State Funeral) is a holiday",
    "2023-05-05, 2023-05-09, 1, Mon 8 May 2023 (Coronation) is a holiday",
    "2024-05-01, 2024-05-01, 0, the same day is 0",
    "2024-05-03, 2024-05-06, 0, Friday to the early May bank holiday Monday is 0",
    "2024-06-07, 2024-06-10, 1, Friday to Monday is 1",
    "2024-06-08, 2024-06-09, 0, Saturday to Sunday is 0",
    "2024-06-03, 2024-06-10, 5, a whole week is 5",
    "2024-06-10, 2024-06-07, -1, an end before the start counts negative (left out of rates by the metrics)"
  })
  void workingDaysBetween(String start, String end, int expected, String why) {
    int days = SPARK.sql("select e.working_day_number - s.working_day_number from int_calendar s"
            + " inner join int_calendar e on e.date = date'" + end + "' where s.date = date'" + start + "'")
        .first().getInt(0);
    assertThat(days).as(why).isEqualTo(expected);
  }

  @Test
  void coversTheHolidayFilesYears() {
    assertThat(calendar).isEqualTo(new Calendar(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 12, 31)));
    assertThat(SPARK.table("int_calendar").count()).isEqualTo(3652L);
  }

  @Test
  void aDateOutsideTheCalendarIsAnErrorNamingIt() {
    assertThatThrownBy(() -> calendar.requireCovers(LocalDate.of(2031, 1, 2), "T4 assessment_authorised_date"))
        .hasMessageStartingWith("Cannot count working days for 2031-01-02 (T4 assessment_authorised_date):"
            + " the calendar covers 2018-01-01 to 2027-12-31");
  }

  @Test
  void aReplacementHolidayFileSetsTheRange() {
    Calendar small = Calendar.register(SPARK, List.of(new BankHoliday(LocalDate.of(2030, 12, 25), "Christmas Day")));
    try {
      assertThat(small).isEqualTo(new Calendar(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));
      // 24 Dec 2030 is a Tuesday; Wednesday 25 is the holiday, so Thursday 26 is the first working day after.
      assertThat(SPARK.sql("select working_day_number from int_calendar where date = date'2030-12-26'").first()
              .getInt(0)
          - SPARK.sql("select working_day_number from int_calendar where date = date'2030-12-24'").first().getInt(0))
          .isEqualTo(1);
    } finally {
      registerCalendar();
    }
  }
}
