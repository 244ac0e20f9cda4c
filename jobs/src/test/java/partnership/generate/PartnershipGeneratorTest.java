package partnership.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipGeneratorTest {

  private static final Pattern PSEUDONYM = Pattern.compile("[a-z2-7]{52}");
  private static final Pattern NHS_TEST_NUMBER = Pattern.compile("999\\d{7}");

  private static GenerationSummary generate(Path out, long seed, int children, double faultRate) throws IOException {
    GeneratorOptions options = new GeneratorOptions(out, seed, children, 3, LocalDate.of(2025, 3, 31), "E08000029",
        "334", "Solihull Safeguarding Children Partnership", faultRate);
    return new PartnershipGenerator(options).generate(line -> { });
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
    }
  }

  @Test
  void theSameSeedWritesTheSameBytes(@TempDir Path first, @TempDir Path second, @TempDir Path other)
      throws IOException {
    generate(first, 42, 3000, 0.002);
    generate(second, 42, 3000, 0.002);
    generate(other, 43, 3000, 0.002);

    assertThat(relativeFiles(second)).isEqualTo(relativeFiles(first));
    for (String file : relativeFiles(first)) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as("bytes of %s from two runs with seed 42", file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    assertThat(Files.readAllBytes(other.resolve("csc/contacts.csv")))
        .as("another seed gives other contacts")
        .isNotEqualTo(Files.readAllBytes(first.resolve("csc/contacts.csv")));
  }

  @Test
  void everyFileIsWrittenWithTheHeaderOfExtractsMd(@TempDir Path out) throws IOException {
    GenerationSummary summary = generate(out, 42, 2000, 0.002);
    GeneratedFiles files = new GeneratedFiles(out);

    Map<String, String> headers = Map.ofEntries(
        Map.entry("csc/contacts.csv", "contact_id,child_id,received_at,source,decision_at,decision"),
        Map.entry("csc/return_interviews.csv",
            "child_id,missing_start_date,returned_at,offered_at,completed_at,accepted"),
        Map.entry("csc/ssda903_header.csv", "CHILD,SEX,DOB,ETHNIC,MOTHER,MC_DOB"),
        Map.entry("csc/ssda903_episodes.csv",
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"),
        Map.entry("csc/ssda903_missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END"),
        Map.entry("police/missing_episodes.csv",
            "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care,birth_month"),
        Map.entry("police/referrals.csv", "referral_id,child_id,created_at,shared_at,concern,birth_month"),
        Map.entry("health/referrals.csv",
            "referral_id,child_id,created_at,shared_at,setting,concern,birth_month"),
        Map.entry("health/initial_health_assessments.csv",
            "child_id,looked_after_start_date,requested_date,completed_date"),
        Map.entry("education/children_missing_education.csv",
            "child_id,cme_start_date,cme_end_date,reason,birth_month"),
        Map.entry("housing/temporary_accommodation.csv",
            "child_id,household_id,placed_date,left_date,accommodation_type,out_of_area,birth_month"),
        Map.entry("reference/population.csv", "area_code,year,age_band,population"));
    headers.forEach((file, header) -> assertThat(files.lines(file).get(0)).as("header of %s", file).isEqualTo(header));

    assertThat(relativeFiles(out)).containsExactlyInAnyOrderElementsOf(Stream.concat(
            headers.keySet().stream(),
            Stream.of("partnership.json", "csc/cin_census_2023.xml", "csc/cin_census_2024.xml", "csc/cin_census_2025.xml"))
        .toList());
    assertThat(Files.readString(out.resolve("partnership.json")))
        .isEqualTo("{\"name\": \"Solihull Safeguarding Children Partnership\", \"area_code\": \"E08000029\"}\n");
    assertThat(summary.files()).extracting(FileSummary::name).containsAll(headers.keySet());
    // Every partner file has rows at this size (2,000 children: dozens of looked-after children at least).
    headers.keySet().forEach(file -> assertThat(files.lines(file)).as("rows of %s", file).hasSizeGreaterThan(1));
  }

  @Test
  void theCensusFilesCarryTheirYearsReferenceDateAndSexCoding(@TempDir Path out) throws IOException {
    generate(out, 42, 2000, 0);

    String census2024 = Files.readString(out.resolve("csc/cin_census_2024.xml"));
    String census2025 = Files.readString(out.resolve("csc/cin_census_2025.xml"));
    assertThat(census2024).contains("<ReferenceDate>2024-03-31</ReferenceDate>", "<GenderCurrent>", "<LEA>334</LEA>")
        .doesNotContain("<Sex>");
    // The 2025 census replaced GenderCurrent with Sex (statutory-facts.md §1).
    assertThat(census2025).contains("<ReferenceDate>2025-03-31</ReferenceDate>", "<Sex>")
        .doesNotContain("<GenderCurrent>");
    assertThat(Pattern.compile("<PersonBirthDate>\\d{4}-\\d{2}-(\\d{2})</PersonBirthDate>").matcher(census2025)
            .results().map(m -> m.group(1)).collect(Collectors.toSet()))
        .as("birth dates are kept at month precision")
        .containsExactly("01");
  }

  @Test
  void anEpisodeOpenAcrossThirtyFirstMarchIsInBothYearsFiles(@TempDir Path out) throws IOException {
    generate(out, 42, 2000, 0);
    GeneratedFiles files = new GeneratedFiles(out);

    String census2024 = Files.readString(out.resolve("csc/cin_census_2024.xml"));
    String census2025 = Files.readString(out.resolve("csc/cin_census_2025.xml"));
    long openAcross = files.cinEpisodes().values().stream()
        .filter(e -> e.value("CINclosureDate") == null || e.value("CINclosureDate").compareTo("2024-03-31") > 0)
        .filter(e -> e.referralDate().compareTo("2024-03-31") <= 0)
        .filter(e -> e.referralDate().compareTo("2023-04-01") >= 0)
        .peek(e -> assertThat(census2024).contains(e.childId()))
        .peek(e -> assertThat(census2025).contains(e.childId()))
        .count();
    assertThat(openAcross).isGreaterThan(10);
  }

  @Test
  void childIdsArePseudonymsAndNoFileHoldsAnNhsNumber(@TempDir Path out) throws IOException {
    generate(out, 42, 5000, 0.002);
    GeneratedFiles files = new GeneratedFiles(out);

    for (String file : relativeFiles(out)) {
      assertThat(NHS_TEST_NUMBER.matcher(Files.readString(out.resolve(file))).find())
          .as("%s holds no ten-digit NHS test number", file)
          .isFalse();
      if (file.endsWith(".csv") && !file.startsWith("reference/")) {
        String column = file.contains("ssda903") ? "CHILD" : "child_id";
        for (Map<String, String> row : files.csv(file)) {
          String id = row.get(column);
          // A blank id is one of the deliberate faults (a blank required field).
          assertThat(id.isEmpty() || PSEUDONYM.matcher(id).matches()).as("%s child id %s", file, id).isTrue();
        }
      }
    }
    assertThat(files.cinChildIds()).allMatch(id -> PSEUDONYM.matcher(id).matches());
  }

  @Test
  void aChildHasTheSameIdInEveryPartnersFiles(@TempDir Path out) throws IOException {
    generate(out, 42, 5000, 0);
    GeneratedFiles files = new GeneratedFiles(out);
    Set<String> cin = new HashSet<>(files.cinChildIds());

    // Every looked-after child is a child in need, so each 903 child is in a CIN census file.
    Set<String> lookedAfter = ids(files, "csc/ssda903_header.csv", "CHILD");
    assertThat(lookedAfter).isNotEmpty();
    assertThat(cin).containsAll(lookedAfter);
    // Police missing reports from care name children the council looks after.
    Set<String> missingFromCare = files.csv("police/missing_episodes.csv").stream()
        .filter(row -> row.get("from_care").equals("Y")).map(row -> row.get("child_id"))
        .collect(Collectors.toSet());
    assertThat(missingFromCare).isNotEmpty();
    assertThat(lookedAfter).containsAll(missingFromCare);
    // The police's and health's referrals that became CIN referrals share the child's id.
    assertThat(intersection(ids(files, "police/referrals.csv", "child_id"), cin)).isNotEmpty();
    assertThat(intersection(ids(files, "health/referrals.csv", "child_id"), cin)).isNotEmpty();
    assertThat(intersection(ids(files, "health/initial_health_assessments.csv", "child_id"), lookedAfter))
        .isEqualTo(ids(files, "health/initial_health_assessments.csv", "child_id"));
  }

  @Test
  void faultyRowsExistButAreRare(@TempDir Path faulty, @TempDir Path clean) throws IOException {
    generate(faulty, 42, 5000, 0.002);
    generate(clean, 42, 5000, 0);

    long rows = 0;
    long faults = 0;
    long cleanFaults = 0;
    for (String file : relativeFiles(faulty)) {
      if (file.endsWith(".csv") && !file.startsWith("reference/")) {
        List<String> lines = new GeneratedFiles(faulty).lines(file);
        rows += lines.size() - 1;
        faults += lines.stream().skip(1).filter(PartnershipGeneratorTest::looksFaulty).count();
        cleanFaults += new GeneratedFiles(clean).lines(file).stream().skip(1)
            .filter(PartnershipGeneratorTest::looksFaulty).count();
      }
    }
    // About 0.2% of rows are spoilt, a fifth of them each way; these signatures find three of the five ways.
    assertThat(faults).isGreaterThan(0).isLessThan(rows / 100);
    assertThat(cleanFaults).isZero();
  }

  @Test
  void theCensusGetsFaultyEpisodesToo(@TempDir Path out) throws IOException {
    // A high rate, so that a small census surely holds each detectable kind.
    generate(out, 42, 2000, 0.1);

    String census = Files.readString(out.resolve("csc/cin_census_2025.xml"));
    assertThat(census).contains(
        "<ReferralSource>11</ReferralSource>", "<ReferralSource></ReferralSource>", "-02-30</CINreferralDate>");
  }

  /** An impossible date, an unknown code of a generated file, or a blank first column (the child). */
  private static boolean looksFaulty(String line) {
    return line.contains("-02-30") || line.contains("30/02/") || line.startsWith(",")
        || Stream.of(",escalated", ",maybe", ",X9,", ",X,", ",severe,", ",radicalisation,", ",pharmacy,",
            ",excluded,", ",caravan,").anyMatch(line::contains);
  }

  private static Set<String> ids(GeneratedFiles files, String file, String column) {
    return files.csv(file).stream().map(row -> row.get(column)).collect(Collectors.toSet());
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).collect(Collectors.toSet());
  }
}
