package partnership.metrics;

/** The columns of {@code stg_police__missing_episodes} (docs/data-model.md), for literal test rows. */
final class MissingEpisodes {

  static final String DDL =
      "occurrence_id string, child_id string, reported_at timestamp, last_seen_at timestamp,"
          + " returned_at timestamp, risk_grade string, is_from_care boolean, birth_month date";

  private MissingEpisodes() {}
}
