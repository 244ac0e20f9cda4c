package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trend chart puts one kind of period on its axis: years with years, quarters with quarters. */
class ChartsPeriodKindTest {

  @Test
  void yearsQuartersAndMonthsAreToldApart() {
    assertThat(Charts.periodKind("2024-25")).isEqualTo("year");
    assertThat(Charts.periodKind("2099-00")).isEqualTo("year");
    assertThat(Charts.periodKind("2024-25-Q3")).isEqualTo("quarter");
    assertThat(Charts.periodKind("2024-12")).isEqualTo("month");
    assertThat(Charts.periodKind("2025-01")).isEqualTo("month");
  }
}
