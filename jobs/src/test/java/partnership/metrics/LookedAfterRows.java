package partnership.metrics;

import static partnership.metrics.LiteralViews.row;

/** Literal SSDA903 staging views (docs/data-model.md columns) for metric model tests. */
final class LookedAfterRows {

  private LookedAfterRows() {}

  /** {@code stg_903__episodes} from (child_id, episode_start_date, episode_end_date). */
  static void episodes(String[]... episodes) {
    String[][] rows = new String[episodes.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] e = episodes[i];
      rows[i] = row(e[0], e[1], "S", "C2", "N1", "U1", "PR1", e[2], e[2] == null ? null : "E11");
    }
    LiteralViews.register(
        "stg_903__episodes",
        "child_id string, episode_start_date date, reason_new_episode string, legal_status string,"
            + " cin_code string, placement_type string, placement_provider string, episode_end_date date,"
            + " reason_episode_ended string",
        rows);
  }

  /** {@code stg_903__missing} from (child_id, missing_type, missing_start_date, missing_end_date). */
  static void missing(String[]... periods) {
    String[][] rows = new String[periods.length][];
    for (int i = 0; i < rows.length; i++) {
      String[] p = periods[i];
      rows[i] = row(p[0], "2010-01-01", p[1], p[2], p.length > 3 ? p[3] : null);
    }
    LiteralViews.register(
        "stg_903__missing",
        "child_id string, birth_date date, missing_type string, missing_start_date date, missing_end_date date",
        rows);
  }
}
