package partnership.metrics;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import partnership.ingest.TableQuality;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricDefinition;
import partnership.report.MetricRow;

/**
 * The metrics stage: every catalogue metric for a period (and its trend periods), in the one tidy table.
 *
 * <p>It expects the delivered staging tables as views ({@code stg_*}, docs/data-model.md); a table that was
 * not delivered is absent. It registers {@code period}, {@code settings}, {@code population},
 * {@code int_calendar} and the intermediate models, runs each metric's SQL models and unions their rows. A
 * metric whose {@code needs} were not all delivered gets one headline row {@code not_available} naming the
 * files; a row whose denominator is 0 is {@code not_applicable} with no value (metrics.md, "Conventions").
 */
public final class MetricsJob {

  /** Metric models computed at once: enough to keep two cores busy while each query is being planned. */
  static final int MODELS_IN_FLIGHT = 4;

  private final MetricCatalogue catalogue;
  private final ReferenceData reference;
  private final String areaCode;
  private final MetricSettings settings;
  private final List<TableQuality> quality;
  private final Map<String, Dataset<Row>> computed;

  /**
   * @param areaCode the partnership's own area code ({@code partnership.json}), selecting its population rows
   */
  public MetricsJob(MetricCatalogue catalogue, ReferenceData reference, String areaCode, MetricSettings settings) {
    this(catalogue, reference, areaCode, settings, List.of(), Map.of());
  }

  private MetricsJob(MetricCatalogue catalogue, ReferenceData reference, String areaCode, MetricSettings settings,
      List<TableQuality> quality, Map<String, Dataset<Row>> computed) {
    this.catalogue = catalogue;
    this.reference = reference;
    this.areaCode = areaCode;
    this.settings = settings;
    this.quality = quality;
    this.computed = computed;
  }

  /** This job with ingest's per-file counts, emitted as Q1 rows of the chosen period ({@link QualityMetrics}). */
  public MetricsJob withQuality(List<TableQuality> files) {
    return new MetricsJob(catalogue, reference, areaCode, settings, List.copyOf(files), computed);
  }

  /**
   * This job reading {@code spine} as {@code int_child_spine} instead of computing it: the link stage's spine
   * of the same staging views ({@code partnership.link.Linked}), already materialised.
   */
  public MetricsJob withSpine(Dataset<Row> spine) {
    return new MetricsJob(catalogue, reference, areaCode, settings, quality, Map.of("int_child_spine", spine));
  }

  /** The metrics for {@code period}, then for its trend periods ({@link TrendPeriods}), each by the same code. */
  public List<MetricRow> run(SparkSession spark, Period period) {
    return run(spark, period, true);
  }

  /** The metrics for {@code period} alone. */
  public List<MetricRow> runPeriod(SparkSession spark, Period period) {
    return run(spark, period, false);
  }

  /** The metrics for exactly these periods, the first being the chosen one (Q1 rows are its alone). */
  List<MetricRow> runPeriods(SparkSession spark, List<Period> periods) {
    return run(spark, periods.get(0), periods.subList(1, periods.size()), false);
  }

  private List<MetricRow> run(SparkSession spark, Period period, boolean withTrends) {
    return run(spark, period, List.of(), withTrends);
  }

  private List<MetricRow> run(SparkSession spark, Period period, List<Period> others, boolean withTrends) {
    Set<String> delivered = StagingViews.delivered(spark);
    List<String> standIns = StagingViews.registerStandIns(spark, delivered);
    List<MetricDefinition> computable = catalogue.metrics().stream()
        .filter(metric -> missingFiles(metric, delivered).isEmpty())
        .toList();
    List<Dataset<Row>> materialised = new ArrayList<>();
    try {
      Calendar calendar = registerInputs(spark, materialised, computable);
      List<Period> periods = new ArrayList<>();
      periods.add(period);
      periods.addAll(others);
      if (withTrends) {
        periods.addAll(TrendPeriods.of(period, coveredFrom(spark), calendar));
      }
      List<MetricRow> rows = computePeriods(spark, periods, delivered, computable, calendar);
      if (catalogue.find("Q1").isPresent()) {
        rows.addAll(QualityMetrics.q1Rows(period, quality));
      }
      rows.sort(order(periods));
      return rows;
    } finally {
      materialised.forEach(Materialised::release);
      StagingViews.dropStandIns(spark, standIns);
    }
  }

  /**
   * Registers the views every period shares: functions, calendar, settings, population and the intermediate
   * models, of which those the {@code computable} metrics read are materialised because every period's metrics
   * read them.
   */
  private Calendar registerInputs(SparkSession spark, List<Dataset<Row>> materialised,
      List<MetricDefinition> computable) {
    SqlFunctions.register(spark);
    Calendar calendar = Calendar.register(spark, reference.bankHolidays());
    MetricInputs.registerSettings(spark, settings);
    MetricInputs.registerPopulation(spark, reference.population(), areaCode);
    List<String> sqls = modelsOf(computable).stream().map(SqlModels::text).toList();
    IntermediateModels.register(spark, materialised, computed, IntermediateModels.readBy(sqls));
    return calendar;
  }

  private static LocalDate coveredFrom(SparkSession spark) {
    Date coveredFrom = SqlModels.run(spark, "checks/covered_from").first().getAs("covered_from");
    return coveredFrom == null ? null : coveredFrom.toLocalDate();
  }

  /**
   * Every period at once: the {@code period} view holds one row per period and every model groups by it, so
   * a model is one query however many trend periods the run draws (docs/data-model.md, "period"). A catalogue
   * metric not among the {@code computable} ones is not available.
   */
  private List<MetricRow> computePeriods(SparkSession spark, List<Period> periods, Set<String> delivered,
      List<MetricDefinition> computable, Calendar calendar) {
    MetricInputs.registerPeriods(spark, periods);
    requireCalendarCovers(spark, calendar, periods, computable);
    List<MetricRow> rows = new ArrayList<>();
    for (MetricDefinition metric : catalogue.metrics()) {
      if (!computable.contains(metric)) {
        List<String> missing = missingFiles(metric, delivered);
        periods.forEach(period -> rows.add(notAvailable(metric, period, missing)));
      }
    }
    runModels(spark, modelsOf(computable)).stream().map(MetricRows::fromModel).map(this::withStatus).forEach(rows::add);
    return rows;
  }

  /** The SQL models of {@code metrics}, in catalogue order. */
  private static List<String> modelsOf(List<MetricDefinition> metrics) {
    return metrics.stream().flatMap(metric -> metric.models().stream()).toList();
  }

  /**
   * The rows of every model, each model its own query, {@link #MODELS_IN_FLIGHT} at a time. Not one union of
   * them all: Spark 4.1's optimiser fails on the union of the models' CTEs ("Cannot merge incompatible data
   * types STRING and BIGINT") and is slow to plan it. Several at a time so that one query's planning can
   * overlap another's tasks: that cut the stage by a quarter when it ran about 250 queries; with 35 queries on two
   * cores, four in flight measured no faster than one (bench/README.md), and no slower. Each query's Spark jobs
   * carry the model's name as their description (the event log's and the UI's SQL tab).
   */
  private static List<Row> runModels(SparkSession spark, List<String> models) {
    ExecutorService pool = Executors.newFixedThreadPool(MODELS_IN_FLIGHT);
    try {
      List<Future<List<Row>>> results = new ArrayList<>();
      for (String model : models) {
        results.add(pool.submit(() -> {
          spark.sparkContext().setJobDescription(model);
          return MetricRows.conform(SqlModels.run(spark, model)).collectAsList();
        }));
      }
      List<Row> rows = new ArrayList<>();
      for (Future<List<Row>> result : results) {
        rows.addAll(result.get());
      }
      return rows;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Cannot finish the metric models: interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Fails naming the first date a working-day metric among {@code computable} needs that the calendar does not
   * hold. The other metrics' dates are not looked at: Spark drops their branches of the check, which are
   * filtered by a literal metric id.
   */
  private static void requireCalendarCovers(
      SparkSession spark, Calendar calendar, List<Period> periods, List<MetricDefinition> computable) {
    Object[] ids = computable.stream().map(MetricDefinition::id).toArray();
    for (Row range : SqlModels.run(spark, "checks/working_day_dates").where(col("metric_id").isin(ids))
        .collectAsList()) {
      String what = range.getAs("metric_id") + " in "
          + String.join(", ", periods.stream().map(Period::label).toList());
      calendar.requireCovers(range.<Date>getAs("min_date").toLocalDate(), what);
      calendar.requireCovers(range.<Date>getAs("max_date").toLocalDate(), what);
    }
  }

  /** The files a metric needs of which no staging table is among {@code delivered}: it is not available. */
  public static List<String> missingFiles(MetricDefinition metric, Set<String> delivered) {
    return metric.needs().stream()
        .filter(file -> StagingTables.fromFile(file).stream().noneMatch(t -> delivered.contains(t.name())))
        .toList();
  }

  private static MetricRow notAvailable(MetricDefinition metric, Period period, List<String> missing) {
    return new MetricRow(metric.id(), period.label(), MetricRow.ALL, MetricRow.ALL, null, null, null,
        metric.unit(), MetricRow.NOT_AVAILABLE, "needs " + String.join(", ", missing));
  }

  /** A row whose denominator is 0 has no value: "not applicable", never 0 (metrics.md, "Conventions"). */
  private MetricRow withStatus(MetricRow row) {
    if (row.denominator() == null || row.denominator() != 0L) {
      return row;
    }
    String note = catalogue.find(row.metricId())
        .filter(m -> row.isHeadline())
        .map(m -> "no " + m.denominator())
        .orElse("denominator is 0");
    return new MetricRow(row.metricId(), row.period(), row.breakdown(), row.breakdownValue(), row.numerator(),
        row.denominator(), null, row.unit(), MetricRow.NOT_APPLICABLE, note);
  }

  /**
   * The chosen period's rows first, then each trend period's in the order given; within a period catalogue
   * order; within a metric its own id before suffixed ids (T4, then T4_median, T4r), the headline first,
   * then breakdowns by name and values in natural order (bands 1-10 before 11-20).
   */
  private Comparator<MetricRow> order(List<Period> periods) {
    Map<String, MetricDefinition> byId = catalogue.byId();
    List<String> ids = new ArrayList<>(byId.keySet());
    List<String> labels = periods.stream().map(Period::label).toList();
    Comparator<MetricRow> byPeriod = Comparator.comparingInt(r -> labels.indexOf(r.period()));
    return byPeriod
        .thenComparingInt(r -> catalogueIndex(ids, r.metricId()))
        .thenComparing(r -> !byId.containsKey(r.metricId()))
        .thenComparing(MetricRow::metricId)
        .thenComparing(r -> !r.isHeadline())
        .thenComparing(MetricRow::breakdown)
        .thenComparing(MetricRow::breakdownValue, MetricsJob::natural);
  }

  private static int catalogueIndex(List<String> ids, String metricId) {
    int best = -1;
    for (int i = 0; i < ids.size(); i++) {
      if (metricId.startsWith(ids.get(i)) && (best < 0 || ids.get(i).length() > ids.get(best).length())) {
        best = i;
      }
    }
    return best < 0 ? ids.size() : best;
  }

  /** Compares by leading number when both values start with one ("1-10" < "11-20" < "61+"), else as text. */
  static int natural(String a, String b) {
    Long na = leadingNumber(a);
    Long nb = leadingNumber(b);
    if (na != null && nb != null && !na.equals(nb)) {
      return Long.compare(na, nb);
    }
    if (na != null && nb == null) {
      return 1;
    }
    if (na == null && nb != null) {
      return -1;
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  private static Long leadingNumber(String value) {
    if (value == null) {
      return null;
    }
    int end = 0;
    while (end < value.length() && Character.isDigit(value.charAt(end))) {
      end++;
    }
    return end == 0 || end > 18 ? null : Long.parseLong(value.substring(0, end));
  }
}
