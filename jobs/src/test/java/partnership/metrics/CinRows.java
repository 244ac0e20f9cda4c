package partnership.metrics;

import static partnership.metrics.LiteralViews.row;

/** Literal {@code int_cin__*} views (docs/data-model.md columns) for metric model tests. */
final class CinRows {

  private CinRows() {}

  /** {@code int_cin__child_protection_plans} from (child_id, plan_start_date, plan_end_date, initial_category, previous_plan_count). */
  static void plans(String[]... plans) {
    String[][] rows = new String[plans.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] p = plans[i];
      rows[i] = row(p[0], p[1], p[1], p[2], p[3], p[3], p[4], "2025-03-31");
    }
    LiteralViews.register(
        "int_cin__child_protection_plans",
        "child_id string, referral_date date, plan_start_date date, plan_end_date date,"
            + " initial_category string, latest_category string, previous_plan_count int, reference_date date",
        rows);
  }

  /** {@code int_cin__assessments} from (child_id, assessment_authorised_date, factors as JSON). */
  static void assessments(String[]... assessments) {
    String[][] rows = new String[assessments.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] a = assessments[i];
      rows[i] = row(a[0], a[1], a[1], a[1], a[2], "2025-03-31");
    }
    LiteralViews.register(
        "int_cin__assessments",
        "child_id string, referral_date date, assessment_start_date date, assessment_authorised_date date,"
            + " factors array<string>, reference_date date",
        rows);
  }

  /** {@code int_cin__referrals} from (child_id, referral_date, primary_need_code, closure_date). */
  static void referrals(String[]... referrals) {
    String[][] rows = new String[referrals.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] r = referrals[i];
      String closure = r.length > 3 ? r[3] : null;
      rows[i] = row(r[0], r[1], "6", r[2], closure, null, "false", null, "2025-03-31");
    }
    LiteralViews.register(
        "int_cin__referrals",
        "child_id string, referral_date date, referral_source string, primary_need_code string,"
            + " closure_date date, closure_reason string, is_referral_nfa boolean, initial_cpc_date date,"
            + " reference_date date",
        rows);
  }
}
