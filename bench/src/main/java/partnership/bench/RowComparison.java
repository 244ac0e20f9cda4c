package partnership.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import partnership.report.MetricRow;

/**
 * Every row of the benchmarked metrics for one period from several sources (the run's metrics.csv, Spark, DuckDB),
 * compared key by key: a row one source lacks differs, as do figures that are not identical.
 */
final class RowComparison {

  /** Differing rows printed per metric; the counts say how many there are. */
  private static final int DIFFERENCES_SHOWN = 5;

  private final List<String> metrics;
  private final String period;
  private final Map<String, Map<RowKey, Figures>> sources = new LinkedHashMap<>();

  RowComparison(List<String> metrics, String period) {
    this.metrics = metrics;
    this.period = period;
  }

  /** Adds a source's rows of the period's benchmarked metrics; a source holding a row twice is an error. */
  RowComparison with(String source, List<MetricRow> rows) {
    Map<RowKey, Figures> byKey = new LinkedHashMap<>();
    for (MetricRow row : rows) {
      RowKey key = new RowKey(row.metricId(), row.breakdown(), row.breakdownValue());
      if (row.period().equals(period) && metrics.contains(key.metric())
          && byKey.put(key, new Figures(row.numerator(), row.denominator(), row.value())) != null) {
        throw new IllegalStateException("Cannot compare " + source + ": it holds row " + key + " twice");
      }
    }
    sources.put(source, byKey);
    return this;
  }

  /** Prints each metric's headline and row counts, with its first differing rows; true when none differs. */
  boolean printAndCheck(PrintStream out) {
    boolean identical = true;
    for (String metric : metrics) {
      List<RowKey> differing = differing(metric);
      identical &= differing.isEmpty();
      out.printf("headline %s %s%n", metric, figures(new RowKey(metric, MetricRow.ALL, MetricRow.ALL)));
      out.printf("rows %s %s %s%n", metric, counts(metric), differing.isEmpty() ? "identical" : "DIFFERENT");
      differing.stream().limit(DIFFERENCES_SHOWN).forEach(key -> out.printf("  %s %s%n", key, figures(key)));
    }
    return identical;
  }

  private List<RowKey> differing(String metric) {
    Set<RowKey> keys = new LinkedHashSet<>();
    sources.values().forEach(rows -> keys.addAll(keysOf(rows, metric)));
    // An absent row is null here, so it differs from every present one.
    return keys.stream().filter(key -> sources.values().stream().map(rows -> rows.get(key)).distinct().count() > 1)
        .toList();
  }

  private static List<RowKey> keysOf(Map<RowKey, Figures> rows, String metric) {
    return rows.keySet().stream().filter(key -> key.metric().equals(metric)).toList();
  }

  private String counts(String metric) {
    return perSource(rows -> keysOf(rows, metric).size());
  }

  private String figures(RowKey key) {
    return perSource(rows -> rows.containsKey(key) ? rows.get(key) : "absent");
  }

  /** {@code source=thing} for each source, {@code thing} computed from its rows. */
  private String perSource(Function<Map<RowKey, Figures>, Object> thing) {
    return sources.entrySet().stream().map(source -> source.getKey() + "=" + thing.apply(source.getValue()))
        .collect(Collectors.joining(" "));
  }
}
