package partnership.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import partnership.ingest.InputFile;

/**
 * {@code manifest.json}: what a run read and wrote, how long each stage took, and with which versions. The only
 * output that carries the run id and times, so every other output is byte-identical across runs.
 *
 * @param inputs the files of the input folder, new deliveries and re-sent ones
 * @param delivered the delivery date given to this run's new deliveries
 * @param asOf the date the deliveries read were limited to; null when every delivery was read
 * @param deliveriesRead the deliveries of the store the metrics read: {@code run --as-of} with the same store
 *     reads them again
 */
@JsonPropertyOrder({"run_id", "period", "partnership", "started_at", "finished_at", "input", "inputs", "store",
    "delivered", "as_of", "deliveries_read", "outputs", "stage_seconds", "versions"})
public record Manifest(
    String runId,
    String period,
    String partnership,
    String startedAt,
    String finishedAt,
    String input,
    List<InputFile> inputs,
    String store,
    String delivered,
    String asOf,
    List<DeliveryRead> deliveriesRead,
    List<OutputFile> outputs,
    Map<String, Double> stageSeconds,
    Map<String, String> versions) {

  /** A delivery the metrics read. */
  @JsonPropertyOrder({"file", "delivered", "sha256"})
  public record DeliveryRead(String file, String delivered, String sha256) {}

  /** An output file with its size and digest. */
  @JsonPropertyOrder({"file", "bytes", "sha256"})
  public record OutputFile(String file, long bytes, String sha256) {}
}
