package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a section of a suffixed metric id is titled. */
class MetricSectionTest {

  private static final MetricDefinition T4 = new MetricDefinition("T4", "timeliness",
      "Assessments within 45 working days", "as metrics.md words it", "assessments within 45 working days",
      "assessments authorised in the period", "percent", List.of("csc/cin_census*.xml"),
      List.of("metrics/metric_t4_assessment_timeliness"), 45.0, Map.of("r", "clock started at the referral date"));

  private static MetricSection<MetricRow> section(String id) {
    return new MetricSection<>(id, T4, null, Map.of(), List.of());
  }

  @Test
  void theMetricsOwnIdHasTheCataloguesTitle() {
    assertThat(section("T4").title()).isEqualTo("Assessments within 45 working days");
  }

  @Test
  void aSuffixTheCatalogueWordsIsTitledInItsWords() {
    assertThat(section("T4r").title())
        .isEqualTo("Assessments within 45 working days (clock started at the referral date)");
  }

  @Test
  void aSuffixTheCatalogueDoesNotWordIsTitledAsWrittenWithSpaces() {
    assertThat(section("T4_lower_quartile").title()).isEqualTo("Assessments within 45 working days (lower quartile)");
  }
}
