package partnership.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.generate.GeneratedFiles.CinEpisodeRecord;

/**
 * The default run (Solihull's 47,000 children, 2022-23 to 2024-25) lands near England's rates of
 * statutory-facts.md §7 in the last year, 2024-25, computed from the files as the metrics would.
 * Working days use the generator's calendar (the bank holidays of §4).
 */
class GeneratedRatesTest {

  private static final LocalDate YEAR_START = LocalDate.of(2024, 4, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

  @TempDir static Path out;
  private static GeneratedFiles files;
  private static Collection<CinEpisodeRecord> episodes;
  private static List<CinEpisodeRecord> referralsInYear;
  private static long population;

  @BeforeAll
  static void generateTheDefaultRun() throws IOException {
    GeneratorOptions options = new GeneratorOptions(out, 42, 47_000, 3, YEAR_END, "E08000029", "334",
        "Solihull Safeguarding Children Partnership", 0.002);
    new PartnershipGenerator(options).generate(line -> { });
    files = new GeneratedFiles(out);
    episodes = files.cinEpisodes().values();
    referralsInYear = episodes.stream().filter(e -> inYear(GeneratedFiles.date(e.referralDate()))).toList();
    population = files.csv("reference/population.csv").stream()
        .filter(row -> row.get("year").equals("2024"))
        .mapToLong(row -> Long.parseLong(row.get("population")))
        .sum();
  }

  @Test
  void thePopulationIsAboutTheChildrenAskedFor() {
    assertThat(population).isBetween(44_650L, 49_350L);
  }

  @Test
  void referralsAreAboutEnglandsRate() {
    // England: 527 per 10,000.
    assertThat(perTenThousand(referralsInYear.size())).isBetween(450.0, 600.0);
  }

  @Test
  void aboutAFifthOfReferralsAreReReferrals() {
    Map<String, List<LocalDate>> byChild = new HashMap<>();
    episodes.forEach(e -> byChild.computeIfAbsent(e.childId(), id -> new ArrayList<>())
        .add(GeneratedFiles.date(e.referralDate())));
    long reReferrals = referralsInYear.stream().filter(e -> {
      LocalDate date = GeneratedFiles.date(e.referralDate());
      return byChild.get(e.childId()).stream()
          .anyMatch(other -> other != null && other.isBefore(date) && !other.isBefore(date.minusMonths(12)));
    }).count();
    // England: 22.6%.
    assertThat(percent(reReferrals, referralsInYear.size())).isBetween(15.0, 30.0);
  }

  @Test
  void assessmentsTakeAboutThirtyThreeWorkingDaysAndMostAreWithinFortyFive() {
    List<Integer> days = new ArrayList<>();
    for (CinEpisodeRecord episode : episodes) {
      for (Map<String, String> assessment : episode.blocks("Assessments")) {
        LocalDate start = GeneratedFiles.date(assessment.get("AssessmentActualStartDate"));
        LocalDate authorised = GeneratedFiles.date(assessment.get("AssessmentAuthorisationDate"));
        if (start != null && inYear(authorised) && !authorised.isBefore(start)) {
          days.add(workingDays(start, authorised));
        }
      }
    }
    days.sort(Integer::compare);
    // England: 648,830 assessments for 632,830 referrals, median 33 working days, 85.7% within 45.
    assertThat((double) days.size() / referralsInYear.size()).isBetween(0.85, 1.15);
    assertThat(days.get(days.size() / 2)).isBetween(28, 38);
    assertThat(percent(days.stream().filter(d -> d <= 45).count(), days.size())).isBetween(80.0, 92.0);
  }

  @Test
  void enquiriesConferencesAndPlansFollowEnglandsProportions() {
    long enquiries = 0;
    List<Integer> icpcDays = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    long onPlanAtYearEnd = 0;
    for (CinEpisodeRecord episode : episodes) {
      for (Map<String, String> enquiry : episode.blocks("Section47")) {
        LocalDate start = GeneratedFiles.date(enquiry.get("S47ActualStartDate"));
        LocalDate icpc = GeneratedFiles.date(enquiry.get("DateOfInitialCPC"));
        enquiries += inYear(start) ? 1 : 0;
        if (inYear(icpc) && !icpc.isBefore(start)) {
          icpcDays.add(workingDays(start, icpc));
        }
      }
      for (Map<String, String> plan : episode.blocks("ChildProtectionPlans")) {
        LocalDate start = GeneratedFiles.date(plan.get("CPPstartDate"));
        LocalDate end = GeneratedFiles.date(plan.get("CPPendDate"));
        if (inYear(start)) {
          categories.add(plan.get("InitialCategoryOfAbuse"));
        }
        onPlanAtYearEnd += start != null && (end == null || end.isAfter(YEAR_END)) ? 1 : 0;
      }
    }
    int referrals = referralsInYear.size();
    // England per 100 referrals: 36.4 section 47 enquiries, 11.4 ICPCs (81.4% within 15 working days),
    // 9.8 plans starting, about half neglect and a third emotional abuse; 41 per 10,000 on a plan.
    assertThat(percent(enquiries, referrals)).isBetween(30.0, 45.0);
    assertThat(percent(icpcDays.size(), referrals)).isBetween(8.0, 15.0);
    assertThat(percent(icpcDays.stream().filter(d -> d <= 15).count(), icpcDays.size())).isBetween(72.0, 90.0);
    assertThat(percent(categories.size(), referrals)).isBetween(7.0, 14.0);
    assertThat(percent(categories.stream().filter("NEG"::equals).count(), categories.size())).isBetween(38.0, 60.0);
    assertThat(percent(categories.stream().filter("EMO"::equals).count(), categories.size())).isBetween(25.0, 42.0);
    assertThat(perTenThousand(onPlanAtYearEnd)).isBetween(30.0, 55.0);
  }

  @Test
  void aboutSeventyInTenThousandChildrenAreLookedAfter() {
    Set<String> lookedAfterAtYearEnd = files.csv("csc/ssda903_episodes.csv").stream()
        .filter(row -> {
          LocalDate start = GeneratedFiles.date(row.get("DECOM"));
          LocalDate end = GeneratedFiles.date(row.get("DEC"));
          return start != null && !start.isAfter(YEAR_END) && (end == null || end.isAfter(YEAR_END));
        })
        .map(row -> row.get("CHILD"))
        .collect(Collectors.toSet());
    assertThat(perTenThousand(lookedAfterAtYearEnd.size())).isBetween(50.0, 95.0);
  }

  @Test
  void contactsRunAtAboutFourTimesReferralsAndMostAreDecidedWithinAWorkingDay() {
    List<Map<String, String>> contacts = files.csv("csc/contacts.csv").stream()
        .filter(row -> inYear(GeneratedFiles.date(row.get("received_at"))))
        .toList();
    List<Map<String, String>> decided = contacts.stream()
        .filter(row -> GeneratedFiles.date(row.get("decision_at")) != null)
        .toList();
    long withinOneDay = decided.stream()
        .filter(row -> workingDays(GeneratedFiles.date(row.get("received_at")), GeneratedFiles.date(row.get("decision_at"))) <= 1)
        .count();
    assertThat((double) contacts.size() / referralsInYear.size()).isBetween(3.0, 6.0);
    assertThat(percent(withinOneDay, decided.size())).isBetween(80.0, 95.0);
  }

  @Test
  void mostPoliceReferralsLandAtTheFrontDoorButSomeNeverDo() {
    Map<String, List<LocalDate>> frontDoor = new HashMap<>();
    files.csv("csc/contacts.csv").forEach(row -> frontDoor.computeIfAbsent(row.get("child_id"), id -> new ArrayList<>())
        .add(GeneratedFiles.date(row.get("received_at"))));
    List<Map<String, String>> referrals = files.csv("police/referrals.csv").stream()
        .filter(row -> inYear(GeneratedFiles.date(row.get("created_at"))))
        .toList();
    long landed = referrals.stream().filter(row -> {
      LocalDate created = GeneratedFiles.date(row.get("created_at"));
      return frontDoor.getOrDefault(row.get("child_id"), List.of()).stream()
          .anyMatch(d -> d != null && !d.isBefore(created) && !d.isAfter(created.plusDays(7)));
    }).count();
    assertThat(percent(landed, referrals.size())).isBetween(70.0, 95.0);
  }

  @Test
  void missingEpisodesAndTheirReturnInterviewsLookReal() {
    List<Map<String, String>> episodes = files.csv("police/missing_episodes.csv").stream()
        .filter(row -> inYear(GeneratedFiles.date(row.get("reported_at"))))
        .toList();
    Map<String, Long> perChild = episodes.stream()
        .collect(Collectors.groupingBy(row -> row.get("child_id"), Collectors.counting()));
    Map<String, Long> grades = episodes.stream()
        .collect(Collectors.groupingBy(row -> row.get("risk_grade"), Collectors.counting()));
    assertThat(perChild.values().stream().filter(n -> n >= 3).count()).isPositive();
    assertThat(percent(perChild.values().stream().filter(n -> n >= 3).count(), perChild.size())).isLessThan(50.0);
    assertThat(percent(grades.getOrDefault("low", 0L) + grades.getOrDefault("medium", 0L), episodes.size()))
        .isGreaterThan(60.0);
    assertThat(percent(grades.getOrDefault("high", 0L), episodes.size())).isBetween(1.0, 15.0);

    List<Map<String, String>> interviews = files.csv("csc/return_interviews.csv").stream()
        .filter(row -> inYear(GeneratedFiles.date(row.get("returned_at"))))
        .toList();
    long withinThreeDays = interviews.stream().filter(row -> {
      LocalDateTime returned = GeneratedFiles.dateTime(row.get("returned_at"));
      LocalDateTime completed = GeneratedFiles.dateTime(row.get("completed_at"));
      return returned != null && completed != null && Duration.between(returned, completed).toHours() < 72;
    }).count();
    // England: about 63% within 72 hours.
    assertThat(percent(withinThreeDays, interviews.size())).isBetween(50.0, 70.0);
  }

  @Test
  void aboutHalfOfInitialHealthAssessmentsAreOnTime() {
    List<Map<String, String>> assessments = files.csv("health/initial_health_assessments.csv").stream()
        .filter(row -> inYear(GeneratedFiles.date(row.get("looked_after_start_date"))))
        .toList();
    long onTime = assessments.stream().filter(row -> {
      LocalDate start = GeneratedFiles.date(row.get("looked_after_start_date"));
      LocalDate completed = GeneratedFiles.date(row.get("completed_date"));
      return completed != null && !completed.isBefore(start) && workingDays(start, completed) <= 20;
    }).count();
    assertThat(percent(onTime, assessments.size())).isBetween(35.0, 65.0);
  }

  @Test
  void theCrossAgencyStoriesTheMetricsLookForAreThere() {
    Set<String> neglectPlanChildren = episodes.stream()
        .filter(e -> e.blocks("ChildProtectionPlans").stream().anyMatch(plan ->
            "NEG".equals(plan.get("InitialCategoryOfAbuse")) && overlapsYear(plan.get("CPPstartDate"), plan.get("CPPendDate"))))
        .map(CinEpisodeRecord::childId)
        .collect(Collectors.toSet());
    Set<String> missing = idsInYear("police/missing_episodes.csv", "reported_at");
    // N6: neglect-plan children whom the police reported missing, or the police or health referred.
    assertThat(intersection(neglectPlanChildren, missing)).isNotEmpty();
    assertThat(intersection(neglectPlanChildren, idsInYear("police/referrals.csv", "created_at"))).isNotEmpty();
    assertThat(intersection(neglectPlanChildren, idsInYear("health/referrals.csv", "created_at"))).isNotEmpty();

    // M6: children missing whom children's services never knew.
    Set<String> known = new HashSet<>(files.cinChildIds());
    files.csv("csc/contacts.csv").forEach(row -> known.add(row.get("child_id")));
    assertThat(missing.stream().filter(id -> !known.contains(id)).count()).isPositive();

    // M7: 903 M periods with and without a police report within a day.
    Map<String, List<LocalDate>> reports = new HashMap<>();
    files.csv("police/missing_episodes.csv").forEach(row -> reports.computeIfAbsent(row.get("child_id"), id -> new ArrayList<>())
        .add(GeneratedFiles.date(row.get("reported_at"))));
    Map<Boolean, Long> matched = files.csv("csc/ssda903_missing.csv").stream()
        .filter(row -> row.get("MISSING").equals("M") && inYear(GeneratedFiles.date(row.get("MIS_START"))))
        .collect(Collectors.partitioningBy(row -> {
          LocalDate start = GeneratedFiles.date(row.get("MIS_START"));
          return reports.getOrDefault(row.get("CHILD"), List.of()).stream()
              .anyMatch(d -> d != null && Math.abs(d.toEpochDay() - start.toEpochDay()) <= 1);
        }, Collectors.counting()));
    assertThat(matched.get(true)).isPositive();
    assertThat(matched.get(false)).isPositive();

    // E5: households in bed and breakfast beyond the 6-week limit; siblings share a household.
    List<Map<String, String>> stays = files.csv("housing/temporary_accommodation.csv");
    assertThat(stays.stream().filter(row -> row.get("accommodation_type").equals("bed_and_breakfast")).filter(row -> {
      LocalDate placed = GeneratedFiles.date(row.get("placed_date"));
      LocalDate left = GeneratedFiles.date(row.get("left_date"));
      return placed != null && (left == null ? YEAR_END : left).toEpochDay() - placed.toEpochDay() > 42;
    }).count()).isPositive();
    assertThat(stays.stream()
        .collect(Collectors.groupingBy(row -> row.get("household_id"), Collectors.mapping(row -> row.get("child_id"), Collectors.toSet())))
        .values().stream().filter(children -> children.size() > 1).count()).isPositive();
    assertThat(idsInYear("education/children_missing_education.csv", "cme_start_date")).isNotEmpty();
  }

  private static Set<String> idsInYear(String file, String dateColumn) {
    return files.csv(file).stream()
        .filter(row -> inYear(GeneratedFiles.date(row.get(dateColumn))))
        .map(row -> row.get("child_id"))
        .collect(Collectors.toSet());
  }

  private static boolean overlapsYear(String start, String end) {
    LocalDate from = GeneratedFiles.date(start);
    LocalDate to = GeneratedFiles.date(end);
    return from != null && !from.isAfter(YEAR_END) && (to == null || !to.isBefore(YEAR_START));
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).collect(Collectors.toSet());
  }

  private static boolean inYear(LocalDate date) {
    return date != null && !date.isBefore(YEAR_START) && !date.isAfter(YEAR_END);
  }

  /** metrics.md's wd(a, b): working days d with a < d <= b. */
  private static int workingDays(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      days += WorkingDays.isWorkingDay(d) ? 1 : 0;
    }
    return days;
  }

  private static double perTenThousand(long count) {
    return 10_000.0 * count / population;
  }

  private static double percent(long part, long whole) {
    return 100.0 * part / whole;
  }
}
