package partnership.ingest.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import partnership.ingest.RawRecord;

/**
 * The public synthetic DfE fixtures (see {@code fixtures/README.md}). Expected counts come from grep over the
 * files ({@code grep -c '<Child>'} and so on); expected values and lines were read off the files by eye.
 */
class CinCensusReaderFixturesTest {

  @Test
  void fake332ChildrenGivesOneRecordPerChildAndPerCinDetails() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_fake_332_children.xml"));

    // grep -c: 332 <Child>, 402 <CINdetails>, no <Assessments>, <Section47> or <ChildProtectionPlans>.
    assertThat(read.summary().recordsPerTable()).containsOnly(
        entry("cin_children", 332L), entry("cin_referrals", 402L), entry("cin_assessments", 0L),
        entry("cin_section47s", 0L), entry("cin_child_protection_plans", 0L));
    assertThat(read.summary().children()).isEqualTo(332);
    assertThat(read.records()).hasSize(332 + 402);
    assertThat(read.table("cin_children")).hasSize(332);
    assertThat(read.table("cin_referrals")).hasSize(402);
    assertThat(read.summary().referenceDate()).isEqualTo("2022-07-21");
    assertThat(read.summary().collectionYear()).isEqualTo("2022");
    assertThat(read.summary().lea()).isEqualTo("975");
    assertThat(read.summary().file()).isEqualTo("cin_census_fake_332_children.xml");
  }

  @Test
  void fake332ChildrenCountsTheDroppedUpnsAndTheSkippedElements() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_fake_332_children.xml"));

    // Every child has exactly one <UPN> (332 in all); 74 <Disabilities> blocks and 21 <PersonDeathDate>.
    assertThat(read.summary().childrenWithIdentifiers()).isEqualTo(332);
    assertThat(read.summary().droppedIdentifierFields()).containsOnly(entry("UPN", 332L));
    assertThat(read.summary().skippedElements())
        .containsOnly(entry("Disabilities", 74L), entry("PersonDeathDate", 21L));
    // The first child's UPN is A850728973744.
    assertThat(read.records()).allSatisfy(record -> {
      assertThat(record.values()).doesNotContainKey("UPN");
      assertThat(record.values().values()).doesNotContain("A850728973744");
    });
  }

  @Test
  void fake332ChildrenRecordsCarryTheirValuesLineAndPathInDocumentOrder() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_fake_332_children.xml"));

    RawRecord first = read.records().get(0);
    assertThat(first.table()).isEqualTo("cin_children");
    assertThat(first.line()).isEqualTo(18);
    assertThat(first.location()).isEqualTo("/Message/Children/Child[1]");
    assertThat(first.values()).containsExactly(
        entry("LAchildID", "RND000215205141"), entry("PersonBirthDate", "2019-12-06"),
        entry("GenderCurrent", "1"), entry("Sex", null), entry("Ethnicity", "WIRT"),
        entry("ReferenceDate", "2022-07-21"));

    // Records 2 to 5: child 1's referral, child 2, then child 2's two referrals.
    assertThat(read.records().subList(1, 5)).extracting(RawRecord::location).containsExactly(
        "/Message/Children/Child[1]/CINdetails[1]", "/Message/Children/Child[2]",
        "/Message/Children/Child[2]/CINdetails[1]", "/Message/Children/Child[2]/CINdetails[2]");
    RawRecord secondReferral = read.records().get(4);
    assertThat(secondReferral.table()).isEqualTo("cin_referrals");
    assertThat(secondReferral.line()).isEqualTo(57);
    assertThat(secondReferral.values()).containsExactly(
        entry("LAchildID", "RND000824303014"), entry("CINreferralDate", "2017-10-22"),
        entry("ReferralSource", "3A"), entry("PrimaryNeedCode", "N9"), entry("CINclosureDate", null),
        entry("ReasonForClosure", null), entry("ReferralNFA", "true"), entry("DateOfInitialCPC", "2017-11-05"),
        entry("ReferenceDate", "2022-07-21"));

    RawRecord last = read.records().get(read.records().size() - 1);
    assertThat(last.location()).isEqualTo("/Message/Children/Child[332]/CINdetails[1]");
    assertThat(last.line()).isEqualTo(7214);
    assertThat(last.value("LAchildID")).isEqualTo("RND000589802835");
    assertThat(last.value("CINreferralDate")).isEqualTo("2022-01-10");
  }

  @Test
  void edgeCases2024ReadEveryTableAndSkipTheBlocksNoTableHolds() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_2024_edge_cases.xml"));

    assertThat(read.summary().recordsPerTable()).containsOnly(
        entry("cin_children", 2L), entry("cin_referrals", 2L), entry("cin_assessments", 2L),
        entry("cin_section47s", 1L), entry("cin_child_protection_plans", 1L));
    assertThat(read.summary().referenceDate()).isEqualTo("2024-03-31");
    assertThat(read.summary().collectionYear()).isEqualTo("2023");
    assertThat(read.summary().lea()).isEqualTo("201");
    // Only the first child carries UPN and FormerUPN; both children carry UPNunknown and Disabilities.
    assertThat(read.summary().childrenWithIdentifiers()).isEqualTo(1);
    assertThat(read.summary().droppedIdentifierFields()).containsOnly(entry("UPN", 1L), entry("FormerUPN", 1L));
    assertThat(read.summary().skippedElements()).containsOnly(
        entry("UPNunknown", 2L), entry("Disabilities", 2L), entry("CINPlanDates", 1L), entry("Reviews", 1L));
    assertThat(read.records()).allSatisfy(record -> assertThat(record.values().values())
        .doesNotContain("A123456789123", "X98765432123B", "UN3", "UN1"));
  }

  @Test
  void edgeCases2024IgnoreTheStrayTextAndKeepValuesAsWritten() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_2024_edge_cases.xml"));

    // The word "PersonBirthDate" stands as text between </UPNunknown> and <PersonBirthDate>.
    assertThat(read.table("cin_children").get(0).values()).containsExactly(
        entry("LAchildID", "DfEX0000001"), entry("PersonBirthDate", "2015-03-27"), entry("GenderCurrent", null),
        entry("Sex", "1"), entry("Ethnicity", "WBRI"), entry("ReferenceDate", "2024-03-31"));

    // An impossible start date (2028, after authorisation in 2020) is kept: validation comes later.
    RawRecord assessment = read.table("cin_assessments").get(0);
    assertThat(assessment.line()).isEqualTo(41);
    assertThat(assessment.location()).isEqualTo("/Message/Children/Child[1]/CINdetails[1]/Assessments[1]");
    assertThat(assessment.values()).containsExactly(
        entry("LAchildID", "DfEX0000001"), entry("CINreferralDate", "2022-10-06"),
        entry("AssessmentActualStartDate", "2028-04-28"), entry("AssessmentInternalReviewDate", null),
        entry("AssessmentAuthorisationDate", "2020-09-19"), entry("AssessmentFactors", "1C,RB,6B"),
        entry("ReferenceDate", "2024-03-31"));

    // <FactorsIdentifiedAtAssessment/> is empty: no factors.
    RawRecord secondAssessment = read.table("cin_assessments").get(1);
    assertThat(secondAssessment.location()).isEqualTo("/Message/Children/Child[2]/CINdetails[1]/Assessments[1]");
    assertThat(secondAssessment.line()).isEqualTo(92);
    assertThat(secondAssessment.value("LAchildID")).isEqualTo("child_fails_assessments");
    assertThat(secondAssessment.value("AssessmentFactors")).isNull();
  }

  @Test
  void edgeCases2024KeepTheReferralAndSection47DatesOfInitialCpcApart() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_2024_edge_cases.xml"));

    assertThat(read.table("cin_referrals").get(0).value("DateOfInitialCPC")).isEqualTo("2022-12-06");
    RawRecord section47 = read.table("cin_section47s").get(0);
    assertThat(section47.location()).isEqualTo("/Message/Children/Child[1]/CINdetails[1]/Section47[1]");
    assertThat(section47.line()).isEqualTo(54);
    assertThat(section47.values()).containsExactly(
        entry("LAchildID", "DfEX0000001"), entry("CINreferralDate", "2022-10-06"),
        entry("S47ActualStartDate", "2022-06-02"), entry("InitialCPCtarget", "2022-06-23"),
        entry("DateOfInitialCPC", "2022-06-17"), entry("ICPCnotRequired", "false"),
        entry("ReferenceDate", "2024-03-31"));
    assertThat(read.table("cin_referrals").get(1).values()).contains(
        entry("ReferralNFA", "false"), entry("DateOfInitialCPC", null), entry("ReasonForClosure", "RC9"));
  }

  @Test
  void schema2026SkipsPreProceedingsAndReadsSexAndPlans() {
    CinReads read = CinReads.read(CinReads.fixture("cin_census_2026_schema.xml"));

    assertThat(read.summary().recordsPerTable()).containsOnly(
        entry("cin_children", 2L), entry("cin_referrals", 2L), entry("cin_assessments", 2L),
        entry("cin_section47s", 1L), entry("cin_child_protection_plans", 1L));
    assertThat(read.summary().skippedElements()).containsOnly(
        entry("UPNunknown", 2L), entry("Disabilities", 2L), entry("CINPlanDates", 1L), entry("Reviews", 1L),
        entry("PreProceedingsandFGDM", 1L));

    RawRecord plan = read.table("cin_child_protection_plans").get(0);
    assertThat(plan.location())
        .isEqualTo("/Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]");
    assertThat(plan.line()).isEqualTo(61);
    assertThat(plan.values()).containsExactly(
        entry("LAchildID", "DfEX0000001"), entry("CINreferralDate", "2022-10-06"),
        entry("CPPstartDate", "2022-02-17"), entry("CPPendDate", "2023-03-14"),
        entry("InitialCategoryOfAbuse", "PHY"), entry("LatestCategoryOfAbuse", "PHY"),
        entry("NumberOfPreviousCPP", "10"), entry("ReferenceDate", "2024-03-31"));

    RawRecord secondChild = read.table("cin_children").get(1);
    assertThat(secondChild.location()).isEqualTo("/Message/Children/Child[2]");
    assertThat(secondChild.line()).isEqualTo(85);
    assertThat(secondChild.values()).contains(
        entry("LAchildID", "child_fails_assessments"), entry("Sex", "M"), entry("GenderCurrent", null));
    assertThat(read.table("cin_assessments").get(1).line()).isEqualTo(104);
  }
}
