package partnership.metrics;

import java.util.Map;

/**
 * What ingest found in one delivered file (the quality report's entry for it), the input of Q1.
 *
 * @param file the file's path under the input folder, e.g. {@code police/referrals.csv}
 * @param table the staging table it fed
 * @param read rows read (accepted + quarantined)
 * @param accepted rows accepted into staging
 * @param quarantined rows sent to quarantine
 * @param byRule quarantined rows per broken rule, in the report's order
 */
public record FileQuality(String file, String table, long read, long accepted, long quarantined,
    Map<String, Long> byRule) {}
