package partnership.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Disclosure control for public outputs (metrics.md, "Disclosure control"; statutory-facts.md section 6).
 *
 * <p>Counts from 1 to the threshold are shown as {@code c}; zero stays visible. Within each breakdown (the
 * rows of one metric, period and breakdown), when exactly one count is suppressed and the breakdown's total
 * is shown, the next smallest non-zero count is suppressed as well, so the hidden one cannot be recovered by
 * subtraction. A value (percentage, rate, ratio, median) whose numerator or denominator is suppressed is
 * {@code c}. Numerators and denominators are treated as two columns of counts: the denominators of a
 * breakdown are secondary-suppressed too when they differ from row to row (assessments by age band), and
 * are the numerators' total when they are all the same (referrals by source out of all referrals).
 */
public final class Disclosure {

  public static final int DEFAULT_THRESHOLD = 5;

  private final int threshold;

  public Disclosure(int threshold) {
    if (threshold < 0) {
      throw new IllegalArgumentException("Cannot apply disclosure control: threshold " + threshold + " is negative");
    }
    this.threshold = threshold;
  }

  /** Whether a count is small enough to identify a child: 1 to the threshold. */
  public boolean isSmall(Long count) {
    return count != null && count >= 1 && count <= threshold;
  }

  /** A single count with primary suppression only, for tables outside the metric table. */
  public String count(long count) {
    return isSmall(count) ? Numbers.SUPPRESSED : Long.toString(count);
  }

  /**
   * Which cells of one table of counts to hide: the small ones, and when exactly one is small and the total
   * is shown, also the smallest other non-zero one (the first such in the given order on ties).
   */
  public boolean[] hidden(List<Long> cells, boolean totalShown) {
    boolean[] hidden = new boolean[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      hidden[i] = isSmall(cells.get(i));
    }
    hideSecondary(cells, hidden, totalShown);
    return hidden;
  }

  /** Secondary suppression over cells some of which are already hidden (by this or an earlier rule). */
  private static void hideSecondary(List<Long> cells, boolean[] hidden, boolean totalShown) {
    int hiddenCount = 0;
    for (boolean h : hidden) {
      hiddenCount += h ? 1 : 0;
    }
    if (hiddenCount != 1 || !totalShown) {
      return;
    }
    int next = -1;
    for (int i = 0; i < cells.size(); i++) {
      Long cell = cells.get(i);
      if (!hidden[i] && cell != null && cell > 0 && (next < 0 || cell < cells.get(next))) {
        next = i;
      }
    }
    if (next >= 0) {
      hidden[next] = true;
    }
  }

  /** The public form of the metric table, row for row in the same order. */
  public List<SuppressedRow> apply(List<MetricRow> rows) {
    int size = rows.size();
    boolean[] numeratorHidden = new boolean[size];
    boolean[] denominatorHidden = new boolean[size];
    Map<List<String>, Integer> headlines = new HashMap<>();
    Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      MetricRow row = rows.get(i);
      numeratorHidden[i] = isSmall(cell(row));
      denominatorHidden[i] = isSmall(row.denominator());
      if (!MetricRow.OK.equals(row.status())) {
        continue;
      }
      if (row.isHeadline()) {
        headlines.put(List.of(row.metricId(), row.period()), i);
      } else {
        groups.computeIfAbsent(List.of(row.metricId(), row.period(), row.breakdown()), k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<List<String>, List<Integer>> group : groups.entrySet()) {
      List<Integer> members = new ArrayList<>(group.getValue());
      // Ties for the secondary cell go to the first in reading order, whatever order the rows came in.
      members.sort(Comparator.comparing(i -> rows.get(i).breakdownValue(), NaturalOrder.INSTANCE));
      Integer headline = headlines.get(group.getKey().subList(0, 2));
      Long sharedDenominator = sharedDenominator(rows, members);
      boolean numeratorTotalShown = headline != null && cell(rows.get(headline)) != null && !numeratorHidden[headline]
          || sharedDenominator != null && !isSmall(sharedDenominator);
      hideSecondary(members, i -> cell(rows.get(i)), numeratorTotalShown, numeratorHidden);
      if (sharedDenominator == null) {
        boolean denominatorTotalShown =
            headline != null && rows.get(headline).denominator() != null && !denominatorHidden[headline];
        hideSecondary(members, i -> rows.get(i).denominator(), denominatorTotalShown, denominatorHidden);
      }
    }
    List<SuppressedRow> result = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      result.add(suppress(rows.get(i), numeratorHidden[i], denominatorHidden[i]));
    }
    return result;
  }

  private static void hideSecondary(
      List<Integer> members, Function<Integer, Long> column, boolean totalShown, boolean[] rowHidden) {
    List<Long> cells = new ArrayList<>(members.size());
    boolean[] hidden = new boolean[members.size()];
    for (int k = 0; k < members.size(); k++) {
      cells.add(column.apply(members.get(k)));
      hidden[k] = rowHidden[members.get(k)];
    }
    hideSecondary(cells, hidden, totalShown);
    for (int k = 0; k < members.size(); k++) {
      rowHidden[members.get(k)] = hidden[k];
    }
  }

  /**
   * The count a row shows: its numerator, or for a count metric without one, its value (the count itself).
   */
  private static Long cell(MetricRow row) {
    if (row.numerator() != null) {
      return row.numerator();
    }
    return "count".equals(row.unit()) && row.value() != null ? Math.round(row.value()) : null;
  }

  private static Long sharedDenominator(List<MetricRow> rows, List<Integer> members) {
    Long shared = rows.get(members.get(0)).denominator();
    for (int member : members) {
      if (!Objects.equals(shared, rows.get(member).denominator())) {
        return null;
      }
    }
    return shared;
  }

  private static SuppressedRow suppress(MetricRow row, boolean numeratorHidden, boolean denominatorHidden) {
    boolean ok = MetricRow.OK.equals(row.status());
    return new SuppressedRow(row.metricId(), row.period(), row.breakdown(), row.breakdownValue(),
        ok ? shown(row.numerator(), numeratorHidden) : "",
        ok ? shown(row.denominator(), denominatorHidden) : "",
        !ok || row.value() == null ? ""
            : numeratorHidden || denominatorHidden ? Numbers.SUPPRESSED
            : Numbers.display(row.value(), row.unit()),
        row.unit(), row.status(), row.note() == null ? "" : row.note());
  }

  private static String shown(Long count, boolean hidden) {
    return count == null ? "" : hidden ? Numbers.SUPPRESSED : Long.toString(count);
  }
}
