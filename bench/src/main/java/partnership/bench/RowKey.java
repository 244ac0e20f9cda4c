package partnership.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which row of a period's tidy metric table: metric id (suffixed ids too, such as T4_median), breakdown, value. */
record RowKey(String metricId, String breakdown, String breakdownValue) {

  /** A catalogue id: a letter and a number; a suffix (T4_median, T4r) names another row of the same metric. */
  private static final Pattern METRIC = Pattern.compile("[A-Z][0-9]+");

  /** The catalogue metric the row belongs to: T4 for T4, T4_median and T4r. */
  String metric() {
    Matcher matcher = METRIC.matcher(metricId);
    return matcher.lookingAt() ? matcher.group() : metricId;
  }

  @Override
  public String toString() {
    return metricId + " " + breakdown + "=" + breakdownValue;
  }
}
