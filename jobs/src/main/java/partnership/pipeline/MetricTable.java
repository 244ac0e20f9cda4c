package partnership.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import partnership.report.Csv;
import partnership.report.MetricRow;
import partnership.report.Numbers;

/**
 * The tidy metric table as the run writes it: {@code metrics.csv} (restricted, unsuppressed), written by hand in the
 * metrics stage's fixed row order so that the same inputs give the same bytes.
 */
public final class MetricTable {

  static final List<String> HEADER = List.of(
      "metric_id", "period", "breakdown", "breakdown_value", "numerator", "denominator", "value", "unit", "status",
      "note");

  private MetricTable() {}

  public static void writeCsv(Path file, List<MetricRow> rows) {
    Csv.write(file, HEADER, rows.stream()
        .map(r -> Arrays.asList(r.metricId(), r.period(), r.breakdown(), r.breakdownValue(),
            Numbers.count(r.numerator()), Numbers.count(r.denominator()), Numbers.plain(r.value()), r.unit(),
            r.status(), r.note()))
        .toList());
  }

  /** Headline rows by metric id, for the summary. */
  public static Map<String, MetricRow> headlines(List<MetricRow> rows, String period) {
    Map<String, MetricRow> map = new LinkedHashMap<>();
    rows.stream().filter(r -> r.isHeadline() && r.period().equals(period)).forEach(r -> map.put(r.metricId(), r));
    return map;
  }
}
