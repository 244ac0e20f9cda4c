package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationTest {

  /** Pseudonymised ids of the children behind the fixture (the metric table itself holds none). */
  static final List<String> CHILD_IDS = List.of("c7f3a9d2e81b4c60", "0a1b2c3d4e5f6789", "9f8e7d6c5b4a3210");

  @Test
  void writesTheInspectorAndPublicFolders(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());

    assertThat(out.resolve("inspector/metrics.json")).isRegularFile();
    assertThat(out.resolve("inspector/metrics.csv")).isRegularFile();
    assertThat(out.resolve("publication/metrics.csv")).isRegularFile();
    assertThat(out.resolve("publication/report.html")).isRegularFile();
    assertThat(out.resolve("publication/charts/trend-t2.png")).isRegularFile();
    assertThat(out.resolve("publication/charts/m1-risk-grade.png")).isRegularFile();
    assertThat(out.resolve("publication/charts/t4-band.png")).isRegularFile();
    // Every figure of M7's trend and of T7's partner breakdown is c: there is nothing to draw.
    assertThat(out.resolve("publication/charts/trend-m7.png")).doesNotExist();
    assertThat(out.resolve("publication/charts/t7-partner.png")).doesNotExist();
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("inspector", "publication");
    }
    Fixtures.inspectorSchema().validate(new ObjectMapper().readTree(out.resolve("inspector/metrics.json").toFile()),
        "the extract read back");
  }

  @Test
  void noFileHoldsAChildIdAndNoPublicFileShowsASmallCount(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());

    assertThat(OutputScan.childIds(out, CHILD_IDS)).isEmpty();
    assertThat(OutputScan.smallCounts(out.resolve("publication"), Disclosure.DEFAULT_THRESHOLD)).isEmpty();
  }

  @Test
  void theScansFindWhatTheyGuardAgainst(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());
    Path report = out.resolve("publication/report.html");
    Files.writeString(report, Files.readString(report).replace("</main>",
        "<p>child c7f3a9d2e81b4c60</p><table><tr><td class=\"count\">3</td></tr></table></main>"));
    Path csv = out.resolve("publication/metrics.csv");
    Files.writeString(csv, Files.readString(csv) + "M8,Made up,2024-25,all,all,,,4,count,ok,,\"a, b\",x,y\n");

    assertThat(OutputScan.childIds(out, CHILD_IDS)).containsExactly("publication/report.html: child id c7f3a9d2e81b4c60");
    assertThat(OutputScan.smallCounts(out.resolve("publication"), 5))
        .hasSize(2)
        .anySatisfy(f -> assertThat(f).startsWith("metrics.csv record ").endsWith(": value 4"))
        .anySatisfy(f -> assertThat(f).startsWith("report.html offset ").endsWith(": count 3"));
  }

  @Test
  void thePublicTableIsSuppressedAndTheInspectorTableIsNot(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());

    List<String> publicLines = Files.readAllLines(out.resolve("publication/metrics.csv"));
    List<String> inspectorLines = Files.readAllLines(out.resolve("inspector/metrics.csv"));
    assertThat(publicLines.get(0)).isEqualTo(
        "metric_id,title,period,breakdown,breakdown_value,numerator,denominator,value,unit,status,note,definition,"
            + "numerator_definition,denominator_definition");
    assertThat(publicLines).hasSameSizeAs(inspectorLines).hasSize(Fixtures.rows().size() + 1);
    assertThat(publicLines).anySatisfy(line -> assertThat(line).startsWith(
        "T2,Referrals to children's social care,2024-25,source,police,c,43,c,percent,ok,,"));
    assertThat(inspectorLines).anySatisfy(line -> assertThat(line).startsWith(
        "T2,Referrals to children's social care,2024-25,source,police,3,43,7,percent,ok,,"));
    // 2022-23 had 4 referrals: a trend row is suppressed like any other.
    assertThat(publicLines).anySatisfy(line -> assertThat(line).startsWith(
        "T2,Referrals to children's social care,2022-23,all,all,c,46500,c,rate_per_10000,ok,,"));
    assertThat(publicLines).anySatisfy(line -> assertThat(line).startsWith(
        "E4,Children in temporary accommodation,2024-25,all,all,,,,rate_per_10000,not_available,"
            + "housing/temporary_accommodation.csv was not delivered,"));
  }

  @Test
  void theReportCarriesPrioritiesFindingsDefinitionsAndEscapedText(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());

    String html = Files.readString(out.resolve("publication/report.html"));
    assertThat(html).contains("<h2>Priority 1: Neglect</h2>", "<h2>Priority 2: Children who go missing</h2>",
        "<h2>Priority 3: How quickly the front door responds</h2>", "<h2>What changed since last year</h2>",
        "<h2>What the partners see together</h2>", "<h2>Appendix: data quality</h2>");
    assertThat(html).contains("<h3>N6: Neglect-plan children seen by police or health</h3>",
        "<h3>M6: Missing children unknown to children&#39;s services</h3>",
        "<h3>M7: Care missing periods with no police report</h3>", "<h3>T7: Partner referrals that landed</h3>");
    // The catalogue's definitions hold < and &: escaped, never markup.
    assertThat(html).contains("Police missing episodes &lt;as metrics.md words it&gt; &amp; more.")
        .doesNotContain("<as metrics.md");
    assertThat(html).contains("<img src=\"charts/trend-t2.png\" alt=\"Line chart of Referrals");
    // England's markers are hollow and drawn under the partnership's, so an equal figure hides neither.
    assertThat(html).contains("the partnership as a solid blue line with circles; England as a dashed orange line "
        + "with hollow squares");
    // The quality appendix hides 3 set-aside rows, and so the 57 accepted beside them.
    assertThat(html).contains("<td class=\"count\">60</td>\n<td class=\"count\">c</td>\n<td class=\"count\">c</td>");
    assertThat(html).doesNotContain(Fixtures.GENERATED_AT.toString());
  }

  @Test
  void everyImageOfTheReportIsAChartBesideIt(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());

    List<String> sources = ReportImages.sources(out.resolve("publication/report.html"));
    assertThat(sources).isNotEmpty().allSatisfy(src -> {
      assertThat(src).startsWith("charts/").endsWith(".png");
      assertThat(out.resolve("publication").resolve(src)).isRegularFile();
    });
    try (Stream<Path> charts = Files.list(out.resolve("publication/charts"))) {
      assertThat(charts).hasSameSizeAs(sources);
    }
  }

  @Test
  void aSecondRunGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
    Publication.write(first, Fixtures.input(), Fixtures.inspectorSchema());
    Publication.write(second, Fixtures.input(), Fixtures.inspectorSchema());
    // A re-run over an existing output replaces it.
    Publication.write(second, Fixtures.input(), Fixtures.inspectorSchema());

    assertThat(contents(second)).isEqualTo(contents(first));
  }

  @Test
  void aFailedRunLeavesTheLastGoodOutputsInPlace(@TempDir Path out) throws Exception {
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());
    Map<String, String> good = contents(out);
    PublicationInput valid = Fixtures.input();
    PublicationInput badAreaCode = new PublicationInput(valid.partnershipName(), "Northshire", valid.period(),
        valid.generatedAt(), valid.catalogue(), valid.rows(), valid.dataQuality(), valid.disclosureThreshold(),
        valid.benchmarks());

    assertThatThrownBy(() -> Publication.write(out, badAreaCode, Fixtures.inspectorSchema()))
        .hasMessageContaining("Cannot write").hasMessageContaining("area_code");
    assertThat(contents(out)).isEqualTo(good);
  }

  @Test
  void aMetricOutsideTheCatalogueIsAnError(@TempDir Path out) throws Exception {
    PublicationInput valid = Fixtures.input();
    List<MetricRow> rows = new ArrayList<>(valid.rows());
    rows.add(Fixtures.headline("Z9", "2024-25", 10L, 20L, 50.0, "percent"));
    PublicationInput unknown = new PublicationInput(valid.partnershipName(), valid.areaCode(), valid.period(),
        valid.generatedAt(), valid.catalogue(), rows, valid.dataQuality(), valid.disclosureThreshold(),
        valid.benchmarks());

    assertThatThrownBy(() -> Publication.write(out, unknown, Fixtures.inspectorSchema()))
        .hasMessage("Cannot publish metric Z9: it is not in the metric catalogue schemas/metrics.yaml");
  }

  private static Map<String, String> contents(Path folder) throws Exception {
    Map<String, String> contents = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        contents.put(folder.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return contents;
  }
}
