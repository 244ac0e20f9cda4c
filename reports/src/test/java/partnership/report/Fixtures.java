package partnership.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small hand-built partnership for publication tests: its own catalogue, two years, many small numbers. */
final class Fixtures {

  static final String PERIOD = "2024-25";
  static final Instant GENERATED_AT = Instant.parse("2025-06-02T09:30:00Z");

  private Fixtures() {}

  /** The repository's schema of the extract: by path, since only the jobs module packages {@code schemas/}. */
  static InspectorSchema inspectorSchema() {
    return InspectorSchema.read(repositoryFile(InspectorSchema.RESOURCE));
  }

  /** The report's shipped words for codes, {@code schemas/report-labels.yaml}: by path, as the schema. */
  static ReportLabels labels() {
    return ReportLabels.read(repositoryFile(ReportLabels.RESOURCE));
  }

  static Path repositoryFile(String path) {
    Path file = Path.of(System.getProperty("project.root", "..")).resolve(path);
    return Files.exists(file) ? file : Path.of("..").resolve(path);
  }

  static MetricCatalogue catalogue() {
    return new MetricCatalogue(List.of(
        metric("T2", "timeliness", "Referrals to children's social care", "referrals in the period",
            "children aged 0-17", "rate_per_10000", null),
        metric("T4", "timeliness", "Assessments within 45 working days", "assessments within 45 working days",
            "assessments authorised in the period", "percent", 45.0),
        metric("T7", "timeliness", "Partner referrals that landed", "partner referrals that landed",
            "police and health referrals created in the period", "percent", null),
        metric("N1", "neglect", "Child protection plans for neglect", "neglect plans started", "plans started",
            "percent", null),
        metric("N6", "neglect", "Neglect-plan children seen by police or health",
            "neglect-plan children with a missing episode, police or health referral",
            "children on a neglect plan at any time in the period", "percent", null),
        metric("M1", "missing", "Police missing episodes", "police missing episodes",
            "distinct children with one", "ratio", null),
        metric("M6", "missing", "Missing children unknown to children's services",
            "missing children unknown to children's services", "children with a police missing episode",
            "percent", null),
        metric("M7", "missing", "Care missing periods with no police report",
            "903 M periods with no police report within a day", "903 M periods starting in the period",
            "percent", null),
        metric("E4", "education_housing", "Children in temporary accommodation",
            "children in temporary accommodation at the period end", "children aged 0-17", "rate_per_10000",
            null)));
  }

  private static MetricDefinition metric(String id, String theme, String title, String numerator,
      String denominator, String unit, Double target) {
    return new MetricDefinition(id, theme, title, title + " <as metrics.md words it> & more.", numerator,
        denominator, unit, List.of("csc/cin_census*.xml"), List.of("metrics/metric_" + id.toLowerCase()), target,
        Map.of());
  }

  static MetricRow row(String id, String period, String breakdown, String value, Long numerator, Long denominator,
      Double v, String unit) {
    return new MetricRow(id, period, breakdown, value, numerator, denominator, v, unit, MetricRow.OK, null);
  }

  static MetricRow headline(String id, String period, Long numerator, Long denominator, Double v, String unit) {
    return row(id, period, "all", "all", numerator, denominator, v, unit);
  }

  /** Two years of rows, deliberately out of order, with small counts in most breakdowns. */
  static List<MetricRow> rows() {
    List<MetricRow> rows = new ArrayList<>();
    rows.add(row("T2", PERIOD, "source", "police", 3L, 43L, 7.0, "percent"));
    rows.add(headline("T2", PERIOD, 43L, 47000L, 9.1, "rate_per_10000"));
    rows.add(row("T2", PERIOD, "source", "health", 12L, 43L, 27.9, "percent"));
    rows.add(row("T2", PERIOD, "source", "education", 8L, 43L, 18.6, "percent"));
    rows.add(row("T2", PERIOD, "source", "other", 20L, 43L, 46.5, "percent"));
    rows.add(headline("T2", "2023-24", 39L, 46800L, 8.3, "rate_per_10000"));
    rows.add(headline("T2", "2022-23", 4L, 46500L, 0.9, "rate_per_10000"));
    rows.add(headline("T4", PERIOD, 30L, 36L, 83.3, "percent"));
    rows.add(row("T4", PERIOD, "band", "1-10", 9L, 36L, 25.0, "percent"));
    rows.add(row("T4", PERIOD, "band", "46-50", 4L, 36L, 11.1, "percent"));
    rows.add(row("T4", PERIOD, "band", "11-20", 10L, 36L, 27.8, "percent"));
    rows.add(row("T4", PERIOD, "band", "61+", 2L, 36L, 5.6, "percent"));
    rows.add(row("T4", PERIOD, "band", "21-45", 11L, 36L, 30.6, "percent"));
    rows.add(headline("T4", "2023-24", 25L, 31L, 80.6, "percent"));
    rows.add(headline("T4_median", PERIOD, null, 36L, 18.0, "working_days"));
    rows.add(headline("T4_median", "2023-24", null, 31L, 52.0, "working_days"));
    rows.add(headline("T7", PERIOD, 22L, 30L, 73.3, "percent"));
    rows.add(row("T7", PERIOD, "partner", "police", 18L, 20L, 90.0, "percent"));
    rows.add(row("T7", PERIOD, "partner", "health", 4L, 10L, 40.0, "percent"));
    rows.add(headline("N1", PERIOD, 9L, 17L, 52.9, "percent"));
    rows.add(row("N1", PERIOD, "category", "NEG", 9L, 17L, 52.9, "percent"));
    rows.add(row("N1", PERIOD, "category", "EMO", 5L, 17L, 29.4, "percent"));
    rows.add(row("N1", PERIOD, "category", "PHY", 0L, 17L, 0.0, "percent"));
    rows.add(row("N1", PERIOD, "category", "SAB", 1L, 17L, 5.9, "percent"));
    rows.add(row("N1", PERIOD, "category", "MUL", 2L, 17L, 11.8, "percent"));
    rows.add(headline("N1", "2023-24", 12L, 20L, 60.0, "percent"));
    rows.add(headline("N6", PERIOD, 6L, 14L, 42.9, "percent"));
    rows.add(row("N6", PERIOD, "seen_by", "police missing episode", 2L, 14L, 14.3, "percent"));
    rows.add(row("N6", PERIOD, "seen_by", "police referral", 3L, 14L, 21.4, "percent"));
    rows.add(row("N6", PERIOD, "seen_by", "health referral", 4L, 14L, 28.6, "percent"));
    rows.add(headline("M1", PERIOD, 57L, 31L, 1.84, "ratio"));
    rows.add(row("M1", PERIOD, "risk_grade", "high", 7L, 4L, 1.75, "ratio"));
    rows.add(row("M1", PERIOD, "risk_grade", "medium", 20L, 12L, 1.67, "ratio"));
    rows.add(row("M1", PERIOD, "risk_grade", "low", 30L, 15L, 2.0, "ratio"));
    rows.add(headline("M1", "2023-24", 48L, 30L, 1.6, "ratio"));
    rows.add(headline("M6", PERIOD, 7L, 31L, 22.6, "percent"));
    rows.add(row("M6", PERIOD, "risk_grade", "high", 1L, 4L, 25.0, "percent"));
    rows.add(headline("M7", PERIOD, 3L, 11L, 27.3, "percent"));
    rows.add(new MetricRow("E4", PERIOD, "all", "all", null, null, null, "rate_per_10000", MetricRow.NOT_AVAILABLE,
        "housing/temporary_accommodation.csv was not delivered"));
    return rows;
  }

  static JsonNode dataQuality() throws Exception {
    return new ObjectMapper().readTree("""
        [{"file": "police/missing_episodes.csv", "table": "stg_police__missing_episodes", "read": 60,
          "accepted": 57, "quarantined": 3, "by_rule": {"reported_at_not_a_time": 2, "risk_grade_unknown": 1}},
         {"file": "csc/cin_census_2025.xml", "table": "stg_cin__children", "read": 120, "accepted": 120,
          "quarantined": 0, "by_rule": {}}]
        """);
  }

  static PublicationInput input() throws Exception {
    return new PublicationInput("Northshire Safeguarding Children Partnership", "E08000029", PERIOD, GENERATED_AT,
        catalogue(), rows(), dataQuality(), Disclosure.DEFAULT_THRESHOLD,
        List.of(new Benchmark("T2", "2024-25", 52.7), new Benchmark("T2", "2023-24", 53.1),
            new Benchmark("T4", "2024-25", 85.7), new Benchmark("T4_median", "2024-25", 33.0)));
  }
}
