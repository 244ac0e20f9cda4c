package partnership.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The earlier periods a run also computes, so the report can draw a line: earlier reporting years the
 * delivered data covers (at most {@link #EARLIER_YEARS}, and only years the calendar holds), then the
 * quarters of the chosen period's year that have ended by the chosen period's end.
 */
public final class TrendPeriods {

  /** Four earlier years and the chosen one make the five-year line of the yearly report. */
  public static final int EARLIER_YEARS = 4;

  private TrendPeriods() {}

  /**
   * The trend periods of {@code period}, oldest year first, never {@code period} itself.
   *
   * @param coveredFrom the earliest date the delivered data covers, or null when nothing dated was delivered
   */
  public static List<Period> of(Period period, LocalDate coveredFrom, Calendar calendar) {
    List<Period> periods = new ArrayList<>();
    Period year = period.year();
    if (coveredFrom != null) {
      for (int startYear = year.populationYear() - EARLIER_YEARS; startYear < year.populationYear(); startYear++) {
        Period earlier = Period.reportingYear(startYear);
        if (!earlier.endDate().isBefore(coveredFrom)
            && calendar.covers(earlier.startDate())
            && calendar.covers(earlier.endDate())) {
          periods.add(earlier);
        }
      }
    }
    for (Period quarter : year.quarters()) {
      if (!quarter.equals(period) && !quarter.endDate().isAfter(period.endDate())) {
        periods.add(quarter);
      }
    }
    return periods;
  }
}
