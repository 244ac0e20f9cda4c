package partnership.metrics;

/**
 * The configuration metric models read from the {@code settings} view.
 *
 * @param landingWindowDays T7 and N7: calendar days after a partner referral within which a children's
 *     services contact or referral counts as the referral having landed (metrics.md T7)
 */
public record MetricSettings(int landingWindowDays) {

  public static final MetricSettings DEFAULT = new MetricSettings(7);
}
