package partnership.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.contract.Contracts;
import partnership.ingest.IngestJob;
import partnership.pipeline.Progress;
import partnership.spark.SharedSpark;

class LinkTest {

  private static final String CURRENT = "cccccccccccccccccccccccccccccccccccccccccccccccccccc";
  private static final String PREVIOUS = "pppppppppppppppppppppppppppppppppppppppppppppppppppp";
  private static final String OTHER = "oooooooooooooooooooooooooooooooooooooooooooooooooooo";

  @TempDir Path input;
  @TempDir Path out;

  private final SparkSession spark = SharedSpark.get();

  private void write(String file, String text) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  @AfterEach
  void dropViews() {
    spark.catalog().listTables().collectAsList().stream()
        .filter(t -> t.isTemporary() && t.name().startsWith("stg_"))
        .forEach(t -> spark.catalog().dropTempView(t.name()));
  }

  private LinkageStats link() throws IOException {
    IngestJob.Result ingest = IngestJob.run(input, out, Contracts.load(), LocalDate.of(2025, 6, 1),
        new Progress(true));
    return Link.run(spark, ingest.stagedTables()).stats();
  }

  @Test
  void aChildKnownToPoliceUnderAPreviousPseudonymIsOneChildWithChildrensServices() throws IOException {
    write("csc/contacts.csv", "contact_id,child_id,received_at,source,decision_at,decision\n"
        + "K1," + CURRENT + ",2024-07-01T09:00,6,2024-07-01T15:00,referral\n");
    write("police/missing_episodes.csv",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care\n"
            + "P1," + PREVIOUS + ",2024-06-01T10:00,,,low,N\n"
            + "P2," + OTHER + ",2024-06-02T10:00,,,low,N\n");
    write("csc/linked_ids.csv", "child_id,previous_child_id\n" + CURRENT + "," + PREVIOUS + "\n");

    LinkageStats stats = link();

    // CURRENT (contacts and, through PREVIOUS, police) and OTHER (police only): two children.
    assertThat(stats.children()).isEqualTo(2);
    assertThat(stats.inPolice()).isEqualTo(2);
    assertThat(stats.policeKnownToCsc()).isEqualTo(1);
    assertThat(stats.mergedPseudonyms()).isEqualTo(1);
    assertThat(spark.table("stg_police__missing_episodes").where("occurrence_id = 'P1'").first()
        .<String>getAs("child_id")).isEqualTo(CURRENT);
  }

  private static String cinCensus(int year, String children) {
    return "<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>" + year + "</Year>"
        + "<ReferenceDate>" + year + "-03-31</ReferenceDate></CollectionDetails></Header><Children>" + children
        + "</Children></Message>";
  }

  private static String cinChild(String id, String birthDate, String sex, String ethnicity) {
    return "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID><PersonBirthDate>" + birthDate
        + "</PersonBirthDate><Sex>" + sex + "</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>"
        + ethnicity + "</Ethnicity></ChildCharacteristics></Child>";
  }

  @Test
  void theSpineTakesTheLatestCensusThenThe903HeaderThenAPartnersBirthMonth() throws IOException {
    // CURRENT: two censuses that disagree (the 2025 one is the later) and a 903 header, which loses to both.
    write("csc/cin_census_2024.xml", cinCensus(2024, cinChild(CURRENT, "2015-06-10", "F", "WBRI")));
    write("csc/cin_census_2025.xml", cinCensus(2025, cinChild(CURRENT, "2015-07-02", "M", "WIRI")));
    // PREVIOUS: a 903 header only (SEX 2 is F) and a police birth month, which loses to the header.
    write("csc/ssda903_header.csv", "CHILD,SEX,DOB,ETHNIC\n"
        + CURRENT + ",2,01/01/2014,ASIA\n"
        + PREVIOUS + ",2,15/03/2012,MWBC\n");
    // OTHER: police and health only, with a birth month each; the later month is taken.
    write("police/missing_episodes.csv",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care,birth_month\n"
            + "P1," + PREVIOUS + ",2024-06-01T10:00,,,low,N,2011-01\n"
            + "P2," + OTHER + ",2024-06-02T10:00,,,low,N,2010-05\n");
    write("health/referrals.csv", "referral_id,child_id,created_at,shared_at,setting,concern,birth_month\n"
        + "H1," + OTHER + ",2024-06-03T10:00,,school_nurse,neglect,2010-04\n");

    LinkageStats stats = link();

    assertThat(stats.children()).isEqualTo(3);
    assertThat(spine(CURRENT)).isEqualTo("true,false,false,2015-07-01,M,WIRI");
    assertThat(spine(PREVIOUS)).isEqualTo("true,true,false,2012-03-01,F,MWBC");
    assertThat(spine(OTHER)).isEqualTo("false,true,true,2010-05-01,null,null");
  }

  /** The spine's row of one child: known to csc, in police, in health, birth month, sex, ethnicity. */
  private String spine(String childId) {
    Row row = spark.table("int_child_spine").where(functions.col("child_id").equalTo(childId)).first();
    return row.getAs("is_known_to_csc") + "," + row.getAs("is_in_police") + "," + row.getAs("is_in_health")
        + "," + row.getAs("birth_month") + "," + row.getAs("sex") + "," + row.getAs("ethnicity");
  }

  @Test
  void withoutLinkedIdsEveryPseudonymIsItsOwnChild() throws IOException {
    write("police/missing_episodes.csv",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care\n"
            + "P1," + PREVIOUS + ",2024-06-01T10:00,,,low,N\n");
    write("csc/contacts.csv", "contact_id,child_id,received_at,source,decision_at,decision\n"
        + "K1," + CURRENT + ",2024-07-01T09:00,6,2024-07-01T15:00,referral\n");

    LinkageStats stats = link();

    assertThat(stats.children()).isEqualTo(2);
    assertThat(stats.policeKnownToCsc()).isZero();
    assertThat(stats.mergedPseudonyms()).isZero();
  }
}
