package partnership.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** The logging options every command shares: quiet by default, Spark's own logs with --verbose. */
final class Logging {

  @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr; errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Spark's own log lines and stack traces of failures.")
  boolean verbose;

  void apply() {
    if (verbose) {
      // Every logger, not just the root: those log4j2.properties silences by default speak too.
      Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.INFO);
    }
  }
}
