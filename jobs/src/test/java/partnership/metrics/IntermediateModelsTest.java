package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static partnership.metrics.Views.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import partnership.spark.SharedSpark;

/** The intermediate models: what they compute, and the order {@link IntermediateModels} runs them in. */
class IntermediateModelsTest {

  private static final SparkSession SPARK = SharedSpark.get();

  @BeforeEach
  void clear() {
    Views.clear(SPARK);
  }

  @Test
  void anEpisodeInTwoCensusYearsTakesTheLaterFileWithItsChildRows() {
    // c1's episode of 2024-02-01 is in the 2024 file (open) and the 2025 file (closed, one more assessment).
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-02-01", "6", "N1", null, null, false, null, "2024-03-31"),
        row("c1", "2024-02-01", "6", "N1", "2024-06-30", "RC1", false, null, "2025-03-31"),
        row("c2", "2024-05-01", "3A", "N4", null, null, false, null, "2025-03-31"));
    Views.staging(SPARK, "stg_cin__assessments",
        row("c1", "2024-02-01", "2024-02-02", null, new String[] {}, "2024-03-31"),
        row("c1", "2024-02-01", "2024-02-02", "2024-03-20", new String[] {"16A"}, "2025-03-31"),
        row("c1", "2024-02-01", "2024-05-01", "2024-05-20", new String[] {"21"}, "2025-03-31"));
    SqlModels.register(SPARK, "intermediate/int_cin__referrals");
    List<Row> assessments = SqlModels.run(SPARK, "intermediate/int_cin__assessments")
        .orderBy("assessment_start_date").collectAsList();

    assertThat(SPARK.table("int_cin__referrals").count()).isEqualTo(2);
    assertThat(SPARK.sql("select closure_date from int_cin__referrals where child_id = 'c1'").first().get(0))
        .hasToString("2024-06-30");
    assertThat(assessments).hasSize(2);
    assertThat(assessments.get(0).getAs("assessment_authorised_date").toString()).isEqualTo("2024-03-20");
  }

  @Test
  void theSpineTakesBirthMonthFromChildrensServicesFirst() {
    Views.staging(SPARK, "stg_cin__children",
        row("c1", "2015-06-20", "F", "WBRI", "2025-03-31"));
    Views.staging(SPARK, "stg_police__referrals",
        row("p1", "c1", "2024-05-01T10:00", null, "neglect", "2014-01-01"),
        row("p2", "c2", "2024-05-01T10:00", null, "neglect", "2019-03-01"));
    Views.staging(SPARK, "stg_health__referrals",
        row("h1", "c3", "2024-05-01T10:00", null, "gp", "other", null));
    List<String> standIns = StagingViews.registerStandIns(SPARK, StagingViews.delivered(SPARK));

    List<Row> spine = SqlModels.run(SPARK, "intermediate/int_child_spine").orderBy("child_id").collectAsList();
    StagingViews.dropStandIns(SPARK, standIns);

    assertThat(spine).extracting(Row::toString).containsExactly(
        "[c1,true,true,false,2015-06-01,F,WBRI]",
        "[c2,false,true,false,2019-03-01,null,null]",
        "[c3,false,false,true,null,null,null]");
    assertThat(SPARK.catalog().tableExists("stg_csc__contacts")).isFalse();
  }

  @Test
  void ethnicGroupsAndSourcePartners() {
    SqlFunctions.register(SPARK);
    assertThat(SPARK.sql("select ethnic_group('WIRT'), ethnic_group('CHNE'), ethnic_group('BAFR'),"
        + " ethnic_group('REFU'), ethnic_group(null), source_partner('6'), source_partner('3E'),"
        + " source_partner('10'), source_partner('X')").first().toString())
        .isEqualTo("[white,asian,black,unknown,unknown,police,health,other,unknown]");
  }

  @Test
  void ageBandsAtTheEventFromTheBirthMonth() {
    SqlFunctions.register(SPARK);
    List<Row> bands = SPARK.sql("select age_band(date'2019-05-01', date'2024-04-30'),"
        + " age_band(date'2019-05-01', date'2024-05-01'), age_band(date'2008-06-01', date'2024-06-01'),"
        + " age_band(date'2006-06-01', date'2024-06-01'), age_band(null, date'2024-06-01'),"
        + " age_band(date'2024-07-01', date'2024-06-01'), percent_of(1, 3), percent_of(1, 0),"
        + " rate_per_10000(527, 10000), ratio_of(2, 3)").collectAsList();
    // 4 years 11 months; exactly 5; exactly 16; 18; no birth month; born after the event.
    assertThat(bands.get(0).toString()).isEqualTo("[0-4,5-9,16-17,unknown,unknown,unknown,33.3,null,527.0,0.67]");
  }

  @Test
  void aModelReadsTheModelsItNamesAndNoModelWhoseNameOnlyStartsTheSame() {
    String sql = "select * from int_cin__referrals join int_child_spine using (child_id)"
        + " join int_cin__referrals_archive using (child_id) join stg_csc__contacts using (child_id)";

    assertThat(IntermediateModels.reads(sql)).containsExactly("int_cin__referrals", "int_child_spine");
  }

  @Test
  void aModelAnEarlierStageComputedIsRegisteredAsGivenNotComputedAgain() {
    // The staging tables know c1 only; the given spine (the link stage's) holds g1 alone.
    Views.staging(SPARK, "stg_cin__children", row("c1", "2015-06-20", "F", "WBRI", "2025-03-31"));
    List<String> standIns = StagingViews.registerStandIns(SPARK, StagingViews.delivered(SPARK));
    SqlFunctions.register(SPARK);
    MetricInputs.registerSettings(SPARK, MetricSettings.DEFAULT);
    Dataset<Row> given = SPARK.sql(
        "select 'g1' as child_id, true as is_known_to_csc, false as is_in_police, false as is_in_health,"
            + " date'2016-01-01' as birth_month, 'M' as sex, 'WIRI' as ethnicity");
    List<Dataset<Row>> materialised = new ArrayList<>();

    IntermediateModels.register(SPARK, materialised, Map.of("int_child_spine", given),
        Set.copyOf(IntermediateModels.MODELS));
    StagingViews.dropStandIns(SPARK, standIns);

    assertThat(SPARK.table("int_child_spine").collectAsList()).extracting(Row::toString)
        .containsExactly("[g1,true,false,false,2016-01-01,M,WIRI]");
    // Every model but the front door, which is never written.
    assertThat(materialised).hasSize(IntermediateModels.MODELS.size() - 1).contains(given);
  }

  @Test
  void aMetricNeedsTheModelsItNamesAndTheModelsTheyRead() {
    // M1 names the spine and the missing episodes, which read the spine; the partner referrals read the front
    // door, which reads the CIN referrals.
    assertThat(IntermediateModels.readBy(List.of(SqlModels.text("metrics/metric_m1_missing_episodes"))))
        .containsExactlyInAnyOrder("int_child_spine", "int_police__missing_episodes");
    assertThat(IntermediateModels.readBy(List.of("select * from int_partner_referrals", "select 1")))
        .containsExactlyInAnyOrder("int_partner_referrals", "int_csc_front_door", "int_cin__referrals");
  }

  @Test
  void onlyTheNeededModelsAreComputedTheOthersStayReadable() {
    Registered<Long> run = registerNeededBy("select * from int_police__missing_episodes",
        () -> SPARK.table("int_cin__referrals").count());

    // The spine and the missing episodes, each written as a bucketed table; the referrals computed when read.
    assertThat(run.written()).isEqualTo(2);
    assertThat(run.tables()).isEqualTo(2);
    assertThat(run.read()).isEqualTo(1);
  }

  @Test
  void theFrontDoorIsReadAgainNeverWritten() {
    Registered<List<Row>> run = registerNeededBy("select * from int_partner_referrals",
        () -> SPARK.table("int_csc_front_door").collectAsList());

    // The CIN referrals and the partner referrals are written; the front door, read through, holds c1's referral.
    assertThat(run.written()).isEqualTo(2);
    assertThat(run.tables()).isEqualTo(2);
    assertThat(run.read()).extracting(Row::toString).containsExactly("[c1,referral,2024-02-01]");
  }

  @Test
  void theReferralsAreShuffledOnceToBeWrittenBucketedByChild() {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-02-01", "6", "N1", null, null, false, null, "2024-03-31"),
        row("c1", "2024-02-01", "6", "N1", "2024-06-30", "RC1", false, null, "2025-03-31"),
        row("c2", "2024-05-01", "3A", "N4", null, null, false, null, "2025-03-31"));
    List<Dataset<Row>> written = new ArrayList<>();

    // Distributed by child before the window, the episodes are already laid out as the buckets want them: the
    // window's shuffle is the only one of the write, the other is the row count Materialised reads the view
    // with. Without the distribute, the window shuffles by child and referral date and the write by child: three.
    int shuffles = shuffleStagesOf(() -> written.add(
        Materialised.bucketed(SqlModels.run(SPARK, "intermediate/int_cin__referrals"), "child_id")));

    try {
      assertThat(shuffles).isEqualTo(2);
      // c1's episode once, from the later file, and c2's.
      assertThat(written.get(0).orderBy("child_id").collectAsList()).extracting(r -> r.getAs("closure_reason"))
          .containsExactly("RC1", null);
    } finally {
      written.forEach(Materialised::release);
    }
  }

  /** How many Spark stages that wrote shuffle files {@code action} ran. */
  private static int shuffleStagesOf(Runnable action) {
    AtomicInteger shuffles = new AtomicInteger();
    SparkListener listener = new SparkListener() {
      @Override
      public void onStageCompleted(SparkListenerStageCompleted completed) {
        if (completed.stageInfo().taskMetrics().shuffleWriteMetrics().recordsWritten() > 0) {
          shuffles.incrementAndGet();
        }
      }
    };
    SPARK.sparkContext().addSparkListener(listener);
    try {
      action.run();
      SPARK.sparkContext().listenerBus().waitUntilEmpty();
      return shuffles.get();
    } catch (TimeoutException e) {
      throw new IllegalStateException("Spark's listeners did not catch up", e);
    } finally {
      SPARK.sparkContext().removeSparkListener(listener);
    }
  }

  /** How many views a register wrote, how many catalogue tables it added, and what was read before release. */
  private record Registered<T>(int written, long tables, T read) {}

  /** Registers the models {@code sql} reads over one CIN referral (c1's), reads, then releases the views. */
  private static <T> Registered<T> registerNeededBy(String sql, Supplier<T> read) {
    Views.staging(SPARK, "stg_cin__referrals",
        row("c1", "2024-02-01", "6", "N1", null, null, false, null, "2025-03-31"));
    List<String> standIns = StagingViews.registerStandIns(SPARK, StagingViews.delivered(SPARK));
    SqlFunctions.register(SPARK);
    MetricInputs.registerSettings(SPARK, MetricSettings.DEFAULT);
    List<Dataset<Row>> materialised = new ArrayList<>();
    long tablesBefore = materialisedTables();
    try {
      IntermediateModels.register(SPARK, materialised, Map.of(), IntermediateModels.readBy(List.of(sql)));
      return new Registered<>(materialised.size(), materialisedTables() - tablesBefore, read.get());
    } finally {
      materialised.forEach(Materialised::release);
      StagingViews.dropStandIns(SPARK, standIns);
    }
  }

  private static long materialisedTables() {
    return SPARK.catalog().listTables().filter("name like 'materialised_%'").count();
  }

  @Test
  void everyModelIsListedAfterTheModelsItReads() {
    for (String model : IntermediateModels.MODELS) {
      assertThat(IntermediateModels.reads(SqlModels.text("intermediate/" + model)))
          .as(model)
          .allSatisfy(read -> assertThat(IntermediateModels.MODELS.indexOf(read)).isLessThanOrEqualTo(
              IntermediateModels.MODELS.indexOf(model)));
    }
    // The CIN child tables read the referrals, the partner referrals the front door (sql/intermediate).
    assertThat(IntermediateModels.reads(SqlModels.text("intermediate/int_cin__assessments")))
        .contains("int_cin__referrals");
    assertThat(IntermediateModels.reads(SqlModels.text("intermediate/int_partner_referrals")))
        .contains("int_csc_front_door");
  }
}
