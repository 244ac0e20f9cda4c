package partnership.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.pipeline.RunOptions;
import partnership.pipeline.RunPipeline;
import partnership.spark.SharedSpark;

/**
 * The pipeline on a real Spark standalone cluster (a master and a worker on loopback, started by
 * {@code bin/cluster-local} with the packaged application jar) gives exactly the metric table of the embedded
 * run. Run by {@code mvn -B -Pcluster verify -pl jobs -am}, which packages the jar first.
 */
@Tag("cluster")
class ClusterRunTest {

  private static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  private static final String C = "cccccccccccccccccccccccccccccccccccccccccccccccccccc";

  @TempDir static Path input;
  @TempDir static Path work;

  private static void write(String file, String text) throws IOException {
    Path path = input.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static String child(String id, String referralDate, String assessmentStart, String authorised) {
    return "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID>"
        + "<PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>"
        + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>"
        + "<CINdetails><CINreferralDate>" + referralDate + "</CINreferralDate>"
        + "<ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>"
        + "<Assessments><AssessmentActualStartDate>" + assessmentStart + "</AssessmentActualStartDate>"
        + "<AssessmentAuthorisationDate>" + authorised + "</AssessmentAuthorisationDate></Assessments>"
        + "</CINdetails></Child>";
  }

  /** A small partnership: three hand-built children in 2024-25, police missing episodes, and a fixture year. */
  @BeforeAll
  static void partnership() throws IOException {
    write("partnership.json", "{\"name\": \"Cluster Partnership\", \"area_code\": \"E08000029\"}");
    write("reference/population.csv", "area_code,year,age_band,population\n"
        + "E08000029,2024,0-4,1000\nE08000029,2024,5-9,1000\nE08000029,2024,10-15,1500\nE08000029,2024,16-17,500\n");
    write("csc/cin_census_2025.xml", "<Message><Header><CollectionDetails><Collection>CIN</Collection>"
        + "<Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children>"
        + child(A, "2024-05-01", "2024-05-02", "2024-06-10") + child(B, "2024-11-20", "2024-11-21", "2025-02-01")
        + child(C, "2025-01-06", "2025-01-06", "2025-01-20") + "</Children></Message>");
    try (InputStream fixture = ClusterRunTest.class.getResourceAsStream("/fixtures/cin_census_fake_332_children.xml")) {
      Files.copy(fixture, input.resolve("csc/cin_census_2022.xml"));
    }
    write("police/missing_episodes.csv", String.join("\n",
        "occurrence_id,child_id,reported_at,last_seen_at,returned_at,risk_grade,from_care",
        "P1," + A + ",2024-06-01T10:00,2024-06-01T08:00,2024-06-02T08:00,low,N",
        "P2," + A + ",2024-09-01T10:00,,,high,N",
        "P3," + B + ",2025-03-31T23:59,,,medium,N",
        ""));
  }

  @Test
  void theClusterRunPublishesExactlyTheMetricTableOfTheEmbeddedRun() throws Exception {
    SharedSpark.get();
    Path local = work.resolve("local");
    new RunPipeline(new RunOptions("2024-25", input, local, "local[*]", 5, 7, true)).run();

    Path cluster = work.resolve("cluster");
    int exit = clusterLocal("--period", "2024-25", "--input", input.toString(), "--output", cluster.toString(),
        "--quiet");
    assertThat(exit).as("bin/cluster-local exit code (log: %s)", work.resolve("cluster-local.log")).isZero();

    List<String> expected = Files.readAllLines(local.resolve("2024-25/metrics.csv"));
    assertThat(expected).hasSizeGreaterThan(1);
    assertThat(Files.readAllLines(cluster.resolve("2024-25/metrics.csv"))).isEqualTo(expected);
  }

  /** Runs bin/cluster-local on a free port with its state under the test's folder; returns its exit code. */
  private static int clusterLocal(String... runArgs) throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("project.root"));
    List<String> command = new ArrayList<>(List.of(root.resolve("bin/cluster-local").toString()));
    command.addAll(List.of(runArgs));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("cluster-local.log").toFile());
    builder.environment().put("CLUSTER_PORT", Integer.toString(freePort()));
    builder.environment().put("CLUSTER_STATE", work.resolve("state").toString());
    builder.environment().put("CLUSTER_WORKER_MEMORY", "2g");
    builder.environment().put("CLUSTER_EXECUTOR_MEMORY", "1g");
    return builder.start().waitFor();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
