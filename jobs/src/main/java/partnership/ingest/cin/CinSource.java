package partnership.ingest.cin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import partnership.ingest.RecordSink;

/** Reads a DfE CIN census XML file and sends its flattened records on. */
public final class CinSource {

  private CinSource() {}

  /** Reads the file; returns the notes for the partner (identifier fields dropped, unknown blocks skipped). */
  public static List<String> read(Path path, String file, RecordSink sink) throws IOException {
    throw new UnsupportedOperationException("CIN census reader not merged yet");
  }
}
