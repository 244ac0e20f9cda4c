package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void reportingYearRunsFromAprilToMarchWithTheStartYearsPopulation() {
    assertThat(Period.parse("2024-25"))
        .isEqualTo(new Period("2024-25", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 2024));
  }

  @Test
  void centuryBoundaryYear() {
    assertThat(Period.parse("2099-00").endDate()).isEqualTo(LocalDate.of(2100, 3, 31));
  }

  @Test
  void thirdQuarterIsOctoberToDecember() {
    assertThat(Period.parse("2024-25-Q3"))
        .isEqualTo(new Period("2024-25-Q3", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), 2024));
  }

  @Test
  void fourthQuarterIsJanuaryToMarchOfTheNextCalendarYear() {
    Period q4 = Period.parse("2024-25-Q4");
    assertThat(q4.startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(q4.endDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(q4.populationYear()).isEqualTo(2024);
  }

  @Test
  void monthUsesItsReportingYearsPopulation() {
    assertThat(Period.parse("2024-12"))
        .isEqualTo(new Period("2024-12", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), 2024));
    // February 2025 lies in 2024-25, so it uses the mid-2024 estimate.
    assertThat(Period.parse("2025-02").populationYear()).isEqualTo(2024);
    assertThat(Period.parse("2025-02").endDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Period.parse("2025-04").populationYear()).isEqualTo(2025);
  }

  @Test
  void quartersOfAMonthAreThoseOfItsYear() {
    assertThat(Period.parse("2024-12").quarters())
        .extracting(Period::label)
        .containsExactly("2024-25-Q1", "2024-25-Q2", "2024-25-Q3", "2024-25-Q4");
    assertThat(Period.parse("2024-12").year().label()).isEqualTo("2024-25");
    assertThat(Period.parse("2024-25").isYear()).isTrue();
    assertThat(Period.parse("2024-25-Q1").isYear()).isFalse();
  }

  @Test
  void rejectsWhatIsNeitherYearQuarterNorMonth() {
    assertThatThrownBy(() -> Period.parse("2024-26"))
        .hasMessage("Cannot parse period '2024-26': expected a reporting year (2024-25), a quarter (2024-25-Q3)"
            + " or a month (2024-12)");
    assertThatThrownBy(() -> Period.parse("2024-26-Q1")).hasMessageContaining("2024-26 is not a reporting year");
    assertThatThrownBy(() -> Period.parse("2024-25-Q5")).hasMessageContaining("Cannot parse period '2024-25-Q5'");
    assertThatThrownBy(() -> Period.parse("2024")).hasMessageContaining("Cannot parse period '2024'");
  }
}
