package partnership.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import partnership.contract.Contracts;
import partnership.ingest.IngestJob;
import partnership.ingest.TableQuality;
import partnership.io.Folders;
import partnership.pipeline.Partnership;
import partnership.pipeline.Progress;
import partnership.spark.Sparks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partnership validate}: checks every extract against its contract and says what is wrong. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check every partner file under --input against its contract (schemas/contracts/) and print, per file,",
      "rows read, accepted and quarantined with the rules broken and the first examples. Writes nothing.",
      "Exit code 3 when a file is unusable (raw identifiers, missing columns, unreadable bytes)."
    })
public final class ValidateCommand implements Callable<Integer> {

  private static final int EXAMPLES = 3;

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Input folder: partnership.json and a folder per partner.")
  Path input;

  @Mixin Logging logging;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    boolean described = Files.isRegularFile(input.resolve("partnership.json"));
    Path scratch = Files.createTempDirectory("partnership-validate");
    try {
      SparkSession spark = Sparks.session("local[*]", scratch.resolve("warehouse").toString());
      IngestJob.Result result = IngestJob.run(input, scratch, Contracts.load(), LocalDate.now(),
          new Progress(logging.quiet));
      List<Row> examples = spark.read().parquet(scratch.resolve("quality/quarantine.parquet").toString())
          .orderBy("file", "table", "line").collectAsList();
      if (described) {
        Partnership partnership = Partnership.read(input);
        System.out.println(partnership.name() + " (" + partnership.areaCode() + "): " + input);
      } else {
        System.out.println(input + ": no partnership.json (run needs it: name and area_code)");
      }
      for (TableQuality q : result.quality()) {
        System.out.printf(Locale.ROOT, "%-8s %s -> %s: %s read, %s accepted, %s quarantined %s%n",
            q.status().toUpperCase(Locale.ROOT), q.file(), q.table(), Progress.count(q.read()),
            Progress.count(q.accepted()), Progress.count(q.quarantined()), q.byRule().isEmpty() ? "" : q.byRule());
        q.notes().forEach(n -> System.out.println("         note: " + n));
        examples.stream()
            .filter(r -> r.<String>getAs("file").equals(q.file()) && r.<String>getAs("table").equals(q.table()))
            .limit(EXAMPLES)
            .forEach(r -> System.out.println("         " + r.getAs("location") + ", " + r.getAs("column") + ": "
                + r.getAs("message") + " [" + r.getAs("rule") + "]"));
      }
      result.notDelivered().forEach(f -> System.out.println("ABSENT   " + f + " (its metrics will be 'not available')"));
      result.unrecognised().forEach(f -> System.out.println("IGNORED  " + f + " (no contract covers it)"));
      return result.anyRefused() ? ExitCodes.INPUT_UNUSABLE : ExitCodes.OK;
    } finally {
      Folders.deleteRecursively(scratch);
    }
  }
}
