package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import partnership.ingest.TableQuality;
import partnership.report.MetricRow;

class QualityMetricsTest {

  @Test
  void rowsReadAcceptedQuarantinedAndByRule() {
    List<TableQuality> files = List.of(
        quality("police/referrals.csv", "stg_police__referrals", 6, 3, 3,
            new TreeMap<>(Map.of("bad_date", 2L, "unknown_code", 1L))),
        quality("health/referrals.csv", "stg_health__referrals", 0, 0, 0, new TreeMap<>()));

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

  /** An {@code ok} quality entry of one file's table, as ingest reports it. */
  static TableQuality quality(String file, String table, long read, long accepted, long quarantined,
      TreeMap<String, Long> byRule) {
    return new TableQuality(file, table, "ok", read, accepted, quarantined, byRule, new TreeMap<>(), List.of(),
        "sha256-of-" + file);
  }
}
