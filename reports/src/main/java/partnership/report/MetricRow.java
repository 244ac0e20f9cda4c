package partnership.report;

/**
 * One row of the tidy metric table: the single shape every output renders from (metrics.md, "Conventions").
 *
 * <p>A headline row has {@code breakdown = "all"} and {@code breakdownValue = "all"}. Counts are whole
 * numbers; {@code value} is the percentage, rate, ratio, median or count the {@code unit} names. A metric
 * whose input was not delivered has {@code status = "not_available"} and says in {@code note} which file it
 * needed; a metric whose denominator is zero has {@code status = "not_applicable"}. Neither is ever 0.
 */
public record MetricRow(
    String metricId,
    String period,
    String breakdown,
    String breakdownValue,
    Long numerator,
    Long denominator,
    Double value,
    String unit,
    String status,
    String note)
    implements TidyRow {

  public static final String ALL = "all";
  public static final String OK = "ok";
  public static final String NOT_AVAILABLE = "not_available";
  public static final String NOT_APPLICABLE = "not_applicable";

  public boolean hasValue() {
    return OK.equals(status) && value != null;
  }
}
