package partnership.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import partnership.ingest.IngestJob;
import partnership.ingest.TableQuality;

/**
 * {@code quality/report.json}: for every file and every table derived from it, rows read, accepted and
 * quarantined with counts by rule, plus the files not delivered and the files no contract covers.
 */
@JsonPropertyOrder({"period", "read", "accepted", "quarantined", "files", "not_delivered", "unrecognised_files"})
public record QualityReport(
    String period,
    long read,
    long accepted,
    long quarantined,
    List<TableQuality> files,
    List<String> notDelivered,
    List<String> unrecognisedFiles) {

  public static QualityReport of(String period, IngestJob.Result ingest) {
    List<TableQuality> files = ingest.quality();
    return new QualityReport(period,
        files.stream().mapToLong(TableQuality::read).sum(),
        files.stream().mapToLong(TableQuality::accepted).sum(),
        files.stream().mapToLong(TableQuality::quarantined).sum(),
        files, ingest.notDelivered(), ingest.unrecognised());
  }
}
