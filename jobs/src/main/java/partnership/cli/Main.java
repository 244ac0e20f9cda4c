package partnership.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/partnership}: the command line of the partnership's analytics pipeline. */
@Command(
    name = "partnership",
    mixinStandardHelpOptions = true,
    version = "partnership-analytics 0.1.0",
    description = "Ingest, link and report on the safeguarding partnership's pseudonymised extracts.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      GenerateCommand.class,
      PseudonymiseCommand.class,
      KeygenCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  unexpected failure (see the message; --verbose for details)",
      "  2  wrong command line",
      "  3  an input file or folder is unusable, or a Parquet file damaged on disk",
      "  4  another run holds the output folder's lock"
    })
public final class Main {

  public static void main(String[] args) {
    UserErrors.watchForStop();
    int code = execute(args);
    UserErrors.finished();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code, without exiting (for tests). */
  public static int execute(String... args) {
    return new CommandLine(new Main()).setExecutionExceptionHandler(new UserErrors()).execute(args);
  }
}
