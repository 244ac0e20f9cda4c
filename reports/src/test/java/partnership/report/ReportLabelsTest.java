package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public report's words for the codes of the metric table (schemas/report-labels.yaml): what a reader sees
 * in place of a code, and that a code without words is shown as written, never guessed at.
 */
class ReportLabelsTest {

  private static final ReportLabels SHIPPED = Fixtures.labels();

  private static final MetricDefinition N1 = new MetricDefinition("N1", "neglect",
      "Child protection plans started, by category of abuse", "as metrics.md words it", "neglect plans started",
      "plans started", "percent", List.of("csc/cin_census*.xml"), List.of("metrics/metric_n1_plans_by_category"),
      null, Map.of());

  private static final MetricDefinition T4 = new MetricDefinition("T4", "timeliness",
      "Assessments within 45 working days", "as metrics.md words it", "assessments within 45 working days",
      "assessments authorised in the period", "percent", List.of("csc/cin_census*.xml"),
      List.of("metrics/metric_t4_assessment_timeliness"), 45.0, Map.of("r", "clock started at the referral date"));

  private static MetricSection<MetricRow> section(String id, MetricDefinition definition) {
    return new MetricSection<>(id, definition, null, Map.of(), List.of());
  }

  private static MetricRow n4Row(String breakdown, String value) {
    return new MetricRow("N4", "2024-25", breakdown, value, 1L, 10L, 10.0, "percent", MetricRow.OK, null);
  }

  @Test
  void aBreakdownWhoseValuesAreAllListedReadsInTheListedOrderAndAnyOtherAsTheTableHasIt() {
    // The metric table orders plan lengths by their leading number: "1-2 years" first, "<= 3 months" last.
    List<MetricRow> byCode = Stream.of("1-2 years", "2 years and over", "3-6 months", "6-12 months", "<= 3 months")
        .map(value -> n4Row("plan_length", value)).toList();
    // Age bands: "unknown" is listed (Age not known), "0-4" and "5-9" are not.
    List<MetricRow> ages = Stream.of("0-4", "5-9", "unknown").map(value -> n4Row("age_band", value)).toList();
    MetricSection<MetricRow> section = new MetricSection<>("N4", N1, null,
        Map.of("plan_length", byCode, "age_band", ages), List.of());

    MetricSection<MetricRow> ordered = SHIPPED.inReadingOrder(section);

    assertThat(ordered.breakdowns().get("plan_length")).extracting(MetricRow::breakdownValue)
        .containsExactly("<= 3 months", "3-6 months", "6-12 months", "1-2 years", "2 years and over");
    assertThat(ordered.breakdowns().get("age_band")).extracting(MetricRow::breakdownValue)
        .containsExactly("0-4", "5-9", "unknown");
  }

  @Test
  void categoriesOfAbuseReadAsStatutoryFactsNamesThemWithTheCensusCode() {
    assertThat(SHIPPED.name("initial_category")).isEqualTo("initial category of abuse");
    assertThat(SHIPPED.column("initial_category")).isEqualTo("Initial category of abuse");
    assertThat(Stream.of("NEG", "PHY", "EMO", "SAB", "MUL").map(code -> SHIPPED.value("initial_category", code)))
        .containsExactly("Neglect (NEG)", "Physical abuse (PHY)", "Emotional abuse (EMO)", "Sexual abuse (SAB)",
            "Multiple (MUL)");
  }

  @Test
  void otherCodesReadAsTheSpecificationNamesThem() {
    assertThat(SHIPPED.value("factor", "24A")).isEqualTo("Child criminal exploitation (24A)");
    assertThat(SHIPPED.value("missing_type", "A")).isEqualTo("Away from placement, unauthorised (A)");
    assertThat(SHIPPED.value("source_partner", "police")).isEqualTo("Police (6)");
    assertThat(SHIPPED.value("sex", "F")).isEqualTo("Female");
  }

  @Test
  void snakeCaseValuesAndNamesReadAsWords() {
    assertThat(SHIPPED.value("decision", "no_further_action")).isEqualTo("No further action");
    assertThat(SHIPPED.value("risk_grade", "no_apparent_risk")).isEqualTo("No apparent risk");
    assertThat(SHIPPED.name("risk_grade")).isEqualTo("police risk grade");
    assertThat(SHIPPED.value("partner_file", "police/missing_episodes.csv"))
        .isEqualTo("Police missing episodes");
  }

  @Test
  void aCodeWithoutWordsIsShownAsWritten() {
    // Not in statutory-facts.md: no meaning is made up for it.
    assertThat(SHIPPED.value("initial_category", "XYZ")).isEqualTo("XYZ");
    // Age bands read as they are; a file name keeps its underscores.
    assertThat(SHIPPED.value("age_band", "10-15")).isEqualTo("10-15");
    assertThat(SHIPPED.value("file", "csc/cin_census_2023.xml")).isEqualTo("csc/cin_census_2023.xml");
    assertThat(SHIPPED.name("csc/cin_census_2023.xml")).isEqualTo("csc/cin_census_2023.xml");
    assertThat(SHIPPED.column("csc/cin_census_2023.xml")).isEqualTo("csc/cin_census_2023.xml");
    assertThat(ReportLabels.NONE.value("initial_category", "NEG")).isEqualTo("NEG");
  }

  @Test
  void everyBreakdownTheMetricModelsEmitHasWords() throws Exception {
    Pattern named = Pattern.compile("'breakdown', '([a-z_]+)'|'([a-z_]+)'\\) as breakdown\\b");
    TreeSet<String> emitted = new TreeSet<>();
    try (Stream<Path> models = Files.list(Fixtures.repositoryFile("jobs/src/main/resources/sql/metrics"))) {
      for (Path model : models.toList()) {
        Matcher matcher = named.matcher(Files.readString(model));
        while (matcher.find()) {
          emitted.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
      }
    }
    emitted.remove(MetricRow.ALL);

    assertThat(emitted).as("breakdowns of sql/metrics/*.sql").contains("initial_category", "partner_file");
    assertThat(SHIPPED.breakdowns().keySet()).as("the breakdowns with words in " + ReportLabels.RESOURCE)
        .containsAll(emitted);
  }

  @Test
  void aSuffixedIdIsHeadedByItsCatalogueIdAndItsVariantInWords() {
    assertThat(SHIPPED.heading(section("T4_median", T4)))
        .isEqualTo("T4: Assessments within 45 working days (median working days taken)");
    // The catalogue's own words for a suffix come first; a suffix with none anywhere is written with spaces.
    assertThat(SHIPPED.heading(section("T4r", T4)))
        .isEqualTo("T4: Assessments within 45 working days (clock started at the referral date)");
    assertThat(SHIPPED.heading(section("T4_new_split", T4)))
        .isEqualTo("T4: Assessments within 45 working days (new split)");
    // The title every other output carries is the catalogue's alone.
    assertThat(section("T4_median", T4).title()).isEqualTo("Assessments within 45 working days (median)");
  }

  @Test
  void aTitleThatNamesItsOwnSplitLosesItBeforeAnother() {
    assertThat(SHIPPED.titleBy(section("N1", N1), SHIPPED.name("initial_category")))
        .isEqualTo("Child protection plans started by initial category of abuse");
    assertThat(SHIPPED.titleBy(section("T4_median", T4), "year"))
        .isEqualTo("Assessments within 45 working days (median working days taken) by year");
    assertThat(SHIPPED.heading(section("N1", N1))).isEqualTo("N1: Child protection plans started, by category of abuse");
  }

  @Test
  void anUnknownKeyInTheFileIsAnError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("report-labels.yaml"), "breakdowns:\n  sex:\n    name: sex\n    valeus: {F: Female}\n");

    assertThatThrownBy(() -> ReportLabels.read(file))
        .hasMessageStartingWith("Cannot read " + file).hasMessageContaining("valeus");
  }

  @Test
  void theReportShowsWordsWhereTheDataOutputsKeepCodes(@TempDir Path out) throws Exception {
    PublicationInput fixture = Fixtures.input();
    List<MetricRow> rows = List.of(
        Fixtures.headline("N1", Fixtures.PERIOD, 9L, 20L, 45.0, "percent"),
        Fixtures.row("N1", Fixtures.PERIOD, "initial_category", "NEG", 9L, 20L, 45.0, "percent"),
        Fixtures.row("N1", Fixtures.PERIOD, "initial_category", "EMO", 11L, 20L, 55.0, "percent"),
        Fixtures.row("N1", Fixtures.PERIOD, "initial_category", "XYZ", 0L, 20L, 0.0, "percent"),
        Fixtures.headline("T4", Fixtures.PERIOD, 30L, 36L, 83.3, "percent"),
        Fixtures.headline("T4", "2023-24", 25L, 31L, 80.6, "percent"),
        Fixtures.headline("T4_median", Fixtures.PERIOD, null, 36L, 18.0, "working_days"),
        Fixtures.headline("T4_median", "2023-24", null, 31L, 52.0, "working_days"));
    PublicationInput input = new PublicationInput(fixture.partnershipName(), fixture.areaCode(), fixture.period(),
        fixture.generatedAt(), new MetricCatalogue(List.of(N1, T4), SHIPPED), rows, fixture.dataQuality(),
        fixture.disclosureThreshold(), List.of());

    Publication.write(out, input, Fixtures.inspectorSchema());

    String html = Files.readString(out.resolve("publication/report.html"));
    assertThat(html).contains("<h4>By initial category of abuse</h4>",
        "<caption>Child protection plans started by initial category of abuse, 2024-25</caption>",
        "<th scope=\"col\">Initial category of abuse</th>",
        "<th scope=\"row\">Emotional abuse (EMO)</th>", "<th scope=\"row\">Neglect (NEG)</th>",
        "<th scope=\"row\">XYZ</th>",
        "one bar each for Emotional abuse (EMO), Neglect (NEG), XYZ.",
        "<a href=\"#metric-T4_median\">T4: Assessments within 45 working days (median working days taken)</a>",
        "<h3>T4: Assessments within 45 working days (median working days taken)</h3>");
    assertThat(html).doesNotContain(">NEG<", "T4_median:", "by category of abuse by");
    // The data outputs keep the codes and the catalogue's titles.
    assertThat(Files.readString(out.resolve("publication/metrics.csv"))).contains(",initial_category,NEG,");
    assertThat(Files.readString(out.resolve("inspector/metrics.json")))
        .contains("\"breakdown_value\" : \"NEG\"", "\"title\" : \"Assessments within 45 working days (median)\"");
  }
}
