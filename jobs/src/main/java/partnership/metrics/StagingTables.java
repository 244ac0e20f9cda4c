package partnership.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * The staging tables metric models read, with their columns and the partner file each comes from
 * (docs/data-model.md, "Staging"). A metric's {@code needs} in the catalogue names files; this maps them to
 * tables, and gives an absent table's schema so models that read it still run on an empty view.
 */
public final class StagingTables {

  /** Columns every staging table carries besides its own: where the row came from. */
  public static final String SOURCE_COLUMNS = "source_file string, source_line bigint";

  private static final String CIN = "csc/cin_census*.xml";

  /** A staging table: its name, its own columns as DDL, and the input file it is read from. */
  public record Table(String name, String columns, String file) {

    /** The full schema: the table's own columns then {@link #SOURCE_COLUMNS}. */
    public StructType schema() {
      return StructType.fromDDL(columns + ", " + SOURCE_COLUMNS);
    }
  }

  private static final Map<String, Table> TABLES = new LinkedHashMap<>();

  static {
    add("stg_csc__contacts", "contact_id string, child_id string, received_at timestamp, source string,"
        + " decision_at timestamp, decision string", "csc/contacts.csv");
    add("stg_csc__return_interviews", "child_id string, missing_start_date date, returned_at timestamp,"
        + " offered_at timestamp, completed_at timestamp, is_accepted boolean", "csc/return_interviews.csv");
    add("stg_police__missing_episodes", "occurrence_id string, child_id string, reported_at timestamp,"
        + " last_seen_at timestamp, returned_at timestamp, risk_grade string, is_from_care boolean,"
        + " birth_month date", "police/missing_episodes.csv");
    add("stg_police__referrals", "referral_id string, child_id string, created_at timestamp,"
        + " shared_at timestamp, concern string, birth_month date", "police/referrals.csv");
    add("stg_health__referrals", "referral_id string, child_id string, created_at timestamp,"
        + " shared_at timestamp, setting string, concern string, birth_month date", "health/referrals.csv");
    add("stg_health__initial_health_assessments", "child_id string, looked_after_start_date date,"
        + " requested_date date, completed_date date", "health/initial_health_assessments.csv");
    add("stg_education__children_missing_education", "child_id string, cme_start_date date,"
        + " cme_end_date date, reason string, birth_month date", "education/children_missing_education.csv");
    add("stg_housing__temporary_accommodation", "child_id string, household_id string, placed_date date,"
        + " left_date date, accommodation_type string, is_out_of_area boolean, birth_month date",
        "housing/temporary_accommodation.csv");
    add("stg_cin__children", "child_id string, birth_date date, sex string, ethnicity string,"
        + " reference_date date", CIN);
    add("stg_cin__referrals", "child_id string, referral_date date, referral_source string,"
        + " primary_need_code string, closure_date date, closure_reason string, is_referral_nfa boolean,"
        + " initial_cpc_date date, reference_date date", CIN);
    add("stg_cin__assessments", "child_id string, referral_date date, assessment_start_date date,"
        + " assessment_authorised_date date, factors array<string>, reference_date date", CIN);
    add("stg_cin__section47s", "child_id string, referral_date date, s47_start_date date,"
        + " icpc_target_date date, icpc_date date, is_icpc_not_required boolean, reference_date date", CIN);
    add("stg_cin__child_protection_plans", "child_id string, referral_date date, plan_start_date date,"
        + " plan_end_date date, initial_category string, latest_category string, previous_plan_count int,"
        + " reference_date date", CIN);
    add("stg_903__header", "child_id string, sex string, birth_date date, ethnicity string",
        "csc/ssda903_header.csv");
    add("stg_903__episodes", "child_id string, episode_start_date date, reason_new_episode string,"
        + " legal_status string, cin_code string, placement_type string, placement_provider string,"
        + " episode_end_date date, reason_episode_ended string", "csc/ssda903_episodes.csv");
    add("stg_903__missing", "child_id string, birth_date date, missing_type string, missing_start_date date,"
        + " missing_end_date date", "csc/ssda903_missing.csv");
  }

  private StagingTables() {}

  private static void add(String name, String columns, String file) {
    TABLES.put(name, new Table(name, columns, file));
  }

  public static List<Table> all() {
    return List.copyOf(TABLES.values());
  }

  public static Table get(String name) {
    Table table = TABLES.get(name);
    if (table == null) {
      throw new IllegalArgumentException("Cannot find staging table " + name + ": known are " + TABLES.keySet());
    }
    return table;
  }

  /** The tables read from a catalogue {@code needs} entry, e.g. the five {@code stg_cin__*} for the census. */
  public static List<Table> fromFile(String file) {
    List<Table> tables = TABLES.values().stream().filter(t -> t.file().equals(file)).toList();
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("Cannot map needs entry " + file + " to a staging table: known files are "
          + TABLES.values().stream().map(Table::file).distinct().toList());
    }
    return tables;
  }
}
