package partnership.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import partnership.ingest.TableQuality;
import partnership.report.MetricRow;

/**
 * Q1 (metrics.md): per file (ingest's {@link TableQuality} entries), rows read, accepted, quarantined and quarantined by rule, as tidy metric rows.
 * Ingest counts them while it reads, so Q1 comes from its quality report rather than from a SQL model.
 *
 * <p>Rows: {@code Q1} all/all accepted of read over every file, and per {@code file}; {@code Q1_quarantined}
 * per file; {@code Q1_rule} with breakdown the file and breakdown value the rule. Percentages of rows read.
 */
public final class QualityMetrics {

  private QualityMetrics() {}

  public static List<MetricRow> q1Rows(Period period, List<TableQuality> files) {
    List<MetricRow> rows = new ArrayList<>();
    long read = files.stream().mapToLong(TableQuality::read).sum();
    long accepted = files.stream().mapToLong(TableQuality::accepted).sum();
    rows.add(percent("Q1", period, MetricRow.ALL, MetricRow.ALL, accepted, read));
    for (TableQuality file : files) {
      rows.add(percent("Q1", period, "file", file.file(), file.accepted(), file.read()));
    }
    for (TableQuality file : files) {
      rows.add(percent("Q1_quarantined", period, "file", file.file(), file.quarantined(), file.read()));
    }
    for (TableQuality file : files) {
      for (Map.Entry<String, Long> rule : file.byRule().entrySet()) {
        rows.add(percent("Q1_rule", period, file.file(), rule.getKey(), rule.getValue(), file.read()));
      }
    }
    return rows;
  }

  /** A percentage row, one decimal place half up as the SQL models round; not applicable when nothing was read. */
  private static MetricRow percent(
      String metricId, Period period, String breakdown, String breakdownValue, long numerator, long denominator) {
    if (denominator == 0) {
      return new MetricRow(metricId, period.label(), breakdown, breakdownValue, numerator, denominator, null,
          "percent", MetricRow.NOT_APPLICABLE, "no rows read");
    }
    double value = BigDecimal.valueOf(100L * numerator)
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
        .doubleValue();
    return new MetricRow(metricId, period.label(), breakdown, breakdownValue, numerator, denominator, value,
        "percent", MetricRow.OK, null);
  }
}
