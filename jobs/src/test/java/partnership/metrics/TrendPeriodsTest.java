package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrendPeriodsTest {

  private static final Calendar SHIPPED = new Calendar(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 12, 31));

  @Test
  void aYearHasUpToFourEarlierYearsThenItsQuarters() {
    assertThat(TrendPeriods.of(Period.parse("2024-25"), LocalDate.of(2015, 4, 1), SHIPPED))
        .extracting(Period::label)
        .containsExactly("2020-21", "2021-22", "2022-23", "2023-24",
            "2024-25-Q1", "2024-25-Q2", "2024-25-Q3", "2024-25-Q4");
  }

  @Test
  void earlierYearsStartWhereTheDataDoes() {
    // Data from 1 February 2023 covers the last two months of 2022-23.
    assertThat(TrendPeriods.of(Period.parse("2024-25"), LocalDate.of(2023, 2, 1), SHIPPED))
        .extracting(Period::label)
        .startsWith("2022-23", "2023-24", "2024-25-Q1");
  }

  @Test
  void yearsTheCalendarDoesNotHoldAreLeftOut() {
    // 2017-18 starts before the shipped calendar (1 January 2018).
    assertThat(TrendPeriods.of(Period.parse("2019-20"), LocalDate.of(2015, 4, 1), SHIPPED))
        .extracting(Period::label)
        .startsWith("2018-19", "2019-20-Q1");
  }

  @Test
  void aQuarterOrMonthHasTheQuartersEndedByItsEnd() {
    assertThat(TrendPeriods.of(Period.parse("2024-25-Q3"), null, SHIPPED))
        .extracting(Period::label)
        .containsExactly("2024-25-Q1", "2024-25-Q2");
    assertThat(TrendPeriods.of(Period.parse("2024-11"), null, SHIPPED))
        .extracting(Period::label)
        .containsExactly("2024-25-Q1", "2024-25-Q2");
  }
}
