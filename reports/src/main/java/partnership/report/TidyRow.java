package partnership.report;

/**
 * The key of a row of the tidy metric table, shared by the unsuppressed {@link MetricRow} and the public
 * {@link SuppressedRow}, so both can be arranged for rendering the same way.
 */
public interface TidyRow {

  String metricId();

  String period();

  String breakdown();

  String breakdownValue();

  String unit();

  String status();

  String note();

  default boolean isHeadline() {
    return MetricRow.ALL.equals(breakdown()) && MetricRow.ALL.equals(breakdownValue());
  }
}
