package partnership.pipeline;

import java.nio.file.Path;

/**
 * What one run is asked to do.
 *
 * @param period the period label: {@code 2024-25}, {@code 2024-25-Q3} or {@code 2024-12}
 * @param input the input folder (partnership.json and a folder per partner)
 * @param output the output folder; the run writes {@code <output>/<period>/} and nothing else
 * @param master the Spark master, {@code local[*]} unless running on a cluster
 * @param disclosureThreshold counts from 1 to this are shown as {@code c} in public outputs
 * @param landingWindowDays T7 and N7: days after a partner referral within which it must reach children's services
 * @param quiet no progress lines on stderr
 */
public record RunOptions(
    String period,
    Path input,
    Path output,
    String master,
    int disclosureThreshold,
    int landingWindowDays,
    boolean quiet) {}
