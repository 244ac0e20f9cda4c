package partnership.pseudonymise;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The rejects file: one row per record that could not be pseudonymised, with the file's name (not its
 * path, which can name the person who ran the tool), the line the record starts on and the reason, so that the partner can correct it. The identifier is masked
 * ({@link Masks}): the rejects file names the problem, never the child.
 */
final class Rejects implements Closeable {

  private final String file;
  private final CsvWriter csv;
  private long count;

  Rejects(String file, OutputStream out) throws IOException {
    this.file = file;
    this.csv = new CsvWriter(out);
    csv.write(List.of("file", "line", "reason", "masked_identifier"));
  }

  void reject(long line, String reason, String identifier) throws IOException {
    csv.write(List.of(file, Long.toString(line), reason, Masks.mask(identifier)));
    count++;
  }

  long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
