package partnership.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import partnership.ingest.InputFile;

/**
 * {@code manifest.json}: what a run read and wrote, how long each stage took, and with which versions. The only
 * output that carries the run id and times, so every other output is byte-identical across runs.
 */
@JsonPropertyOrder({"run_id", "period", "partnership", "started_at", "finished_at", "input", "inputs", "outputs",
    "stage_seconds", "versions"})
public record Manifest(
    String runId,
    String period,
    String partnership,
    String startedAt,
    String finishedAt,
    String input,
    List<InputFile> inputs,
    List<OutputFile> outputs,
    Map<String, Double> stageSeconds,
    Map<String, String> versions) {

  /** An output file with its size and digest. */
  @JsonPropertyOrder({"file", "bytes", "sha256"})
  public record OutputFile(String file, long bytes, String sha256) {}
}
