package partnership.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A partner file as delivered, for the run manifest.
 *
 * @param records records read; 0 for a file already delivered, which is not read again
 * @param alreadyDelivered how the same bytes were delivered before ({@code on 2026-11-01 as
 *     police/missing_episodes.csv}); null for a new delivery
 * @param referenceDate the distinct {@code reference_date}s of the accepted records, comma-separated (a CIN
 *     census's ReferenceDate, which every record of it carries); null for a file without the column
 */
@JsonPropertyOrder({"file", "bytes", "sha256", "records", "already_delivered", "reference_date"})
public record InputFile(String file, long bytes, String sha256, long records,
    @JsonInclude(JsonInclude.Include.NON_NULL) String alreadyDelivered,
    @JsonInclude(JsonInclude.Include.NON_NULL) String referenceDate) {}
