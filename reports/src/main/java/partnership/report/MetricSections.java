package partnership.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Arranges the tidy metric table for rendering, in one order every output shares: catalogue order, then
 * period, headline first, then breakdowns and their values in reading order ({@link NaturalOrder}).
 */
public final class MetricSections {

  private MetricSections() {}

  /**
   * The catalogue entry a metric id belongs to: the entry of the same id, or else the longest catalogue id
   * the metric id starts with ({@code T4_median} and {@code T4r} belong to {@code T4}).
   */
  public static MetricDefinition definitionOf(String metricId, MetricCatalogue catalogue) {
    Optional<MetricDefinition> exact = catalogue.find(metricId);
    if (exact.isPresent()) {
      return exact.get();
    }
    return catalogue.metrics().stream()
        .filter(m -> metricId.startsWith(m.id()))
        .max(Comparator.comparingInt(m -> m.id().length()))
        .orElseThrow(() -> new IllegalArgumentException(
            "Cannot publish metric " + metricId + ": it is not in the metric catalogue " + MetricCatalogue.RESOURCE));
  }

  /** The order of metric ids: their catalogue entry's position, then the id (a base id before its variants). */
  public static Comparator<String> idOrder(MetricCatalogue catalogue) {
    List<MetricDefinition> metrics = catalogue.metrics();
    return Comparator.<String>comparingInt(id -> metrics.indexOf(definitionOf(id, catalogue)))
        .thenComparing(NaturalOrder.INSTANCE);
  }

  /** The rows in output order. */
  public static <R extends TidyRow> List<R> sorted(List<R> rows, MetricCatalogue catalogue) {
    Comparator<R> order = Comparator.<R, String>comparing(TidyRow::metricId, idOrder(catalogue))
        .thenComparing(TidyRow::period, NaturalOrder.INSTANCE)
        .thenComparing(row -> !row.isHeadline())
        .thenComparing(TidyRow::breakdown, NaturalOrder.INSTANCE)
        .thenComparing(TidyRow::breakdownValue, NaturalOrder.INSTANCE);
    List<R> sorted = new ArrayList<>(rows);
    sorted.sort(order);
    return sorted;
  }

  /**
   * One section per metric id that is in the catalogue or in the rows of any period, in catalogue order; a
   * catalogue metric without rows has no headline, and so the status "not available".
   */
  public static <R extends TidyRow> List<MetricSection<R>> arrange(
      List<R> rows, MetricCatalogue catalogue, String period) {
    TreeSet<String> ids = new TreeSet<>(idOrder(catalogue));
    catalogue.metrics().forEach(m -> ids.add(m.id()));
    rows.forEach(row -> ids.add(row.metricId()));
    List<R> ordered = sorted(rows, catalogue);
    List<MetricSection<R>> sections = new ArrayList<>();
    for (String id : ids) {
      R headline = null;
      Map<String, List<R>> breakdowns = new LinkedHashMap<>();
      List<R> trend = new ArrayList<>();
      for (R row : ordered) {
        if (!row.metricId().equals(id)) {
          continue;
        }
        if (!row.period().equals(period)) {
          if (row.isHeadline()) {
            trend.add(row);
          }
        } else if (row.isHeadline()) {
          headline = row;
        } else {
          breakdowns.computeIfAbsent(row.breakdown(), k -> new ArrayList<>()).add(row);
        }
      }
      sections.add(new MetricSection<>(id, definitionOf(id, catalogue), headline, breakdowns, trend));
    }
    return sections;
  }
}
