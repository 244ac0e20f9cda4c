package partnership.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import partnership.pseudonymise.Crosswalk;
import partnership.pseudonymise.KeyFile;
import partnership.pseudonymise.Pseudonymiser;
import partnership.pseudonymise.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnership pseudonymise}: the partner-side step that replaces identifiers by child_id. */
@Command(
    name = "pseudonymise",
    mixinStandardHelpOptions = true,
    description = {
      "Replaces the child's identifier in one partner file by child_id, the partnership's pseudonym,"
          + " and removes or coarsens the other direct identifiers, before the file leaves you.",
      "A CIN census .xml file (LAchildID), an SSDA903 CSV (a CHILD column) or a partner CSV (an NHS"
          + " number column) is written in the same shape; names, addresses, NHS numbers and UPNs are"
          + " dropped, dates of birth cut to the month and postcodes to the sector.",
      "Rows whose NHS number is missing or fails the check go to the rejects file, with line and reason."
    })
public final class PseudonymiseCommand implements Callable<Integer> {

  @Option(names = "--key-file", required = true, paramLabel = "KEY",
      description = "The partnership's secret key (from keygen), readable by you only.")
  Path keyFile;

  @Option(names = "--in", required = true, paramLabel = "RAW", description = "The file to pseudonymise.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "The pseudonymised file.")
  Path out;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Where rejected records are listed (default: OUT.rejects.csv).")
  Path rejects;

  @Option(names = "--nhs-column", paramLabel = "NAME",
      description = "The partner CSV column holding the NHS number (with --crosswalk, the local id);"
          + " default: the column named like nhs_number or NHS Number.")
  String nhsColumn;

  @Option(names = "--crosswalk", paramLabel = "FILE",
      description = "A CSV local_id,nhs_number, for files that hold the council's local id.")
  Path crosswalk;

  @Option(names = "--verbose", description = "Print a stack trace on failure.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Pseudonymiser pseudonymiser = new Pseudonymiser(KeyFile.read(keyFile),
        crosswalk == null ? null : Crosswalk.read(crosswalk), nhsColumn);
    Path rejectsFile = rejects == null ? Pseudonymiser.defaultRejects(out) : rejects;
    Summary summary = pseudonymiser.pseudonymise(in, out, rejectsFile);
    System.err.printf("partnership: %s read as %s: %d %s written to %s, %d rejected (listed in %s)%n",
        in, summary.format(), summary.written(), summary.unit(), out, summary.rejected(), rejectsFile);
    if (!summary.dropped().isEmpty()) {
      System.err.println("partnership: direct identifiers removed: " + String.join(", ", summary.dropped()));
    }
    if (summary.written() == 0 && summary.rejected() > 0) {
      System.err.println("partnership: warning: every record was rejected; if the file holds the council's"
          + " local ids rather than NHS numbers, give --crosswalk");
    }
    return ExitCodes.OK;
  }
}
