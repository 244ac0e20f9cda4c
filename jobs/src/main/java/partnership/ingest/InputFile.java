package partnership.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A partner file as delivered, for the run manifest.
 *
 * @param records records read; 0 for a file already delivered, which is not read again
 * @param alreadyDelivered how the same bytes were delivered before ({@code on 2026-11-01 as
 *     police/missing_episodes.csv}); null for a new delivery
 */
@JsonPropertyOrder({"file", "bytes", "sha256", "records", "already_delivered"})
public record InputFile(String file, long bytes, String sha256, long records,
    @JsonInclude(JsonInclude.Include.NON_NULL) String alreadyDelivered) {}
