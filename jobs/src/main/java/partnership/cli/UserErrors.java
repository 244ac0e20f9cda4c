package partnership.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import partnership.ingest.InputFileException;
import partnership.io.DamagedParquet;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear line on stderr and an exit code; a stack trace only with --verbose. */
final class UserErrors implements IExecutionExceptionHandler {

  /** Set when the JVM begins to shut down: a failure from then on is the stop, not a fault of its own. */
  private static final AtomicBoolean STOPPING = new AtomicBoolean();

  /** Set when the command has finished: the shutdown its exit starts is not a stop. */
  private static final AtomicBoolean FINISHED = new AtomicBoolean();

  private static final String STOPPED = "partnership: stopped before the end: the process was asked to stop (a "
      + "signal such as TERM or INT); a run publishes nothing it has not finished, and the last good output is "
      + "untouched";

  /**
   * Watches for the process being asked to stop (TERM, INT, HUP: a scheduler's timeout, Ctrl-C). Spark then
   * stops its context, and the job that was running fails with Spark's "[INTERNAL_ERROR] ... You hit a bug in
   * Spark": that is not the line an analyst should find in the log. The watch says why the run stopped itself:
   * the JVM halts once its shutdown hooks are done, and the failing job may not reach {@link
   * #handleExecutionException} before it does.
   */
  static void watchForStop() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      STOPPING.set(true);
      if (!FINISHED.get()) {
        System.err.println(STOPPED);
      }
    }, "partnership-stop-watch"));
  }

  /** The command is done and the process exits with its code: the shutdown that follows is not a stop. */
  static void finished() {
    FINISHED.set(true);
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose")
        || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
    if (STOPPING.get()) {
      // The stop watch has said why.
      if (verbose) {
        e.printStackTrace();
      }
      return ExitCodes.FAILED;
    }
    InputFileException unusable = unusableInput(e);
    if (unusable != null) {
      System.err.println("partnership: " + unusable.getMessage());
      if (verbose) {
        e.printStackTrace();
      }
      return ExitCodes.INPUT_UNUSABLE;
    }
    // A Spark job's failure carries the remote stack trace in its message: only its first line is for the user.
    System.err.println("partnership: " + e.toString().lines().findFirst().orElse(""));
    if (verbose) {
      e.printStackTrace();
    } else {
      System.err.println("partnership: run again with --verbose for details");
    }
    return ExitCodes.FAILED;
  }

  /** The input fault behind the failure: a partner file refused, or a Parquet file damaged on disk; else null. */
  private static InputFileException unusableInput(Throwable e) {
    for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof InputFileException input) {
        return input;
      }
    }
    return DamagedParquet.in(e).orElse(null);
  }
}
