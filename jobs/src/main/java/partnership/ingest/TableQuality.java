package partnership.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.SortedMap;

/**
 * The quality of one table read from one file (quality/report.json). Always {@code read = accepted + quarantined}.
 *
 * @param status {@code ok}, or {@code refused} when a fault made the whole file unusable (then nothing of it
 *     is accepted, and every record read is counted under the fault's rule), or {@code already_delivered}
 *     when the same bytes were delivered before (nothing read again, all counts 0, a note says when)
 * @param byRule quarantined records per rule
 * @param warningsByRule accepted records per finding (rules of severity warn)
 * @param notes what the partner should know: columns dropped, identifier fields removed, the refusal reason
 */
@JsonPropertyOrder({"file", "table", "status", "read", "accepted", "quarantined", "by_rule", "warnings_by_rule",
    "notes", "sha256"})
public record TableQuality(
    String file,
    String table,
    String status,
    long read,
    long accepted,
    long quarantined,
    SortedMap<String, Long> byRule,
    SortedMap<String, Long> warningsByRule,
    List<String> notes,
    String sha256) {}
