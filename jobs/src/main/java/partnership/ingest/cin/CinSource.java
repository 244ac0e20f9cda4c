package partnership.ingest.cin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import partnership.ingest.RecordSink;

/** Reads a DfE CIN census XML file for ingest and says what the partner should know about it. */
public final class CinSource {

  private CinSource() {}

  /** Reads the file; returns the notes for the partner (identifier fields dropped, blocks skipped). */
  public static List<String> read(Path path, String file, RecordSink sink) {
    CinReadSummary summary = new CinCensusReader().read(path, file, sink::record);
    List<String> notes = new ArrayList<>();
    new TreeMap<>(summary.droppedIdentifierFields()).forEach((field, count) -> notes.add(
        "identifier field " + field + " dropped unread from " + count + " children: remove it before sending"
            + " (pseudonymise does)"));
    Map<String, Long> skipped = new TreeMap<>(summary.skippedElements());
    if (!skipped.isEmpty()) {
      notes.add("elements not used by the pipeline, skipped: " + skipped);
    }
    return notes;
  }
}
