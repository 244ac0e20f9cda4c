package partnership.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import partnership.contract.Contracts;
import partnership.deliveries.CurrentView;
import partnership.deliveries.DeliveryStore;
import partnership.deliveries.DeliveryTables;
import partnership.ingest.IngestJob;
import partnership.ingest.InputFileException;
import partnership.ingest.TableQuality;
import partnership.io.Digests;
import partnership.io.Folders;
import partnership.io.Json;
import partnership.link.Link;
import partnership.link.LinkageStats;
import partnership.link.Linked;
import partnership.metrics.Materialised;
import partnership.metrics.MetricRows;
import partnership.metrics.MetricSettings;
import partnership.metrics.MetricsJob;
import partnership.metrics.Period;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricDefinition;
import partnership.report.MetricRow;
import partnership.report.Publication;
import partnership.report.PublicationInput;
import partnership.spark.Sparks;

/**
 * {@code partnership run}: ingest, link, metrics and publish for one period, written into a working folder
 * and moved to {@code <output>/<period>/} only when every stage succeeded.
 */
public final class RunPipeline {

  /** Where tables whose rows newer deliveries superseded are computed, inside the working folder. */
  private static final String CURRENT_VIEW = ".current-view";
  private static final String MATERIALISED = ".materialised";
  /** Spark's warehouse folder, which a run never writes tables to: in the working folder, so nothing is left. */
  private static final String WAREHOUSE = ".warehouse";

  private final RunOptions options;
  private final Progress progress;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();

  public RunPipeline(RunOptions options) {
    this.options = options;
    this.progress = new Progress(options.quiet());
  }

  /** Runs every stage; returns what the run did, for the summary. */
  public RunSummary run() throws IOException {
    Instant started = Instant.now();
    Period period = Period.parse(options.period());
    Partnership partnership = Partnership.read(options.input());
    ReferenceData reference = ReferenceData.load(options.input());
    MetricCatalogue catalogue = MetricCatalogue.load();
    Contracts contracts = Contracts.load();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(started)
        + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    // The output folder's lock covers the default store, <output>/store; a store elsewhere gets its own.
    try (OutputLock lock = OutputLock.acquire(options.output(), progress);
        OutputLock storeLock = storeInOutput() ? null : OutputLock.acquire(options.store(), progress)) {
      Path working = AtomicPublish.workingFolder(options.output(), period.label(), runId);
      boolean published = false;
      try {
        SparkSession spark = stage("spark", () -> Sparks.session(options.master(),
            working.resolve(WAREHOUSE).toAbsolutePath().toString()));
        DeliveryStore store = DeliveryStore.open(options.store());
        IngestJob.Result ingest = stage("ingest", () -> IngestJob.run(options.input(), working,
            contracts, LocalDate.now(), progress, store::earlier));
        QualityReport quality = QualityReport.of(period.label(), ingest);
        Json.write(working.resolve("quality/report.json"), quality);
        refuseUnusableFiles(ingest);
        List<DeliveryTables> added = DeliveryStore.newDeliveries(ingest, contracts,
            working.resolve("staging"), options.delivered(), runId);
        CurrentView view = stage("store", () -> currentView(spark, contracts, store, added, working));
        Sparks.sizeShuffles(spark, view.quality().stream().mapToLong(TableQuality::accepted).sum());
        // The views the metrics read many times, written where the driver and the executors both reach.
        spark.conf().set(Materialised.FOLDER, working.resolve(MATERIALISED).toAbsolutePath().toString());
        Linked linked = stage("link", () -> Link.runOn(spark, view.tables()));
        LinkageStats linkage = linked.stats();
        progress.stage("link", linkage.describe());
        List<MetricRow> rows = stage("metrics", () -> new MetricsJob(catalogue, reference,
            partnership.areaCode(), new MetricSettings(options.landingWindowDays()))
            .withQuality(view.quality()).withSpine(linked.spine()).run(spark, period));
        Folders.deleteRecursively(working.resolve(CURRENT_VIEW));
        Folders.deleteRecursively(working.resolve(MATERIALISED));
        Folders.deleteRecursively(working.resolve(WAREHOUSE));
        stage("publish", () -> {
          MetricRows.toDataset(spark, rows).coalesce(1).write().mode(SaveMode.Overwrite)
              .parquet(working.resolve("metrics.parquet").toString());
          MetricTable.writeCsv(working.resolve("metrics.csv"), rows);
          Publication.write(working, new PublicationInput(partnership.name(), partnership.areaCode(),
              period.label(), started, catalogue, rows, qualityJson(view.quality()),
              options.disclosureThreshold(), reference.benchmarks()));
          return null;
        });
        Instant finished = Instant.now();
        Json.write(working.resolve("manifest.json"), new Manifest(runId, period.label(), partnership.name(),
            started.toString(), finished.toString(), options.input().toAbsolutePath().toString(),
            ingest.inputs(), options.store().toAbsolutePath().toString(), options.delivered().toString(),
            options.asOf() == null ? null : options.asOf().toString(),
            view.deliveries().stream().map(d -> new Manifest.DeliveryRead(d.sourceFile(), d.delivered(),
                d.sha256())).toList(),
            outputs(working), stageSeconds, Versions.all(spark)));
        // The store first: a run killed between the two leaves deliveries that the next run recognises.
        store.add(added);
        added.forEach(d -> progress.stage("store", d.delivery().sourceFile() + ": stored as delivered on "
            + d.delivery().delivered()));
        Path target = AtomicPublish.commit(options.output(), period.label(), runId, working);
        published = true;
        return new RunSummary(partnership, period.label(), target, quality, linkage, rows, stageSeconds,
            Duration.between(started, finished));
      } finally {
        if (!published) {
          AtomicPublish.abandon(working);
        }
      }
    }
  }

  /**
   * {@code run --dry-run}: validates every file of the input as a run would and says what the run would do,
   * writing nothing to the output folder or the store (Spark's scratch files go to a temporary folder).
   */
  public RunPlan plan() throws IOException {
    Period period = Period.parse(options.period());
    Partnership.read(options.input());
    Contracts contracts = Contracts.load();
    DeliveryStore store = DeliveryStore.open(options.store());
    Path scratch = Files.createTempDirectory("partnership-dry-run");
    try {
      SparkSession spark = Sparks.session(options.master(), scratch.resolve("warehouse").toString());
      IngestJob.Result ingest = IngestJob.run(options.input(), scratch, contracts, LocalDate.now(),
          progress, store::earlier);
      List<DeliveryTables> all = new ArrayList<>(store.deliveries());
      all.addAll(DeliveryStore.newDeliveries(ingest, contracts, scratch.resolve("staging"),
          options.delivered(), "dry-run"));
      Set<String> tables = CurrentView.tableNames(contracts, all, options.asOf());
      Map<String, List<String>> notAvailable = new LinkedHashMap<>();
      for (MetricDefinition metric : MetricCatalogue.load().metrics()) {
        List<String> missing = MetricsJob.missingFiles(metric, tables);
        if (!missing.isEmpty()) {
          notAvailable.put(metric.id(), missing);
        }
      }
      return new RunPlan(options.output().resolve(period.label()), options.store(), options.delivered(),
          options.asOf(), ingest, notAvailable);
    } finally {
      Folders.deleteRecursively(scratch);
    }
  }

  private boolean storeInOutput() {
    return options.store().toAbsolutePath().normalize().startsWith(options.output().toAbsolutePath().normalize());
  }

  /** The store's view as of {@code --as-of}, with this run's new deliveries read from its working folder. */
  private CurrentView currentView(SparkSession spark, Contracts contracts, DeliveryStore store,
      List<DeliveryTables> added, Path working) {
    List<DeliveryTables> all = new ArrayList<>(store.deliveries());
    all.addAll(added);
    CurrentView view = CurrentView.of(spark, contracts, all, options.asOf(), working.resolve(CURRENT_VIEW));
    Map<String, List<String>> dates = new TreeMap<>();
    view.deliveries().forEach(d -> dates.computeIfAbsent(d.sourceFile(), f -> new ArrayList<>()).add(d.delivered()));
    String asOf = options.asOf() == null ? "" : " (as of " + options.asOf() + ")";
    dates.forEach((file, on) -> progress.stage("store", file + ": reading the "
        + (on.size() == 1 ? "delivery" : "deliveries") + " of " + String.join(", ", on) + asOf));
    return view;
  }

  private static void refuseUnusableFiles(IngestJob.Result ingest) {
    for (TableQuality q : ingest.quality()) {
      if ("refused".equals(q.status())) {
        throw InputFileException.stopsRun(q.file(), q.notes().get(q.notes().size() - 1));
      }
    }
  }

  /** The counts per file and table of the deliveries read, as the inspectors' extract and the report carry them. */
  private static JsonNode qualityJson(List<TableQuality> quality) {
    com.fasterxml.jackson.databind.node.ArrayNode files = Json.MAPPER.createArrayNode();
    for (TableQuality q : quality) {
      files.addObject().put("file", q.file()).put("table", q.table()).put("read", q.read())
          .put("accepted", q.accepted()).put("quarantined", q.quarantined())
          .set("by_rule", Json.MAPPER.valueToTree(q.byRule()));
    }
    return files;
  }

  /** Every file the run wrote except the child-level staging tables, with digests, in path order. */
  private static List<Manifest.OutputFile> outputs(Path working) throws IOException {
    List<Manifest.OutputFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(working)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = working.relativize(p).toString().replace('\\', '/');
        if (name.startsWith("staging/") || name.endsWith(".crc") || name.endsWith("_SUCCESS")) {
          continue;
        }
        files.add(new Manifest.OutputFile(name, Files.size(p), Digests.sha256(p)));
      }
    }
    return files;
  }

  private <T> T stage(String name, IoSupplier<T> work) throws IOException {
    Instant start = Instant.now();
    T result = work.get();
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    stageSeconds.put(name, seconds);
    progress.stage(name, "done in " + Progress.seconds(Duration.between(start, Instant.now())));
    return result;
  }

  /** A step that may fail with an I/O error. */
  @FunctionalInterface
  private interface IoSupplier<T> {
    T get() throws IOException;
  }
}
