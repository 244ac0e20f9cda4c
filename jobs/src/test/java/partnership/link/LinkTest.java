package partnership.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
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
    return Link.run(spark, ingest.stagedTables());
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
