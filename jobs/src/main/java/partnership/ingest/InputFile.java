package partnership.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A partner file as delivered, for the run manifest. */
@JsonPropertyOrder({"file", "bytes", "sha256", "records"})
public record InputFile(String file, long bytes, String sha256, long records) {}
