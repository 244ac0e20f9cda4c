package partnership.pipeline;

import java.time.Duration;
import java.util.Locale;

/** Progress lines on stderr, one per step, so an analyst or a scheduler log can follow a run. */
public final class Progress {

  private final boolean quiet;

  public Progress(boolean quiet) {
    this.quiet = quiet;
  }

  public void stage(String stage, String message) {
    if (!quiet) {
      System.err.println("[" + stage + "] " + message);
    }
  }

  public static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
