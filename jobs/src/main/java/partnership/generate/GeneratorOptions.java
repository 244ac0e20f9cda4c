package partnership.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * What a synthetic partnership looks like: where it is written, its seed, size, span and names.
 *
 * @param out the folder the partner files are written under
 * @param seed the seed every random choice derives from; the same seed gives the same bytes
 * @param children about how many children aged 0-17 the area has in the last reporting year
 * @param years how many reporting years are generated, ending at {@code periodEnd}
 * @param periodEnd the 31 March that ends the last reporting year
 * @param areaCode the ONS area code of the partnership
 * @param laCode the DfE three-digit local authority code written in the CIN census header
 * @param name the partnership's name
 * @param faultRate the share of rows written with a realistic fault
 */
public record GeneratorOptions(
    Path out,
    long seed,
    int children,
    int years,
    LocalDate periodEnd,
    String areaCode,
    String laCode,
    String name,
    double faultRate) {

  /** Years of history simulated before the first reporting year, so that it opens with open cases. */
  static final int WARM_UP_YEARS = 2;

  public GeneratorOptions {
    if (!MonthDay.from(periodEnd).equals(MonthDay.of(3, 31))) {
      throw new IllegalArgumentException(
          "Cannot generate: the period end must be a 31 March (a reporting year ends then), got " + periodEnd);
    }
    if (years < 1) {
      throw new IllegalArgumentException("Cannot generate: years must be at least 1, got " + years);
    }
    if (children < 1) {
      throw new IllegalArgumentException("Cannot generate: children must be at least 1, got " + children);
    }
    if (faultRate < 0 || faultRate > 1) {
      throw new IllegalArgumentException("Cannot generate: the fault rate must be between 0 and 1, got " + faultRate);
    }
    if (!laCode.matches("\\d{3}")) {
      throw new IllegalArgumentException("Cannot generate: the LA code must be three digits, got " + laCode);
    }
  }

  /** The first day of the first reporting year generated (1 April). */
  public LocalDate windowStart() {
    return periodEnd.minusYears(years).plusDays(1);
  }

  /** When the simulated lives start: before the window, so that history and open cases exist. */
  LocalDate simulationStart() {
    return windowStart().minusYears(WARM_UP_YEARS);
  }

  /** The 31 March of each reporting year generated, earliest first. */
  public List<LocalDate> referenceDates() {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = years - 1; i >= 0; i--) {
      dates.add(periodEnd.minusYears(i));
    }
    return dates;
  }
}
