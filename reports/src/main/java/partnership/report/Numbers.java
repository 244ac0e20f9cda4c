package partnership.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers of the metric table are written out. Formatting only: the numbers themselves come from the
 * metric table unchanged (metrics.md rounds percentages and rates to one decimal place, ratios to two).
 */
public final class Numbers {

  /** What a suppressed cell shows in public outputs (DfE convention, statutory-facts.md section 6). */
  public static final String SUPPRESSED = "c";

  private Numbers() {}

  /** A value exactly as the metric table holds it, without trailing zeros: for restricted outputs. */
  public static String plain(Double value) {
    if (value == null) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A value in the convention of its unit: one decimal for percentages and rates, two for ratios. */
  public static String display(Double value, String unit) {
    if (value == null) {
      return "";
    }
    BigDecimal exact = BigDecimal.valueOf(value);
    switch (unit) {
      case "percent":
      case "rate_per_10000":
        return exact.setScale(1, RoundingMode.HALF_UP).toPlainString();
      case "ratio":
        return exact.setScale(2, RoundingMode.HALF_UP).toPlainString();
      case "count":
        return exact.setScale(0, RoundingMode.HALF_UP).toPlainString();
      default:
        return exact.stripTrailingZeros().toPlainString();
    }
  }

  /** A count, or blank when there is none. */
  public static String count(Long count) {
    return count == null ? "" : Long.toString(count);
  }

  /** The number a public cell shows, or null when it shows none (suppressed, blank): what charts plot. */
  public static Double shown(String cell) {
    if (cell == null || cell.isEmpty() || SUPPRESSED.equals(cell)) {
      return null;
    }
    return Double.valueOf(cell);
  }

  /** The unit in words a member of the public reads after a value. */
  public static String unitWords(String unit) {
    switch (unit) {
      case "percent":
        return "%";
      case "rate_per_10000":
        return "per 10,000 children";
      case "working_days":
        return "working days";
      case "hours":
        return "hours";
      case "days":
        return "days";
      default:
        return "";
    }
  }

  /** The unit as a heading over a column of values, or as a chart axis label. */
  public static String unitLabel(String unit) {
    switch (unit) {
      case "percent":
        return "Percent";
      case "rate_per_10000":
        return "Rate per 10,000 children";
      case "ratio":
        return "Ratio";
      case "count":
        return "Number";
      case "working_days":
        return "Working days";
      case "hours":
        return "Hours";
      case "days":
        return "Days";
      default:
        return unit;
    }
  }
}
