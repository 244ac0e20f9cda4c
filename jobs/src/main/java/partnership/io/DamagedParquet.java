package partnership.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.spark.SparkThrowable;
import partnership.ingest.InputFileException;

/**
 * Recognises a Parquet file damaged on disk (truncated, overwritten, emptied) in the failure of a Spark job,
 * and turns it into the user error that names the file.
 *
 * <p>Spark reads Parquet lazily, so the damage surfaces wherever a stage first computes on the data (the
 * link stage for staging tables, whichever stage reads a store), wrapped in several layers of task failure.
 * Recognising it from the failure, rather than checking files up front, covers every Parquet folder the
 * pipeline reads back, those added later included, at no cost to a run that succeeds. The one exception is the
 * delivery store's view, read with the staging schema so Spark opens no footer when it is read: it checks its
 * footers up front ({@link #requireReadableFooters}).
 */
public final class DamagedParquet {

  /** The rule a damaged Parquet file breaks. */
  public static final String RULE = "parquet_damaged";

  /** A Parquet file's path in a message, as a plain path or a URI ({@code file:/x}, {@code file:///x}). */
  private static final Pattern PARQUET_FILE = Pattern.compile("(?:file:)?/*(/[^/\\s]\\S*?\\.parquet)(?![\\w/-])");

  private DamagedParquet() {}

  /**
   * Runs {@code read}, which opens the Parquet files under {@code folder} (Spark reads their footers there to
   * find the schema); a damaged footer fails it with the user error naming the file. Needed because Spark's
   * error for a footer it cannot decode does not always say which file it was reading.
   */
  public static <T> T reading(Path folder, Supplier<T> read) {
    try {
      return read.get();
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code throws SparkException, a checked one, undeclared.
      Optional<InputFileException> named = in(e);
      if (named.isPresent()) {
        throw named.get();
      }
      if (!damaged(e)) {
        throw DamagedParquet.<RuntimeException>unchanged(e);
      }
      Path file = firstUnreadableFooter(folder);
      throw error(file == null ? folder.toString() : file.toString(), reason(e));
    }
  }

  /**
   * Fails with the user error naming the first Parquet file under {@code folder} whose footer cannot be read.
   * For a folder read with a given schema: Spark then opens no footer until a stage computes on the table,
   * which for a table no metric reads is never.
   */
  public static void requireReadableFooters(Path folder) {
    Path file = firstUnreadableFooter(folder);
    if (file != null) {
      throw error(file.toString(), "its footer cannot be read");
    }
  }

  /** The user error for the damaged Parquet file among {@code failure}'s causes; empty when it has none. */
  public static Optional<InputFileException> in(Throwable failure) {
    if (!damaged(failure)) {
      return Optional.empty();
    }
    for (Throwable cause : causes(failure)) {
      Matcher path = PARQUET_FILE.matcher(String.valueOf(cause.getMessage()));
      if (path.find()) {
        return Optional.of(error(path.group(1), reason(failure)));
      }
    }
    return Optional.empty();
  }

  private static InputFileException error(String file, String reason) {
    return new InputFileException(file, null, RULE, "the Parquet file is damaged on disk (" + reason
        + "); restore it from a backup, or delete it and run again the step that wrote it");
  }

  private static boolean damaged(Throwable failure) {
    return causes(failure).stream().anyMatch(DamagedParquet::isDamage);
  }

  private static boolean isDamage(Throwable cause) {
    // Parquet's metadata is Thrift, shaded under various packages: a Thrift error is a damaged file.
    if (cause instanceof ChecksumException || cause instanceof ParquetDecodingException || isThrift(cause)) {
      return true;
    }
    if (cause instanceof SparkThrowable spark && spark.getCondition() != null
        && (spark.getCondition().startsWith("FAILED_READ_FILE")
            || spark.getCondition().startsWith("CANNOT_READ_FILE_FOOTER"))) {
      return true;
    }
    String message = cause.getMessage();
    return message != null && message.contains("is not a Parquet file");
  }

  /** The first Parquet file under the folder, in path order, whose footer cannot be read; null when none. */
  private static Path firstUnreadableFooter(Path folder) {
    Configuration conf = new Configuration();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(p -> p.getFileName().toString().matches("[^._].*\\.parquet"))
          .filter(Files::isRegularFile).sorted().toList()) {
        try (ParquetFileReader reader = ParquetFileReader.open(
            HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
          reader.getFooter();
        } catch (IOException | RuntimeException e) {
          return file;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Rethrows the failure as it is, checked or not. */
  @SuppressWarnings("unchecked")
  private static <E extends Exception> E unchanged(Exception e) throws E {
    throw (E) e;
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  /**
   * What is wrong with the file: the first line of the innermost message, Parquet's own rather than that of the
   * Thrift decoder beneath it, with the file's path (named apart) left out.
   */
  private static String reason(Throwable failure) {
    String reason = "";
    for (Throwable cause : causes(failure)) {
      if (cause.getMessage() != null && !isThrift(cause)) {
        reason = cause.getMessage();
      }
    }
    String line = PARQUET_FILE.matcher(reason.lines().findFirst().orElse("").strip()).replaceAll("the file");
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }

  private static boolean isThrift(Throwable cause) {
    return cause.getClass().getName().contains(".thrift.");
  }
}
