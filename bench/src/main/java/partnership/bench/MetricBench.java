package partnership.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import partnership.io.Folders;
import partnership.link.Link;
import partnership.link.Linked;
import partnership.metrics.MetricSettings;
import partnership.metrics.MetricsJob;
import partnership.metrics.Period;
import partnership.pipeline.Partnership;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricRow;
import partnership.spark.Sparks;

/**
 * bench/run's metric comparison: over the staged Parquet of a finished run, times the benchmarked metrics in
 * Spark (the pipeline's own MetricsJob, for the period alone, reading the child spine of the link stage as a
 * run's metric stage does; the link stage is timed apart) and in DuckDB (reference SQL reading a copy of that
 * spine), several times each, and checks that every row of those metrics for the period, breakdowns included, is
 * identical in the run's published metrics.csv, Spark's answer and DuckDB's.
 *
 * <p>Usage: {@code MetricBench <input dir> <run output dir>/<period> <period> <runs> <duckdb threads>}.
 * Prints {@code key=value} lines; exits 1 when any row differs.
 */
public final class MetricBench {

  static final List<String> METRICS = List.of("T3", "T4", "T5", "N1", "M1", "M6");

  private MetricBench() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path periodDir = Path.of(args[1]);
    Period period = Period.parse(args[2]);
    int runs = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    ReferenceData reference = ReferenceData.load(input);
    List<MetricRow> published = PublishedMetrics.read(periodDir.resolve("metrics.csv"));

    Path warehouse = Files.createTempDirectory("bench-warehouse");
    Path spineCopy = warehouse.resolve("spine-for-duckdb");
    SparkSession spark = Sparks.session("local[*]", warehouse.toString());
    CpuMeter sparkCpu = CpuMeter.on(spark);
    Map<String, Path> staged = stagedTables(periodDir.resolve("staging"));
    Link.registerStaging(spark, staged);
    // Shuffle partitions as the run's metric stage had them (RunPipeline): sized to the staged rows.
    Sparks.sizeShuffles(spark, staged.keySet().stream().mapToLong(table -> spark.table(table).count()).sum());
    MetricCatalogue six = new MetricCatalogue(MetricCatalogue.load().metrics().stream()
        .filter(m -> METRICS.contains(m.id())).toList());
    MetricsJob job = new MetricsJob(six, reference, Partnership.read(input).areaCode(), new MetricSettings(7));
    double[] linkSeconds = new double[runs];
    double[] sparkSeconds = new double[runs];
    CpuMeter.Reading sparkCpuOfLastRun = null;
    List<MetricRow> fromSpark = List.of();
    for (int run = 0; run < runs; run++) {
      // The link stage, timed apart: a run's metric stage reads the child spine it built, as here.
      long linkStart = System.nanoTime();
      Linked linked = Link.run(spark, staged);
      linkSeconds[run] = (System.nanoTime() - linkStart) / 1e9;
      if (run == runs - 1) {
        // Untimed: DuckDB's copy of the spine, written before the metric stage releases (deletes) its files.
        linked.spine().write().parquet(spineCopy.toString());
      }
      CpuMeter.Reading cpuBefore = sparkCpu.read();
      long start = System.nanoTime();
      fromSpark = job.withSpine(linked.spine()).runPeriod(spark, period);
      sparkSeconds[run] = (System.nanoTime() - start) / 1e9;
      sparkCpuOfLastRun = sparkCpu.read().minus(cpuBefore);
    }
    spark.stop();

    double[] duckSeconds = new double[runs];
    CpuMeter duckCpu = CpuMeter.withoutSpark();
    CpuMeter.Reading duckCpuOfLastRun = null;
    List<MetricRow> fromDuckDb = List.of();
    for (int run = 0; run < runs; run++) {
      CpuMeter.Reading cpuBefore = duckCpu.read();
      long start = System.nanoTime();
      fromDuckDb = DuckDbReference.rows(periodDir.resolve("staging"), spineCopy, period, reference.bankHolidays(),
          METRICS, threads);
      duckSeconds[run] = (System.nanoTime() - start) / 1e9;
      duckCpuOfLastRun = duckCpu.read().minus(cpuBefore);
    }

    boolean identical = new RowComparison(METRICS, period.label())
        .with("metrics.csv", published)
        .with("spark", fromSpark)
        .with("duckdb", fromDuckDb)
        .printAndCheck(System.out);
    // The warehouse holds the spine's copy (200 MB at England); the metric stage released its own files.
    Folders.deleteRecursively(warehouse);
    System.out.printf("spark_link_seconds=%.2f (first %.2f; runs %s)%n", median(linkSeconds), linkSeconds[0],
        Arrays.toString(linkSeconds));
    System.out.printf("spark_six_metrics_seconds=%.2f (first %.2f; runs %s)%n", median(sparkSeconds),
        sparkSeconds[0], Arrays.toString(sparkSeconds));
    System.out.printf("duckdb_six_metrics_seconds=%.2f (first %.2f; runs %s)%n", median(duckSeconds),
        duckSeconds[0], Arrays.toString(duckSeconds));
    // Where the CPU of each side's last run went; the tasks' CPU spread over every core is the least time Spark's
    // stage could take were the JIT, the collector and the driver free.
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("spark_six_metrics_cpu=%s%n", sparkCpuOfLastRun);
    System.out.printf("duckdb_six_metrics_cpu=%s%n", duckCpuOfLastRun);
    System.out.printf("spark_six_metrics_tasks_over_cores_seconds=%.2f (%d cores)%n",
        sparkCpuOfLastRun.tasks() / cores, cores);
    System.out.printf("rows_identical=%s%n", identical);
    System.exit(identical ? 0 : 1);
  }

  private static Map<String, Path> stagedTables(Path staging) throws IOException {
    try (Stream<Path> tables = Files.list(staging)) {
      Map<String, Path> staged = new LinkedHashMap<>();
      tables.filter(Files::isDirectory).sorted()
          .forEach(t -> staged.put(t.getFileName().toString().replace(".parquet", ""), t));
      return staged;
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
