package partnership.ingest;

/**
 * A fault that makes a whole partner file unusable (unreadable bytes, malformed XML, a raw identifier,
 * a missing required column). The message names the file, where in it, and the rule; it never carries a
 * raw identifier in full.
 */
public class InputFileException extends RuntimeException {

  private final String file;
  private final String location;
  private final String rule;

  public InputFileException(String file, String location, String rule, String message) {
    super("Cannot read " + file + (location == null ? "" : " at " + location) + ": " + message
        + " [rule " + rule + "]");
    this.file = file;
    this.location = location;
    this.rule = rule;
  }

  private InputFileException(String message, String file, String rule) {
    super(message);
    this.file = file;
    this.location = null;
    this.rule = rule;
  }

  /**
   * The run stops because ingest refused {@code file}; {@code refusal} is ingest's note, which already names the
   * file, the place and the rule ("Cannot read ... [rule ...]").
   */
  public static InputFileException stopsRun(String file, String refusal) {
    return new InputFileException(refusal + ". Nothing was published; the previous output is untouched", file,
        "file_refused");
  }

  public String file() {
    return file;
  }

  public String location() {
    return location;
  }

  public String rule() {
    return rule;
  }
}
