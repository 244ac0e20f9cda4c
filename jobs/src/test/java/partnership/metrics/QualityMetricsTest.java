package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import partnership.report.MetricRow;

class QualityMetricsTest {

  @Test
  void rowsReadAcceptedQuarantinedAndByRule() {
    Map<String, Long> rules = new LinkedHashMap<>();
    rules.put("bad_date", 2L);
    rules.put("unknown_code", 1L);
    List<FileQuality> files = List.of(
        new FileQuality("police/referrals.csv", "stg_police__referrals", 6, 3, 3, rules),
        new FileQuality("health/referrals.csv", "stg_health__referrals", 0, 0, 0, Map.of()));

    List<MetricRow> rows = QualityMetrics.q1Rows(Period.parse("2024-25"), files);

    assertThat(rows).containsExactly(
        new MetricRow("Q1", "2024-25", "all", "all", 3L, 6L, 50.0, "percent", "ok", null),
        new MetricRow("Q1", "2024-25", "file", "police/referrals.csv", 3L, 6L, 50.0, "percent", "ok", null),
        new MetricRow("Q1", "2024-25", "file", "health/referrals.csv", 0L, 0L, null, "percent", "not_applicable",
            "no rows read"),
        new MetricRow("Q1_quarantined", "2024-25", "file", "police/referrals.csv", 3L, 6L, 50.0, "percent", "ok",
            null),
        new MetricRow("Q1_quarantined", "2024-25", "file", "health/referrals.csv", 0L, 0L, null, "percent",
            "not_applicable", "no rows read"),
        // 2 / 6 = 33.3%, 1 / 6 = 16.7% (half up).
        new MetricRow("Q1_rule", "2024-25", "police/referrals.csv", "bad_date", 2L, 6L, 33.3, "percent", "ok", null),
        new MetricRow("Q1_rule", "2024-25", "police/referrals.csv", "unknown_code", 1L, 6L, 16.7, "percent", "ok",
            null));
  }
}
