package partnership.metrics;

/** Literal police, health and front-door staging views (docs/data-model.md columns) for metric tests. */
final class PartnerRows {

  private PartnerRows() {}

  /** {@code stg_police__missing_episodes}: occurrence_id, child_id, reported_at, last_seen_at, returned_at, risk_grade, is_from_care, birth_month. */
  static void missingEpisodes(String[]... rows) {
    LiteralViews.register(
        "stg_police__missing_episodes",
        "occurrence_id string, child_id string, reported_at timestamp, last_seen_at timestamp,"
            + " returned_at timestamp, risk_grade string, is_from_care boolean, birth_month date",
        rows);
  }

  /** {@code stg_police__referrals}: referral_id, child_id, created_at, shared_at, concern, birth_month. */
  static void policeReferrals(String[]... rows) {
    LiteralViews.register(
        "stg_police__referrals",
        "referral_id string, child_id string, created_at timestamp, shared_at timestamp, concern string,"
            + " birth_month date",
        rows);
  }

  /** {@code stg_health__referrals}: referral_id, child_id, created_at, shared_at, setting, concern, birth_month. */
  static void healthReferrals(String[]... rows) {
    LiteralViews.register(
        "stg_health__referrals",
        "referral_id string, child_id string, created_at timestamp, shared_at timestamp, setting string,"
            + " concern string, birth_month date",
        rows);
  }

  /** {@code stg_csc__contacts}: contact_id, child_id, received_at, source, decision_at, decision. */
  static void contacts(String[]... rows) {
    LiteralViews.register(
        "stg_csc__contacts",
        "contact_id string, child_id string, received_at timestamp, source string, decision_at timestamp,"
            + " decision string",
        rows);
  }
}
