package partnership.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a reporting year {@code 2024-25} (1 April 2024 to 31 March 2025), a quarter of one
 * {@code 2024-25-Q3} (Q1 is April to June) or a month {@code 2024-12}. Dates are inclusive. Rates use the
 * mid-year population estimate of the year the reporting year starts in (extracts.md, "Reference data").
 *
 * @param label the period as written, e.g. {@code 2024-25-Q3}
 * @param startDate the first day
 * @param endDate the last day (inclusive)
 * @param populationYear the {@code year} of {@code reference/population.csv} rates use
 */
public record Period(String label, LocalDate startDate, LocalDate endDate, int populationYear) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");

  /**
   * Parses a period. {@code YYYY-YY} is a reporting year when YY is the next year (so {@code 2011-12} is the
   * year 2011-12, not December 2011), otherwise a month.
   */
  public static Period parse(String text) {
    String label = text == null ? "" : text.trim();
    Matcher quarter = QUARTER.matcher(label);
    if (quarter.matches()) {
      Period year = reportingYear(label, quarter.group(1), quarter.group(2));
      int q = Integer.parseInt(quarter.group(3));
      LocalDate start = year.startDate().plusMonths(3L * (q - 1));
      return new Period(label, start, start.plusMonths(3).minusDays(1), year.populationYear());
    }
    Matcher year = YEAR.matcher(label);
    if (year.matches()) {
      int first = Integer.parseInt(year.group(1));
      int second = Integer.parseInt(year.group(2));
      if (second == (first + 1) % 100) {
        return reportingYear(label, year.group(1), year.group(2));
      }
      if (second >= 1 && second <= 12) {
        YearMonth month = YearMonth.of(first, second);
        int populationYear = second >= 4 ? first : first - 1;
        return new Period(label, month.atDay(1), month.atEndOfMonth(), populationYear);
      }
    }
    throw new IllegalArgumentException(
        "Cannot parse period '" + text + "': expected a reporting year (2024-25), a quarter (2024-25-Q3)"
            + " or a month (2024-12)");
  }

  /** The reporting year starting 1 April of {@code startYear}. */
  public static Period reportingYear(int startYear) {
    return parse(String.format("%d-%02d", startYear, (startYear + 1) % 100));
  }

  private static Period reportingYear(String label, String first, String second) {
    int start = Integer.parseInt(first);
    if (Integer.parseInt(second) != (start + 1) % 100) {
      throw new IllegalArgumentException(
          "Cannot parse period '" + label + "': " + first + "-" + second + " is not a reporting year (expected "
              + first + "-" + String.format("%02d", (start + 1) % 100) + ")");
    }
    LocalDate startDate = LocalDate.of(start, 4, 1);
    return new Period(label, startDate, startDate.plusYears(1).minusDays(1), start);
  }

  /** The reporting year this period lies in (itself for a year). */
  public Period year() {
    return reportingYear(populationYear);
  }

  public boolean isYear() {
    return equals(year());
  }

  /** The four quarters of this period's reporting year, Q1 first. */
  public List<Period> quarters() {
    Period year = year();
    List<Period> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      quarters.add(parse(year.label() + "-Q" + q));
    }
    return quarters;
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }

  @Override
  public String toString() {
    return label;
  }
}
