package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnership pseudonymise} end to end, on files in the partners' formats. Expected child_ids are
 * the known answers of partnership.identity.PseudonymTest, computed with openssl for the key below:
 *
 * <pre>
 * printf 'nhs:9990000018' | openssl dgst -sha256 -hmac 'partnership-test-key-0123456789abcdef' -binary \
 *   | base32 | tr -d = | tr A-Z a-z
 * </pre>
 */
class PseudonymiseCommandTest {

  static final String KEY = "partnership-test-key-0123456789abcdef";
  static final String ID_0018 = "u5n3vixt4dkr5p4d2fgzwfkdlvoofrqvnhtxtlqnnxiljjclvfua"; // 9990000018
  static final String ID_0026 = "pwa62mc5jblezo6qtygpahommrl5qqk5xkd6yuozkkarrkbzfgpa"; // 9990000026
  static final String ID_2227 = "dcf46iunl7myhhsudsviytifakeuapyxe3zjpnuc4pwg46a2rzta"; // 9991112227

  @TempDir
  Path dir;

  private Path key;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void setUp() throws IOException {
    key = dir.resolve("partnership.key");
    Files.writeString(key, KEY);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void tearDown() {
    System.setErr(originalErr);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private int pseudonymise(Path in, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("pseudonymise", "--key-file", key.toString(),
        "--in", in.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(String[]::new));
  }

  static final String POLICE_CSV = """
      occurrence_id,nhs_number,first_name,surname,address_line_1,postcode,dob,reported_at,risk_grade
      OCC1,999 000 0018,Alex,Example,1 Test Street,B91 3QB,2012-05-17,2024-06-01T10:00,medium
      OCC2,999-000-0026,Sam,Sample,"2 Test Road, Flat 3",b913qb,2013-11-30,2024-06-02T11:00,low
      OCC3,9990000019,Jo,Bad,3 Test Lane,B91 3QB,2010-01-01,2024-06-03T12:00,high
      OCC4,,Kim,Blank,4 Test Way,B91 3QB,2010-01-01,2024-06-04T12:00,high
      OCC5,99900000,Lee,Short,5 Test Way,B91 3QB,2010-01-01,2024-06-05T12:00,high
      OCC6,9990000050,Max,Date,6 Test Way,B91 3QB,17 May 2012,2024-06-06T12:00,high
      OCC7,9997654323,too,few
      """;

  @Test
  void aPartnerCsvGetsChildIdsAndLosesItsDirectIdentifiers() throws IOException {
    Path out = dir.resolve("missing_episodes.csv");
    assertThat(pseudonymise(write("raw.csv", POLICE_CSV), out)).isEqualTo(ExitCodes.OK);

    // Names, the address and the NHS number go; the postcode keeps its sector, the date of birth its
    // month; child_id takes the NHS number's place.
    assertThat(Files.readString(out)).isEqualTo("""
        occurrence_id,child_id,postcode,birth_month,reported_at,risk_grade
        OCC1,%s,B91 3,2012-05,2024-06-01T10:00,medium
        OCC2,%s,B91 3,2013-11,2024-06-02T11:00,low
        """.formatted(ID_0018, ID_0026));
  }

  @Test
  void rowsThatCannotBePseudonymisedAreListedWithLineAndReasonAndAMaskedNumber() throws IOException {
    Path out = dir.resolve("missing_episodes.csv");
    pseudonymise(write("raw.csv", POLICE_CSV), out);

    assertThat(Files.readString(dir.resolve("missing_episodes.csv.rejects.csv"))).isEqualTo("""
        file,line,reason,masked_identifier
        raw.csv,4,nhs_number: NHS number fails the modulus 11 check,*******019
        raw.csv,5,nhs_number: NHS number is missing,
        raw.csv,6,nhs_number: NHS number is not ten digits,*****000
        raw.csv,7,dob: not a date in yyyy-mm-dd or dd/mm/yyyy,*******050
        raw.csv,8,the row has 4 fields where the header has 9,*******323
        """);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("read as partner CSV: 2 rows written to " + out + ", 5 rejected")
        .contains("direct identifiers removed: first_name, surname, address_line_1");
  }

  @Test
  void theRejectsFileCanBeNamed() throws IOException {
    Path rejects = dir.resolve("elsewhere.csv");
    pseudonymise(write("raw.csv", POLICE_CSV), dir.resolve("out.csv"), "--rejects", rejects.toString());
    assertThat(Files.readAllLines(rejects)).hasSize(6);
    assertThat(dir.resolve("out.csv.rejects.csv")).doesNotExist();
  }

  static final String CIN_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Message>
        <Header>
          <CollectionDetails>
            <Collection>CIN</Collection>
            <ReferenceDate>2024-03-31</ReferenceDate>
          </CollectionDetails>
        </Header>
        <!-- exported for a named worker -->
        <Children>
          <Child>
            <ChildIdentifiers>
              <LAchildID>999 000 0018</LAchildID>
              <UPN>A123456789012</UPN>
              <FormerUPN>B12345678901C</FormerUPN>
              <UPNunknown>UN3</UPNunknown>
              <PersonBirthDate>2015-03-27</PersonBirthDate>
              <Sex>M</Sex>
            </ChildIdentifiers>
            <CINdetails>
              <CINreferralDate>2023-10-06</CINreferralDate>
              <ReferralSource>6</ReferralSource>
            </CINdetails>
          </Child>
          <Child>
            <ChildIdentifiers>
              <LAchildID>9990000019</LAchildID>
              <UPN>A123456789013</UPN>
              <PersonBirthDate>2016-01-02</PersonBirthDate>
            </ChildIdentifiers>
          </Child>
          <Child>
            <ChildIdentifiers>
              <LAchildID>9990000026</LAchildID>
              <PersonBirthDate>2017-12-31</PersonBirthDate>
            </ChildIdentifiers>
          </Child>
          <Child>
            <ChildIdentifiers>
              <PersonBirthDate>2017-12-31</PersonBirthDate>
            </ChildIdentifiers>
          </Child>
        </Children>
      </Message>
      """;

  @Test
  void aCinCensusFileKeepsItsShapeWithPseudonymsAndWithoutUpns() throws IOException {
    Path out = dir.resolve("cin_census_2024.xml");
    assertThat(pseudonymise(write("raw.xml", CIN_XML), out)).isEqualTo(ExitCodes.OK);

    // The comment goes (free text); UPN and FormerUPN go, UPNunknown (a reason code) stays; the birth
    // date is cut to the first of its month; the rejected children leave no trace.
    assertThat(Files.readString(out)).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <ReferenceDate>2024-03-31</ReferenceDate>
            </CollectionDetails>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>%s</LAchildID>
                <UPNunknown>UN3</UPNunknown>
                <PersonBirthDate>2015-03-01</PersonBirthDate>
                <Sex>M</Sex>
              </ChildIdentifiers>
              <CINdetails>
                <CINreferralDate>2023-10-06</CINreferralDate>
                <ReferralSource>6</ReferralSource>
              </CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers>
                <LAchildID>%s</LAchildID>
                <PersonBirthDate>2017-12-01</PersonBirthDate>
              </ChildIdentifiers>
            </Child>
          </Children>
        </Message>
        """.formatted(ID_0018, ID_0026));
    assertThat(Files.readString(dir.resolve("cin_census_2024.xml.rejects.csv"))).isEqualTo("""
        file,line,reason,masked_identifier
        raw.xml,25,LAchildID: NHS number fails the modulus 11 check,*******019
        raw.xml,38,LAchildID is missing,
        """);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("read as CIN census XML: 2 children written to " + out + ", 2 rejected")
        .contains("direct identifiers removed: FormerUPN, UPN");
  }

  @Test
  void aCinCensusFileWithADtdIsRefusedAndNoEntityIsRead() throws IOException {
    Path secret = write("secret.txt", "SECRET-FROM-DISK");
    Path in = write("raw.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE Message [<!ENTITY leak SYSTEM "%s">]>
        <Message><Children><Child><ChildIdentifiers><LAchildID>9990000018</LAchildID>
        <Sex>&leak;</Sex></ChildIdentifiers></Child></Children></Message>
        """.formatted(secret.toUri()));
    Path out = dir.resolve("out.xml");

    assertThat(pseudonymise(in, out)).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(out).doesNotExist();
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("Cannot read " + in + " at line 2: the file has a DOCTYPE, which is refused")
        .doesNotContain("SECRET");
  }

  @Test
  void ssda903FilesAreMatchedThroughTheCrosswalk() throws IOException {
    Path crosswalk = write("crosswalk.csv", """
        local_id,nhs_number
        L001,999 000 0018
        L002,9990000026
        L004,9990000019
        """);
    Path header = write("raw_header.csv", """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        L001,1,17/05/2012,WBRI,A123456789012,,
        L002,2,30/11/2013,WBRI,A123456789013,1,15/02/2030
        L003,1,01/01/2010,WBRI,,,
        L004,2,02/02/2011,WBRI,,,
        """);
    Path episodes = write("raw_episodes.csv", """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        L001,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,B91 3QB,WV27 9FW,4244474
        """);
    Path missing = write("raw_missing.csv", """
        CHILD,DOB,MISSING,MIS_START,MIS_END
        L002,30/11/2013,M,13/11/2017,25/11/2017
        """);
    String[] withCrosswalk = {"--crosswalk", crosswalk.toString()};

    assertThat(pseudonymise(header, dir.resolve("ssda903_header.csv"), withCrosswalk)).isZero();
    assertThat(pseudonymise(episodes, dir.resolve("ssda903_episodes.csv"), withCrosswalk)).isZero();
    assertThat(pseudonymise(missing, dir.resolve("ssda903_missing.csv"), withCrosswalk)).isZero();

    // CHILD keeps its name and carries the pseudonym; UPN goes; DOB and MC_DOB keep dd/mm/yyyy at the
    // first of the month; the postcodes keep their sectors; other dates are untouched.
    assertThat(Files.readString(dir.resolve("ssda903_header.csv"))).isEqualTo("""
        CHILD,SEX,DOB,ETHNIC,MOTHER,MC_DOB
        %s,1,01/05/2012,WBRI,,
        %s,2,01/11/2013,WBRI,1,01/02/2030
        """.formatted(ID_0018, ID_0026));
    assertThat(Files.readString(dir.resolve("ssda903_header.csv.rejects.csv"))).isEqualTo("""
        file,line,reason,masked_identifier
        raw_header.csv,4,CHILD: local id is not in the crosswalk,****
        raw_header.csv,5,CHILD: the crosswalk's NHS number for this local id fails the modulus 11 check,****
        """);
    assertThat(Files.readString(dir.resolve("ssda903_episodes.csv"))).isEqualTo("""
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        %s,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,B91 3,WV27 9,4244474
        """.formatted(ID_0018));
    assertThat(Files.readString(dir.resolve("ssda903_missing.csv"))).isEqualTo("""
        CHILD,DOB,MISSING,MIS_START,MIS_END
        %s,01/11/2013,M,13/11/2017,25/11/2017
        """.formatted(ID_0026));
  }

  @Test
  void theSameChildGetsTheSameChildIdFromThreePartners() throws IOException {
    Path csc = write("csc.csv", "contact_id,NHS Number,received_at\nC1,999 111 2227,2024-05-01T09:00\n");
    Path police = write("police.csv", "referral_id,nhs_number,created_at\nP1,9991112227,2024-05-02T09:00\n");
    Path health = write("health.csv",
        "referral_id,patient_identifier,created_at\nH1,999-111-2227,2024-05-03T09:00\n");

    assertThat(pseudonymise(csc, dir.resolve("contacts.csv"))).isZero();
    assertThat(pseudonymise(police, dir.resolve("police_referrals.csv"))).isZero();
    assertThat(pseudonymise(health, dir.resolve("health_referrals.csv"),
        "--nhs-column", "patient_identifier")).isZero();

    assertThat(Files.readString(dir.resolve("contacts.csv")))
        .isEqualTo("contact_id,child_id,received_at\nC1," + ID_2227 + ",2024-05-01T09:00\n");
    assertThat(Files.readString(dir.resolve("police_referrals.csv")))
        .isEqualTo("referral_id,child_id,created_at\nP1," + ID_2227 + ",2024-05-02T09:00\n");
    assertThat(Files.readString(dir.resolve("health_referrals.csv")))
        .isEqualTo("referral_id,child_id,created_at\nH1," + ID_2227 + ",2024-05-03T09:00\n");
  }

  @Test
  void aFileWhoseEveryRecordIsRejectedSaysSo() throws IOException {
    Path in = write("raw.csv", "CHILD,DOB\nL001,17/05/2012\n");
    assertThat(pseudonymise(in, dir.resolve("out.csv"))).isZero();
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("0 rows written").contains("1 rejected").contains("give --crosswalk");
  }

  @Test
  void aCsvWithoutAnNhsNumberColumnIsRefused() throws IOException {
    Path out = dir.resolve("out.csv");
    assertThat(pseudonymise(write("raw.csv", "referral_id,patient\nH1,9991112227\n"), out))
        .isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(out).doesNotExist();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--nhs-column");
  }

  @Test
  void aKeyOthersMayReadIsRefusedBeforeAnythingIsWritten() throws IOException {
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    Path out = dir.resolve("out.csv");
    assertThat(pseudonymise(write("raw.csv", POLICE_CSV), out)).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(out).doesNotExist();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("chmod 600").doesNotContain(KEY);
  }

  @Test
  void theOutputNeverReplacesTheInput() throws IOException {
    Path in = write("raw.csv", POLICE_CSV);
    assertThat(pseudonymise(in, in)).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(Files.readString(in)).isEqualTo(POLICE_CSV);
  }
}
