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
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import partnership.contract.Contracts;
import partnership.ingest.IngestJob;
import partnership.ingest.InputFileException;
import partnership.ingest.TableQuality;
import partnership.link.Link;
import partnership.link.LinkageStats;
import partnership.io.Digests;
import partnership.metrics.MetricRows;
import partnership.metrics.MetricSettings;
import partnership.metrics.MetricsJob;
import partnership.metrics.Period;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricRow;
import partnership.report.Publication;
import partnership.report.PublicationInput;
import partnership.spark.Sparks;

/**
 * {@code partnership run}: ingest, link, metrics and publish for one period, written into a working folder
 * and moved to {@code <output>/<period>/} only when every stage succeeded.
 */
public final class RunPipeline {

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
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(started)
        + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    try (OutputLock lock = OutputLock.acquire(options.output(), progress)) {
      Path working = AtomicPublish.workingFolder(options.output(), period.label(), runId);
      boolean published = false;
      try {
        SparkSession spark = stage("spark", () -> Sparks.session(options.master(),
            Files.createTempDirectory("partnership-warehouse").toString()));
        IngestJob.Result ingest = stage("ingest", () -> IngestJob.run(options.input(), working,
            Contracts.load(), LocalDate.now(), progress));
        QualityReport quality = QualityReport.of(period.label(), ingest);
        Json.write(working.resolve("quality/report.json"), quality);
        refuseUnusableFiles(ingest);
        LinkageStats linkage = stage("link", () -> Link.run(spark, ingest.stagedTables()));
        progress.stage("link", linkage.describe());
        List<MetricRow> rows = stage("metrics", () -> new MetricsJob(catalogue, reference,
            partnership.areaCode(), new MetricSettings(options.landingWindowDays()))
            .withQuality(ingest.quality()).run(spark, period));
        stage("publish", () -> {
          MetricRows.toDataset(spark, rows).coalesce(1).write().mode(SaveMode.Overwrite)
              .parquet(working.resolve("metrics.parquet").toString());
          MetricTable.writeCsv(working.resolve("metrics.csv"), rows);
          Publication.write(working, new PublicationInput(partnership.name(), partnership.areaCode(),
              period.label(), started, catalogue, rows, qualityJson(quality),
              options.disclosureThreshold(), reference.benchmarks()));
          return null;
        });
        Instant finished = Instant.now();
        Json.write(working.resolve("manifest.json"), new Manifest(runId, period.label(), partnership.name(),
            started.toString(), finished.toString(), options.input().toAbsolutePath().toString(),
            ingest.inputs(), outputs(working), stageSeconds, Versions.all(spark)));
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

  private static void refuseUnusableFiles(IngestJob.Result ingest) {
    for (TableQuality q : ingest.quality()) {
      if ("refused".equals(q.status())) {
        String reason = q.notes().get(q.notes().size() - 1);
        throw new InputFileException(q.file(), null, "file_refused",
            reason + ". Nothing was published; the previous output is untouched");
      }
    }
  }

  /** The quality report's counts per file and table, as the inspectors' extract and the report carry them. */
  private static JsonNode qualityJson(QualityReport quality) {
    com.fasterxml.jackson.databind.node.ArrayNode files = Json.MAPPER.createArrayNode();
    for (TableQuality q : quality.files()) {
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
