package partnership.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import partnership.pipeline.OutputLock;
import partnership.pipeline.RunOptions;
import partnership.pipeline.RunPipeline;
import partnership.pipeline.RunPlan;
import partnership.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnership run}: ingest, link, metrics and publish for one period. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest every partner extract under --input, link them on child_id, compute the metric catalogue for",
      "--period and publish: everything is written to <output>/<period>/ only when every stage succeeded",
      "(the previous output stays untouched otherwise). Every file ingested is kept in the delivery store",
      "(--store); a file sent again with the same bytes is recognised and not ingested twice, and a newer",
      "delivery supersedes older rows. Progress goes to stderr, the summary to stdout."
    })
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--period", required = true, paramLabel = "PERIOD",
      description = "Reporting year (2024-25), quarter (2024-25-Q3) or month (2024-12).")
  String period;

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Input folder: partnership.json and a folder per partner (csc/, police/, health/, ...).")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder; the run writes <DIR>/<period>/ and adds to the store <DIR>/store/ (unless --store).")
  Path output;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = {"Spark master (default: ${DEFAULT-VALUE}, an embedded Spark on this machine).",
          "A cluster master (spark://host:7077) also needs the application jar (mvn -Pcluster package) in",
          "-Dspark.jars=<jar> (PARTNERSHIP_JAVA_OPTS for bin/partnership); spark-submit passes both itself."})
  String master;

  @Option(names = "--disclosure-threshold", paramLabel = "N", defaultValue = "5",
      description = "Counts from 1 to N are shown as 'c' in public outputs (default: ${DEFAULT-VALUE}).")
  int disclosureThreshold;

  @Option(names = "--landing-window-days", paramLabel = "DAYS", defaultValue = "7",
      description = "T7/N7: days after a police or health referral within which children's services must"
          + " have a contact or referral for it to count as landed (default: ${DEFAULT-VALUE}).")
  int landingWindowDays;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Delivery store: every partner file ever ingested, by partner, file and delivery date"
          + " (default: <output>/store).")
  Path store;

  @Option(names = "--delivered", paramLabel = "YYYY-MM-DD",
      description = "Delivery date of the files in --input (default: today, Europe/London).")
  LocalDate delivered;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Use the deliveries as they stood on this date (delivered on or before it), to reproduce a"
          + " published report (default: every delivery).")
  LocalDate asOf;

  @Option(names = "--dry-run",
      description = {"Validate every file of --input and print what a run would do (new deliveries, re-sent",
          "files, metrics not available, the folder it would write); write nothing. Exit code 3 when a file",
          "is unusable."})
  boolean dryRun;

  @Mixin Logging logging;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    LocalDate today = LocalDate.now(RunOptions.LONDON);
    if (delivered != null && delivered.isAfter(today)) {
      // A later date would let these files supersede deliveries that arrive before it, and hide them from
      // --as-of reproductions of reports published in between.
      throw new ParameterException(spec.commandLine(), "Cannot take --delivered " + delivered
          + ": it is after today (" + today + ", Europe/London); give the date the files arrived");
    }
    // Absolute, because executors on a cluster write the staging Parquet from their own working folders.
    RunOptions options = new RunOptions(period, input.toAbsolutePath(), output.toAbsolutePath(), master,
        disclosureThreshold, landingWindowDays, logging.quiet,
        (store == null ? output.resolve("store") : store).toAbsolutePath(),
        delivered == null ? today : delivered, asOf);
    if (dryRun) {
      RunPlan plan = new RunPipeline(options).plan();
      System.out.print(plan.describe());
      return plan.ingest().anyRefused() ? ExitCodes.INPUT_UNUSABLE : ExitCodes.OK;
    }
    try {
      RunSummary summary = new RunPipeline(options).run();
      System.out.print(summary.describe());
      return ExitCodes.OK;
    } catch (OutputLock.HeldException e) {
      System.err.println("partnership: " + e.getMessage());
      return ExitCodes.LOCKED;
    }
  }
}
