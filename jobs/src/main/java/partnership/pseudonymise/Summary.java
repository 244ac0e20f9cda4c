package partnership.pseudonymise;

import java.util.List;

/**
 * What one pseudonymisation did, for the partner to read: every record read is either written or
 * rejected.
 *
 * @param format what the input was taken for ({@code "CIN census XML"}, {@code "SSDA903 CSV"},
 *     {@code "partner CSV"})
 * @param unit what a record is ({@code "rows"} or {@code "children"})
 * @param written records written with a pseudonym
 * @param rejected records sent to the rejects file
 * @param dropped the names of the columns or elements removed as direct identifiers
 */
public record Summary(String format, String unit, long written, long rejected, List<String> dropped) {}
