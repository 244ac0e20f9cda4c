package partnership.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import partnership.ingest.IngestJob;
import partnership.ingest.InputFile;
import partnership.ingest.TableQuality;

/**
 * What a run would do ({@code run --dry-run}): which files it would store as new deliveries, which it would
 * recognise as re-sent, which it would refuse, which metrics would be not available and where it would write.
 *
 * @param periodFolder the folder the run would publish
 * @param store the delivery store it would read and add to
 * @param delivered the delivery date it would give the new files
 * @param asOf the date the deliveries read would be limited to; null for all of them
 * @param ingest the validation of every file of the input folder
 * @param notAvailable metric id to the files it needs that neither the input nor the store holds
 */
public record RunPlan(
    Path periodFolder,
    Path store,
    LocalDate delivered,
    LocalDate asOf,
    IngestJob.Result ingest,
    Map<String, List<String>> notAvailable) {

  public String describe() {
    StringBuilder out = new StringBuilder("Dry run: nothing was written.\n");
    for (InputFile input : ingest.inputs()) {
      List<TableQuality> quality = ingest.quality().stream().filter(q -> q.file().equals(input.file())).toList();
      long read = quality.stream().mapToLong(TableQuality::read).sum();
      long quarantined = quality.stream().mapToLong(TableQuality::quarantined).sum();
      if (input.alreadyDelivered() != null) {
        out.append("RE-SENT  ").append(input.file()).append(": already delivered ").append(input.alreadyDelivered())
            .append("; would not be ingested again\n");
      } else if (quality.stream().anyMatch(q -> "refused".equals(q.status()))) {
        List<String> notes = quality.get(0).notes();
        out.append("REFUSED  ").append(input.file()).append(": ").append(notes.get(notes.size() - 1)).append('\n');
      } else {
        out.append(String.format(Locale.ROOT, "NEW      %s: %s read, %s quarantined; would be stored as delivered"
            + " on %s%n", input.file(), Progress.count(read), Progress.count(quarantined), delivered));
      }
    }
    ingest.notDelivered().forEach(f -> out.append("ABSENT   ").append(f).append(" (not in the input folder)\n"));
    ingest.unrecognised().forEach(f -> out.append("IGNORED  ").append(f).append(" (no contract covers it)\n"));
    notAvailable.forEach((metric, files) -> out.append("NOT AVAILABLE ").append(metric).append(": needs ")
        .append(String.join(", ", files)).append('\n'));
    if (ingest.anyRefused()) {
      out.append("A run would stop before publishing: a file is unusable (REFUSED above).\n");
    } else {
      out.append("A run would read ").append(asOf == null ? "every delivery" : "the deliveries made on or before "
          + asOf).append(" of the store ").append(store).append(", write ").append(periodFolder)
          .append(" and store the NEW files in ").append(store).append(".\n");
    }
    return out.toString();
  }
}
