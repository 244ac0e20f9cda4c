package partnership.ingest.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.ingest.InputFileException;
import partnership.ingest.RawRecord;

/** The reading rules, each on a small inline document with the header {@link CinReads#HEADER}. */
class CinCensusReaderTest {

  @TempDir
  Path dir;

  @Test
  void elementOrderInsideABlockMayVary() {
    // Characteristics before identifiers; assessment and referral NFA before the referral date.
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildCharacteristics><Ethnicity>MWBC</Ethnicity></ChildCharacteristics>
          <ChildIdentifiers><Sex>F</Sex><LAchildID>C1</LAchildID></ChildIdentifiers>
          <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            <Assessments>
              <FactorsIdentifiedAtAssessment><AssessmentFactors>4A</AssessmentFactors></FactorsIdentifiedAtAssessment>
              <AssessmentActualStartDate>2024-06-03</AssessmentActualStartDate>
            </Assessments>
            <CINreferralDate>2024-06-01</CINreferralDate>
            <ReferralSource>5A</ReferralSource>
          </CINdetails>
        </Child>
        """);

    assertThat(read.table("cin_children").get(0).values()).containsExactly(
        entry("LAchildID", "C1"), entry("PersonBirthDate", null), entry("GenderCurrent", null),
        entry("Sex", "F"), entry("Ethnicity", "MWBC"), entry("ReferenceDate", "2025-03-31"));
    assertThat(read.table("cin_referrals").get(0).values()).contains(
        entry("LAchildID", "C1"), entry("CINreferralDate", "2024-06-01"), entry("ReferralSource", "5A"),
        entry("ReferralNFA", "false"));
    assertThat(read.table("cin_assessments").get(0).values()).contains(
        entry("LAchildID", "C1"), entry("CINreferralDate", "2024-06-01"),
        entry("AssessmentActualStartDate", "2024-06-03"), entry("AssessmentFactors", "4A"));
    // Records come in the order their start tags appear: child, referral, then its assessment.
    assertThat(read.records()).extracting(RawRecord::table)
        .containsExactly("cin_children", "cin_referrals", "cin_assessments");
  }

  @Test
  void genderCurrentAndSexAreKeptApartAsWritten() {
    // GenderCurrent (to 2025: 0, 1, 2, 9) and Sex (2026: M, F, U) are recoded in staging, not here.
    CinReads read = CinReads.readChildren(dir, """
        <Child><ChildIdentifiers><LAchildID>C1</LAchildID><GenderCurrent>2</GenderCurrent></ChildIdentifiers></Child>
        <Child><ChildIdentifiers><LAchildID>C2</LAchildID><Sex>U</Sex></ChildIdentifiers></Child>
        """);

    assertThat(read.table("cin_children")).extracting(record -> record.value("GenderCurrent"))
        .containsExactly("2", null);
    assertThat(read.table("cin_children")).extracting(record -> record.value("Sex"))
        .containsExactly(null, "U");
  }

  @Test
  void section47DateOfInitialCpcStaysApartFromTheReferralOne() {
    // The Section47 block comes first, so its DateOfInitialCPC is met before the referral's own.
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
          <CINdetails>
            <CINreferralDate>2024-05-01</CINreferralDate>
            <Section47>
              <S47ActualStartDate>2024-05-02</S47ActualStartDate>
              <DateOfInitialCPC>2024-05-10</DateOfInitialCPC>
            </Section47>
            <DateOfInitialCPC>2024-05-20</DateOfInitialCPC>
          </CINdetails>
        </Child>
        """);

    assertThat(read.table("cin_referrals").get(0).value("DateOfInitialCPC")).isEqualTo("2024-05-20");
    assertThat(read.table("cin_section47s").get(0).values()).containsExactly(
        entry("LAchildID", "C1"), entry("CINreferralDate", "2024-05-01"),
        entry("S47ActualStartDate", "2024-05-02"), entry("InitialCPCtarget", null),
        entry("DateOfInitialCPC", "2024-05-10"), entry("ICPCnotRequired", null),
        entry("ReferenceDate", "2025-03-31"));
  }

  @Test
  void valuesAreTrimmedAndEmptyOrBlankElementsAreNull() {
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildIdentifiers><LAchildID>  C1
          </LAchildID><PersonBirthDate/></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>   </Ethnicity></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2024-01-05</CINreferralDate>
            <CINclosureDate></CINclosureDate>
            <Assessments>
              <FactorsIdentifiedAtAssessment>
                <AssessmentFactors> 2A </AssessmentFactors><AssessmentFactors/><AssessmentFactors>3B</AssessmentFactors>
              </FactorsIdentifiedAtAssessment>
            </Assessments>
          </CINdetails>
        </Child>
        """);

    assertThat(read.table("cin_children").get(0).values()).contains(
        entry("LAchildID", "C1"), entry("PersonBirthDate", null), entry("Ethnicity", null));
    assertThat(read.table("cin_referrals").get(0).value("CINclosureDate")).isNull();
    assertThat(read.table("cin_assessments").get(0).value("AssessmentFactors")).isEqualTo("2A,3B");
  }

  @Test
  void valuesAreNotValidatedHere() {
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>31/02/2020</PersonBirthDate></ChildIdentifiers>
          <CINdetails><CINreferralDate>not a date</CINreferralDate><ReferralSource>ZZ</ReferralSource></CINdetails>
        </Child>
        """);

    assertThat(read.table("cin_children").get(0).value("PersonBirthDate")).isEqualTo("31/02/2020");
    assertThat(read.table("cin_referrals").get(0).values())
        .contains(entry("CINreferralDate", "not a date"), entry("ReferralSource", "ZZ"));
  }

  @Test
  void aFieldGivenTwiceKeepsBothValuesSoValidationSeesIt() {
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
          <CINdetails><CINreferralDate>2024-01-01</CINreferralDate><CINreferralDate>2024-02-01</CINreferralDate></CINdetails>
        </Child>
        """);

    assertThat(read.table("cin_referrals").get(0).value("CINreferralDate")).isEqualTo("2024-01-01,2024-02-01");
  }

  @Test
  void upnAndFormerUpnAreNeverEmittedWhereverTheyStand() {
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildIdentifiers><LAchildID>C1</LAchildID><UPN>A123456789012</UPN><FormerUPN>B12345678901C</FormerUPN></ChildIdentifiers>
          <CINdetails><CINreferralDate>2024-01-01</CINreferralDate><UPN>D123456789012</UPN></CINdetails>
        </Child>
        <Child><ChildIdentifiers><LAchildID>C2</LAchildID></ChildIdentifiers></Child>
        """);

    assertThat(read.records()).hasSize(3).allSatisfy(record -> {
      assertThat(record.values()).doesNotContainKeys("UPN", "FormerUPN");
      assertThat(String.valueOf(record.values())).doesNotContain("A123456789012", "B12345678901C", "D123456789012");
    });
    assertThat(read.summary().childrenWithIdentifiers()).isEqualTo(1);
    assertThat(read.summary().droppedIdentifierFields()).containsOnly(entry("UPN", 2L), entry("FormerUPN", 1L));
    assertThat(read.summary().skippedElements()).isEmpty();
  }

  @Test
  void unknownBlocksAreSkippedWholeEvenWhenTheyHoldKnownFieldNames() {
    // A DateOfInitialCPC inside an unknown block must not become the referral's.
    CinReads read = CinReads.readChildren(dir, """
        <Child>
          <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
          <CINdetails>
            <CINreferralDate>2026-04-01</CINreferralDate>
            <PreProceedingsandFGDM><DateOfInitialCPC>2026-09-09</DateOfInitialCPC></PreProceedingsandFGDM>
            <ChildProtectionPlans>
              <CPPstartDate>2026-05-01</CPPstartDate>
              <Reviews><CPPreviewDate>2026-06-01</CPPreviewDate><CPPstartDate>2026-06-02</CPPstartDate></Reviews>
            </ChildProtectionPlans>
            <FutureBlock/>
          </CINdetails>
        </Child>
        """);

    assertThat(read.table("cin_referrals").get(0).value("DateOfInitialCPC")).isNull();
    assertThat(read.table("cin_child_protection_plans").get(0).value("CPPstartDate")).isEqualTo("2026-05-01");
    assertThat(read.summary().skippedElements()).containsOnly(
        entry("PreProceedingsandFGDM", 1L), entry("Reviews", 1L), entry("FutureBlock", 1L));
  }

  @Test
  void aFileWithoutChildrenGivesNoRecordsButItsHeader() {
    CinReads read = CinReads.readChildren(dir, "");

    assertThat(read.records()).isEmpty();
    assertThat(read.summary().recordsPerTable()).containsOnly(
        entry("cin_children", 0L), entry("cin_referrals", 0L), entry("cin_assessments", 0L),
        entry("cin_section47s", 0L), entry("cin_child_protection_plans", 0L));
    assertThat(read.summary().referenceDate()).isEqualTo("2025-03-31");
    assertThat(read.summary().collectionYear()).isEqualTo("2025");
    assertThat(read.summary().lea()).isEqualTo("999");
  }

  @Test
  void aHeaderWithoutReferenceDateIsRefusedAtTheFirstChild() {
    Path file = CinReads.write(dir, """
        <Message>
          <Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year></CollectionDetails></Header>
          <Children>
            <Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>
          </Children>
        </Message>
        """);

    InputFileException error = catchThrowableOfType(() -> CinReads.read(file), InputFileException.class);

    assertThat(error.rule()).isEqualTo("cin_header");
    assertThat(error.file()).isEqualTo("cin_census.xml");
    assertThat(error.location()).isEqualTo("line 4");
  }

  @Test
  void aFileWithNoHeaderAtAllIsRefused() {
    Path file = CinReads.write(dir, "<Message><Children/></Message>");

    InputFileException error = catchThrowableOfType(() -> CinReads.read(file), InputFileException.class);

    assertThat(error.rule()).isEqualTo("cin_header");
    assertThat(error.location()).isEqualTo("end of file");
    assertThat(error).hasMessage("Cannot read cin_census.xml at end of file: no Header/CollectionDetails/"
        + "ReferenceDate before the first Child; every record needs it [rule cin_header]");
  }

  @Test
  void aMissingFileIsUnreadable() {
    Path missing = dir.resolve("absent.xml");

    InputFileException error = catchThrowableOfType(
        () -> new CinCensusReader().read(missing, "csc/absent.xml", record -> { }), InputFileException.class);

    assertThat(error.rule()).isEqualTo("file_unreadable");
    assertThat(error.file()).isEqualTo("csc/absent.xml");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNamingTheLineAndNothingIsPrintedOnStderr() {
    // "caf\u00e9" in ISO-8859-1 (0xE9 then '<') on line 3 of a file that declares no encoding, so UTF-8.
    byte[] xml = ("<Message>\n" + CinReads.HEADER.replace("CIN</Collection>", "caf\u00e9</Collection>")
        + "<Children/></Message>").getBytes(StandardCharsets.ISO_8859_1);
    Path file = CinReads.write(dir, xml);
    PrintStream original = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    InputFileException error;
    try {
      error = catchThrowableOfType(() -> CinReads.read(file), InputFileException.class);
    } finally {
      System.setErr(original);
    }

    assertThat(error).hasMessage("Cannot read cin_census.xml at line 3: the bytes are not valid UTF-8 (save the"
        + " file as UTF-8, or declare its encoding in <?xml ... ?>) [rule not_utf8]");
    // The JDK's parser would have printed "[Fatal Error] :-1:-1: Invalid byte 1 of 1-byte UTF-8 sequence."
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aFileThatDeclaresLatin1IsReadAsLatin1AndAByteOrderMarkBeforeUtf8IsFine() {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Message>\n" + CinReads.HEADER
        + "<Children><Child><ChildIdentifiers><LAchildID>Ren\u00e9e</LAchildID></ChildIdentifiers></Child>"
        + "</Children></Message>").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(CinReads.read(CinReads.write(dir, latin1)).table("cin_children").get(0).value("LAchildID"))
        .isEqualTo("Ren\u00e9e");

    byte[] bom = ("\uFEFF<Message>\n" + CinReads.HEADER
        + "<Children><Child><ChildIdentifiers><LAchildID>Ren\u00e9e</LAchildID></ChildIdentifiers></Child>"
        + "</Children></Message>").getBytes(StandardCharsets.UTF_8);
    assertThat(CinReads.read(CinReads.write(dir, bom)).table("cin_children").get(0).value("LAchildID"))
        .isEqualTo("Ren\u00e9e");
  }

  @Test
  void elementsNestedDeeperThanAHundredAreRefusedAsMalformed() {
    // 101 levels: Message, Children and 99 unknown elements. Unknown elements are otherwise skipped, so without
    // the limit a file of nothing but nested tags would be read to the end, its depth held in memory.
    Path file = CinReads.write(dir, "<Message>\n" + CinReads.HEADER + "<Children>" + "<x>".repeat(99)
        + "</x>".repeat(99) + "</Children></Message>");

    InputFileException error = catchThrowableOfType(() -> CinReads.read(file), InputFileException.class);

    assertThat(error.rule()).isEqualTo("xml_malformed");
    assertThat(error.location()).startsWith("line 6, column ");
    assertThat(error).hasMessageContaining("has a depth of \"101\" that exceeds the limit \"100\"");
  }

  @Test
  void aFieldOfMoreThanSixteenMillionCharactersRefusesTheFileNamingWhereAndTheField() {
    // 16,777,217 characters: one more than the limit. The child stands on line 7 (HEADER is lines 2-5).
    Path file = CinReads.write(dir, "<Message>\n" + CinReads.HEADER + "<Children>\n"
        + "<Child><ChildIdentifiers><LAchildID>" + "x".repeat((1 << 24) + 1) + "</LAchildID></ChildIdentifiers>"
        + "</Child>\n</Children>\n</Message>\n");

    InputFileException error = catchThrowableOfType(() -> CinReads.read(file), InputFileException.class);

    assertThat(error.rule()).isEqualTo("field_too_long");
    assertThat(error.location()).startsWith("line 7, column ");
    assertThat(error).hasMessageContaining("the text of a <LAchildID> element runs on for more than 16,777,216 "
        + "characters: is this a CIN census file?");
  }

  @Test
  void aFieldOfExactlySixteenMillionCharactersIsRead() {
    String id = "x".repeat(1 << 24);
    CinReads read = CinReads.readChildren(dir,
        "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID></ChildIdentifiers></Child>\n");

    assertThat(read.table("cin_children").get(0).value("LAchildID")).hasSize(1 << 24);
  }
}
