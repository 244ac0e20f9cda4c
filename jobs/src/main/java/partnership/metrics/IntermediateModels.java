package partnership.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The intermediate models ({@code sql/intermediate/}), materialised as views the metric models read.
 *
 * <p>A model starts as soon as the models it reads are registered, several at a time: most read only staging
 * tables, and on a small partnership each is a few short Spark jobs whose planning and scheduling can overlap
 * another's tasks. What a model reads is found in its SQL text (the name of another model), so adding a model
 * needs no list of dependencies here.
 *
 * <p>Only the models the run's metrics read ({@link #readBy}) are computed and written, the front door excepted
 * ({@link #NOT_WRITTEN}); the others are registered as views that nothing computes unless it reads them. A run of
 * a few metrics (the benchmark's six, a test's one) does not pay for the models of the rest.
 */
final class IntermediateModels {

  /** The intermediate models, each listed after the models it reads. */
  static final List<String> MODELS = List.of(
      "int_cin__referrals",
      "int_cin__assessments",
      "int_cin__section47s",
      "int_cin__child_protection_plans",
      "int_child_spine",
      "int_csc_front_door",
      "int_partner_referrals",
      "int_child_care_status_spans",
      "int_police__missing_episodes",
      "int_education__missing_education_episodes",
      "int_housing__bed_and_breakfast_stays");

  /**
   * Models registered as views, never written: the front door is the contacts and CIN referrals as they are, a
   * date apiece, in which its two readers (the partner referrals, M6) look up far fewer rows at once (an
   * existence join, a semi-join). Written bucketed by child it cost England 35-39 s of task CPU; read through,
   * M6 costs 1 s more (bench/README.md item 38).
   */
  private static final Set<String> NOT_WRITTEN = Set.of("int_csc_front_door");

  private static final String CHILD_ID = "child_id";

  /** Models materialised at once. */
  private static final int IN_FLIGHT = 3;

  private IntermediateModels() {}

  /**
   * Registers every model as a view of its own name, the {@code needed} ones but those {@link #NOT_WRITTEN}
   * computed now ({@link Materialised}). A checkpoint, not a cache: it also cuts the plan, so the metric models
   * that read these views are planned in milliseconds instead of re-analysing every intermediate model inside
   * each of them.
   *
   * @param materialised receives each computed view, for the caller to release when the metrics are done
   * @param computed models already materialised by an earlier stage, by name: registered as they are
   * @param needed the models to compute, with every model they read ({@link #readBy}); the others are registered
   *     uncomputed
   */
  static void register(SparkSession spark, List<Dataset<Row>> materialised, Map<String, Dataset<Row>> computed,
      Set<String> needed) {
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try {
      Map<String, CompletableFuture<Dataset<Row>>> views = new LinkedHashMap<>();
      for (String model : MODELS) {
        String sql = SqlModels.text("intermediate/" + model);
        CompletableFuture<?>[] inputs = reads(sql).stream()
            .filter(read -> !read.equals(model))
            .map(read -> requireListedBefore(views, read, model))
            .toArray(CompletableFuture[]::new);
        views.put(model, CompletableFuture.allOf(inputs).thenApplyAsync(ignored -> {
          spark.sparkContext().setJobDescription(model);
          Dataset<Row> view = computed.containsKey(model) ? computed.get(model)
              : isWritten(model, needed) ? materialise(spark.sql(sql)) : spark.sql(sql);
          view.createOrReplaceTempView(model);
          return view;
        }, pool));
      }
      views.forEach((model, view) -> {
        Dataset<Row> registered = view.join();
        if (computed.containsKey(model) || isWritten(model, needed)) {
          materialised.add(registered);
        }
      });
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isWritten(String model, Set<String> needed) {
    return needed.contains(model) && !NOT_WRITTEN.contains(model);
  }

  /**
   * {@code view} materialised bucketed by child_id when it has one (every model but the bed-and-breakfast stays):
   * the metric models join and group them by child.
   */
  private static Dataset<Row> materialise(Dataset<Row> view) {
    return List.of(view.columns()).contains(CHILD_ID)
        ? Materialised.bucketed(view, CHILD_ID) : Materialised.of(view);
  }

  private static CompletableFuture<Dataset<Row>> requireListedBefore(
      Map<String, CompletableFuture<Dataset<Row>>> views, String read, String model) {
    if (!views.containsKey(read)) {
      throw new IllegalStateException("Cannot order the intermediate models: " + model + " reads " + read
          + ", which MODELS lists after it");
    }
    return views.get(read);
  }

  /** The models {@code sqls} read, directly or through the models they read. */
  static Set<String> readBy(Collection<String> sqls) {
    Set<String> read = new HashSet<>();
    sqls.forEach(sql -> read.addAll(reads(sql)));
    // A model's inputs are listed before it: from the last model back, each one's inputs are added before
    // their turn comes.
    for (int i = MODELS.size() - 1; i >= 0; i--) {
      if (read.contains(MODELS.get(i))) {
        read.addAll(reads(SqlModels.text("intermediate/" + MODELS.get(i))));
      }
    }
    return read;
  }

  /** The models named in {@code sql}, which it reads; each is listed before the models that read it. */
  static List<String> reads(String sql) {
    List<String> read = new ArrayList<>();
    for (String model : MODELS) {
      if (Pattern.compile("\\b" + model + "\\b").matcher(sql).find()) {
        read.add(model);
      }
    }
    return read;
  }
}
