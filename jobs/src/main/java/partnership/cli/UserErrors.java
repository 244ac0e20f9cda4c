package partnership.cli;

import partnership.ingest.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear line on stderr and an exit code; a stack trace only with --verbose. */
final class UserErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose")
        || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
    Throwable cause = e;
    while (!(cause instanceof InputFileException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof InputFileException) {
      System.err.println("partnership: " + cause.getMessage());
      if (verbose) {
        e.printStackTrace();
      }
      return ExitCodes.INPUT_UNUSABLE;
    }
    System.err.println("partnership: " + e);
    if (verbose) {
      e.printStackTrace();
    } else {
      System.err.println("partnership: run again with --verbose for details");
    }
    return ExitCodes.FAILED;
  }
}
