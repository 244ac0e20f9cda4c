package partnership.metrics;

import static partnership.metrics.Views.row;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Test helper: CIN census staging rows for the N, M and E metric tests, written as the few fields a test
 * turns on. Each plan or assessment opens a referral episode on its own date unless one is registered for
 * it, because the {@code int_cin__*} models keep only the rows of an episode's winning file.
 */
final class CinCensusRows {

  /** The census file most rows come from: the one ending 2024-25. */
  static final String REFERENCE_2025 = "2025-03-31";

  private CinCensusRows() {}

  /** A plan row: (child_id, referral_date = plan start, start, end, initial category, previous plans, file). */
  static Object[] plan(String child, String start, String end, String category, int previous, String reference) {
    return row(child, start, start, end, category, category, previous, reference);
  }

  /** A plan in the 2024-25 file. */
  static Object[] plan(String child, String start, String end, String category, int previous) {
    return plan(child, start, end, category, previous, REFERENCE_2025);
  }

  /** An assessment row in the 2024-25 file: (child_id, referral_date = authorisation, factors). */
  static Object[] assessment(String child, String authorised, Object... factors) {
    return row(child, authorised, authorised, authorised, factors.length == 0 ? null : factors, REFERENCE_2025);
  }

  /** A referral row in the 2024-25 file: (child_id, referral_date, primary need, closure date). */
  static Object[] referral(String child, String referralDate, String primaryNeed, String closureDate) {
    return row(child, referralDate, "6", primaryNeed, closureDate, null, false, null, REFERENCE_2025);
  }

  /**
   * Registers the CIN staging views: {@code referrals} as given, plus a referral episode (need N0) for each
   * plan and assessment whose episode is not among them, in the same file, closed when the plan ends or the
   * assessment is authorised (so that it makes the child known to children's services no longer than that).
   */
  static void register(SparkSession spark, List<Object[]> referrals, List<Object[]> plans, List<Object[]> assessments) {
    List<Object[]> episodes = new ArrayList<>(referrals);
    Set<String> keys = new LinkedHashSet<>();
    referrals.forEach(r -> keys.add(r[0] + "|" + r[1] + "|" + r[8]));
    List<Object[]> children = new ArrayList<>(plans);
    children.addAll(assessments);
    for (Object[] child : children) {
      String reference = (String) child[child.length - 1];
      if (keys.add(child[0] + "|" + child[1] + "|" + reference)) {
        episodes.add(row(child[0], child[1], "6", "N0", child[3], null, false, null, reference));
      }
    }
    Views.staging(spark, "stg_cin__referrals", episodes.toArray(Object[][]::new));
    Views.staging(spark, "stg_cin__child_protection_plans", plans.toArray(Object[][]::new));
    Views.staging(spark, "stg_cin__assessments", assessments.toArray(Object[][]::new));
  }
}
