package partnership.cli;

/** Exit codes a scheduler can act on; the README lists them. */
public final class ExitCodes {

  /** Everything succeeded. */
  public static final int OK = 0;
  /** An unexpected failure: a bug or an environment fault (disk full, Spark could not start). */
  public static final int FAILED = 1;
  /** The command line was wrong (picocli's own code for usage errors). */
  public static final int USAGE = 2;
  /**
   * An input file or folder is unusable: missing, unreadable, raw identifiers, missing columns; or a Parquet file
   * the run reads back is damaged on disk.
   */
  public static final int INPUT_UNUSABLE = 3;
  /** Another run holds the lock on the output folder. */
  public static final int LOCKED = 4;

  private ExitCodes() {}
}
