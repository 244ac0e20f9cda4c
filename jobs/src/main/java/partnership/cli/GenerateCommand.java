package partnership.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import partnership.generate.FileSummary;
import partnership.generate.GenerationSummary;
import partnership.generate.GeneratorOptions;
import partnership.generate.PartnershipGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnership generate}: writes a synthetic partnership's extracts, the same bytes for the same seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write a synthetic partnership's input folder: every partner's extracts in the",
      "formats of extracts.md, at England's rates (referrals, assessments, plans, care,",
      "missing episodes), with cross-agency stories and a few realistic faulty rows.",
      "The same options give the same bytes.",
      "",
      "Children carry NHS numbers from the test range 999 000 0000-999 999 9999,",
      "pseudonymised with a demo key derived from the seed,",
      "SHA-256(\"partnership-demo-key:\" + seed). That demo key is public: use it for",
      "synthetic data only, never for real children. The range holds 909,091 numbers;",
      "beyond them (over about 780,000 children) numbers are reused under further",
      "demo keys, one per pass, so child ids stay distinct (docs/synthetic-data.md).",
      ""
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write the input folder into (created if missing; existing files are overwritten).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
      description = "Seed of every random choice; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--children", defaultValue = "47000", paramLabel = "N",
      description = "About how many children aged 0-17 live in the area in the last reporting year"
          + " (default: ${DEFAULT-VALUE}, about Solihull's).")
  int children;

  @Option(names = "--years", defaultValue = "3", paramLabel = "N",
      description = "Reporting years generated, ending at --period-end; one CIN census file each (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--period-end", defaultValue = "2025-03-31", paramLabel = "DATE",
      description = "The 31 March that ends the last reporting year; earlier years go back from it"
          + " (default: ${DEFAULT-VALUE}).")
  LocalDate periodEnd;

  @Option(names = "--area-code", defaultValue = "E08000029", paramLabel = "CODE",
      description = "ONS area code written in partnership.json and population.csv (default: ${DEFAULT-VALUE}).")
  String areaCode;

  @Option(names = "--la-code", defaultValue = "334", paramLabel = "NNN",
      description = "DfE three-digit local authority code in the CIN census header (default: ${DEFAULT-VALUE}).")
  String laCode;

  @Option(names = "--name", defaultValue = "Solihull Safeguarding Children Partnership", paramLabel = "TEXT",
      description = "The partnership's name in partnership.json (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--fault-rate", defaultValue = "0.002", paramLabel = "SHARE",
      description = "Share of rows written with a realistic fault: unknown code, end before start, impossible"
          + " date, blank required field or duplicate key (default: ${DEFAULT-VALUE}; 0 for clean files).")
  double faultRate;

  @Option(names = "--verbose", description = "Print a stack trace when something fails.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    GeneratorOptions options;
    try {
      options = new GeneratorOptions(out, seed, children, years, periodEnd, areaCode, laCode, name, faultRate);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    System.err.printf("partnership: generating %d year(s) to %s for about %,d children, seed %d%n",
        years, periodEnd, children, seed);
    long started = System.nanoTime();
    GenerationSummary summary =
        new PartnershipGenerator(options).generate(line -> System.err.println("partnership: " + line));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("Wrote %s (%,d children simulated; %,d aged 0-17 in the last year) in %.1f s:%n",
        out, summary.childrenSimulated(), summary.lastYearPopulation(), took.toMillis() / 1000.0);
    for (FileSummary file : summary.files()) {
      System.out.printf("  %-45s %,10d %s%n", file.name(), file.rows(), file.unit());
    }
    return ExitCodes.OK;
  }
}
