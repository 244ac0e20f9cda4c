package partnership.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.pipeline.RunOptions;
import partnership.spark.SharedSpark;

/**
 * Broken and hostile partner files through {@code partnership validate}, as an analyst sees them: each file's
 * counts (read = accepted + quarantined), its refusal or first rejected rows naming the line (or XML path),
 * column, value and rule, the exit code, and never a stack trace. (The same files through ingest alone:
 * {@code partnership.ingest.HostileInputTest}; a damaged Parquet file through {@code run}: DamagedParquetRunTest.)
 */
class HostileInputCliTest {

  private static final String A = "mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpiytemzu";
  private static final String B = "nbswy3dpeb3w64tmmqqgq2lmnrxxe3djnzsxe33ogq2tmnzy";
  private static final String CIN_HEADER = "<Message><Header><CollectionDetails><Collection>CIN</Collection>"
      + "<Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>\n";

  @TempDir Path input;

  /** What one command printed. */
  private record Printed(int code, String out, String err) {}

  @BeforeEach
  void partnership() throws IOException {
    SharedSpark.get();
    write("partnership.json", "{\"name\": \"Test\", \"area_code\": \"E08000029\"}");
  }

  private void write(String file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String file, byte[] bytes) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
  }

  private static Printed execute(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      // The tests share one Spark session, so Spark warns that the command's is not new: not the user's to see.
      String errors = stderr.toString(StandardCharsets.UTF_8).replaceAll(
          "(?m)^\\S+ WARN SparkSession: Using an existing Spark session; only runtime SQL configurations will take"
              + " effect\\.\n", "");
      return new Printed(code, stdout.toString(StandardCharsets.UTF_8), errors);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Printed validate() {
    Printed printed = execute("validate", "--quiet", "--input", input.toString());
    assertThat(printed.out() + printed.err()).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("[Fatal Error]");
    return printed;
  }

  @Test
  void brokenCsvFilesAreEachRefusedNamingFileLineAndRule() throws IOException {
    write("police/referrals.csv", "");
    write("police/missing_episodes.csv", "occurrence_id;child_id;reported_at;risk_grade;from_care\nO1;" + A
        + ";2024-07-01T10:30;low;N\n");
    write("health/referrals.csv", "referral_id,child_id,created_at,shared_at,setting,concern\n"
        + "H1," + A + ",2024-07-01T10:30,,gp,neglect\n"
        + "H2,\"" + B + ",2024-07-02T10:30,,gp,neglect\n");
    write("csc/return_interviews.csv", ("child_id,missing_start_date,returned_at,offered_at,completed_at\n"
        + A + ",2024-07-01,2024-07-02T10:00,,\n"
        + B + ",2024-07-01,2024-07-02T10:00,,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

    Printed printed = validate();

    assertThat(printed.code()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(printed.out()).contains(
        "REFUSED  police/referrals.csv -> stg_police__referrals: 0 read, 0 accepted, 0 quarantined \n"
            + "         note: Cannot read police/referrals.csv at line 1: the file is empty: it has no header row"
            + " [rule empty_file]\n",
        "REFUSED  police/missing_episodes.csv -> stg_police__missing_episodes: 0 read, 0 accepted, 0 quarantined \n"
            + "         note: Cannot read police/missing_episodes.csv at line 1: required column(s) occurrence_id,"
            + " child_id, reported_at, risk_grade, from_care missing from the header (the header has one column:"
            + " is the file separated by ';' or tabs instead of commas?) [rule missing_column]\n",
        // H1 was accepted before the quote opened on line 3 made the file unusable: it counts under that rule.
        "REFUSED  health/referrals.csv -> stg_health__referrals: 1 read, 0 accepted, 1 quarantined"
            + " {quote_not_closed=1}\n"
            + "         note: Cannot read health/referrals.csv at line 3: a quoted field opened on this line is never"
            + " closed before the end of the file [rule quote_not_closed]\n",
        "REFUSED  csc/return_interviews.csv -> stg_csc__return_interviews: 1 read, 0 accepted, 1 quarantined"
            + " {not_utf8=1}\n"
            + "         note: Cannot read csc/return_interviews.csv at line 3: the bytes are not valid UTF-8 (save"
            + " the file as UTF-8) [rule not_utf8]\n");
    assertThat(printed.err()).isEmpty();
  }

  @Test
  void overlappingMissingPeriodsDuplicatesAndImpossibleDatesAreQuarantinedWithLineColumnValueAndRule()
      throws IOException {
    write("csc/ssda903_missing.csv", String.join("\n",
        "CHILD,DOB,MISSING,MIS_START,MIS_END",
        A + ",01/07/2010,M,01/05/2024,10/05/2024",
        A + ",01/07/2010,A,03/05/2024,04/05/2024",
        A + ",01/07/2010,M,01/05/2024,02/05/2024",
        B + ",01/07/2010,M,30/02/2024,",
        B + ",01/07/2010,M,01/06/2024,01/05/2024",
        B + ",01/07/2010,X,01/08/2024,",
        ""));

    Printed printed = validate();

    // Line 2 is accepted; lines 3 to 7 each break one rule. Only three examples are printed per file.
    assertThat(printed.code()).isEqualTo(ExitCodes.OK);
    assertThat(printed.out()).contains(
        "OK       csc/ssda903_missing.csv -> stg_903__missing: 6 read, 1 accepted, 5 quarantined"
            + " {date_format=1, dfe_567_end_before_start=1, dfe_574_missing_periods_overlap=1, duplicate_key=1,"
            + " unknown_code=1}\n"
            + "         line 3, missing_start_date: missing_start_date 2024-05-03 starts while the span from 2024-05-01 to"
            + " 2024-05-10 of the same child_id is running [dfe_574_missing_periods_overlap]\n"
            + "         line 4, child_id,missing_start_date: an earlier row of the file has the same child_id,"
            + " missing_start_date (" + A + " 2024-05-01) [duplicate_key]\n"
            + "         line 5, missing_start_date: MIS_START: '30/02/2024' is not a real date in the form dd/MM/yyyy"
            + " [date_format]\n");
    assertThat(printed.err()).isEmpty();
  }

  @Test
  void malformedXmlIsRefusedNamingLineAndColumn() throws IOException {
    write("csc/cin_census_2025.xml", CIN_HEADER + "<Children>\n<Child><ChildIdentifiers><LAchildID>" + A
        + "</LAchildID></ChildIdentifiers>\n<CINdetails><CINreferralDate>2024-05-01</CINreferralDate\n"
        + "</CINdetails></Child></Children></Message>\n");

    Printed printed = validate();

    assertThat(printed.code()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(printed.out()).contains("REFUSED  csc/cin_census_2025.xml -> stg_cin__children: 0 read, 0 accepted,"
        + " 0 quarantined \n"
        + "         note: Cannot read csc/cin_census_2025.xml at line 5, column 1: not well-formed XML: The end-tag"
        + " for element type \"CINreferralDate\" must end with a '>' delimiter. [rule xml_malformed]\n");
  }

  @Test
  void entitiesAreRefusedWithoutOpeningAnyOtherFileOrAddress() throws IOException {
    Path secret = input.resolveSibling(input.getFileName() + "-secret.txt");
    Files.writeString(secret, "SECRET-CONTENT");
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String address = "http://127.0.0.1:" + listener.getLocalPort();
      String child = "<Children><Child><ChildIdentifiers><LAchildID>&e;</LAchildID></ChildIdentifiers></Child>"
          + "</Children></Message>\n";
      String header = CIN_HEADER.replace("<Message>", "");
      write("csc/cin_census_a_file_entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY e SYSTEM \""
          + secret.toUri() + "\">]>\n<Message>" + header + child);
      write("csc/cin_census_b_url_entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY e SYSTEM \""
          + address + "/entity\">]>\n<Message>" + header + child);
      write("csc/cin_census_c_external_dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Message SYSTEM \"" + address
          + "/dtd\">\n<Message>" + header + child.replace("&e;", "C1"));
      // A billion laughs: ten levels of ten, 10^9 copies of "lol" once expanded.
      StringBuilder laughs = new StringBuilder("<!DOCTYPE Message [<!ENTITY l0 \"lol\">");
      for (int i = 1; i <= 9; i++) {
        laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
      }
      write("csc/cin_census_d_laughs.xml", "<?xml version=\"1.0\"?>\n" + laughs + "<!ENTITY e \"&l9;\">]>\n"
          + "<Message>" + header + child);

      Printed printed = validate();

      assertThat(printed.code()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
      for (String file : new String[] {"a_file_entity", "b_url_entity", "c_external_dtd", "d_laughs"}) {
        assertThat(printed.out()).contains("REFUSED  csc/cin_census_" + file + ".xml -> stg_cin__children: 0 read,"
            + " 0 accepted, 0 quarantined \n         note: Cannot read csc/cin_census_" + file + ".xml at line 2,");
      }
      assertThat(printed.out()).contains("the file declares a DTD (<!DOCTYPE>); DTDs and entities are refused so"
          + " that a file cannot make the reader open other files or expand entities [rule xml_dtd]")
          .doesNotContain("SECRET-CONTENT").doesNotContain("lollol");
      // Any request to the address would be waiting to be accepted by now: the files were read before validate
      // returned.
      listener.setSoTimeout(100);
      assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void aMissingPartnerFolderMakesItsFilesAbsentAndAMissingInputFolderIsOneLine() throws IOException {
    write("police/referrals.csv", "referral_id,child_id,created_at,shared_at,concern\n"
        + "R1," + A + ",2024-07-01T10:30,,neglect\n");

    Printed printed = validate();

    // No csc/, health/, education/ or housing/ folder: their files are absent, which is no error.
    assertThat(printed.code()).isEqualTo(ExitCodes.OK);
    assertThat(printed.out()).contains("OK       police/referrals.csv -> stg_police__referrals: 1 read, 1 accepted,"
        + " 0 quarantined \n", "ABSENT   csc/contacts.csv (its metrics will be 'not available')\n",
        "ABSENT   health/referrals.csv (its metrics will be 'not available')\n");

    Path nowhere = input.resolve("nowhere");
    Printed missing = execute("validate", "--input", nowhere.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(missing.err()).isEqualTo("partnership: Cannot read " + nowhere + ": the input folder does not"
        + " exist [rule input_folder]\n");
  }

  @Test
  void aDeliveryDateAfterTodayIsRefusedBeforeAnythingIsRead(@TempDir Path output) throws IOException {
    write("police/referrals.csv", "referral_id,child_id,created_at,shared_at,concern\n");
    LocalDate tomorrow = LocalDate.now(RunOptions.LONDON).plusDays(1);

    Printed printed = execute("run", "--quiet", "--period", "2024-25", "--input", input.toString(), "--output",
        output.toString(), "--delivered", tomorrow.toString());

    assertThat(printed.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(printed.err()).startsWith("Cannot take --delivered " + tomorrow + ": it is after today ("
        + tomorrow.minusDays(1) + ", Europe/London); give the date the files arrived\n");
    assertThat(output.toFile().list()).isEmpty();
  }

  @Test
  void aRefusedFileStopsRunWithOneLineAndLeavesThePreviousOutput(@TempDir Path output) throws IOException {
    write("police/referrals.csv", "referral_id,child_id,created_at,shared_at,concern\n"
        + "R1,\"" + A + ",2024-07-01T10:30,,neglect\n");
    Files.createDirectories(output.resolve("2024-25"));
    Files.writeString(output.resolve("2024-25/metrics.csv"), "previous\n");

    Printed printed = execute("run", "--quiet", "--period", "2024-25", "--input", input.toString(), "--output",
        output.toString(), "--master", "local[2]");

    assertThat(printed.code()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
    assertThat(printed.out()).isEmpty();
    assertThat(printed.err()).isEqualTo("partnership: Cannot read police/referrals.csv at line 2: a quoted field"
        + " opened on this line is never closed before the end of the file [rule quote_not_closed]. Nothing was"
        + " published; the previous output is untouched\n");
    assertThat(Files.readString(output.resolve("2024-25/metrics.csv"))).isEqualTo("previous\n");
    assertThat(output.toFile().list()).containsExactly("2024-25");
  }
}
