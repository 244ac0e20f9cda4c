package partnership.report;

/**
 * A row of the tidy metric table after disclosure control, every figure as the public sees it: a number,
 * {@code c} when suppressed, or blank when the metric has no figure (its status says why).
 */
public record SuppressedRow(
    String metricId,
    String period,
    String breakdown,
    String breakdownValue,
    String numerator,
    String denominator,
    String value,
    String unit,
    String status,
    String note)
    implements TidyRow {}
