package partnership.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one run is asked to do.
 *
 * @param period the period label: {@code 2024-25}, {@code 2024-25-Q3} or {@code 2024-12}
 * @param input the input folder (partnership.json and a folder per partner)
 * @param output the output folder; the run writes {@code <output>/<period>/}, and the store when it is inside
 * @param master the Spark master, {@code local[*]} unless running on a cluster
 * @param disclosureThreshold counts from 1 to this are shown as {@code c} in public outputs
 * @param landingWindowDays T7 and N7: days after a partner referral within which it must reach children's services
 * @param quiet no progress lines on stderr
 * @param store the delivery store (docs/deliveries.md), {@code <output>/store} unless told otherwise
 * @param delivered the delivery date of the files this run ingests
 * @param asOf read the deliveries made on or before this date only; null for all of them
 */
public record RunOptions(
    String period,
    Path input,
    Path output,
    String master,
    int disclosureThreshold,
    int landingWindowDays,
    boolean quiet,
    Path store,
    LocalDate delivered,
    LocalDate asOf) {

  /** Where delivery dates are counted: a delivery on the evening of the 31st in London is of the 31st. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A run delivering the input today, with the store in {@code <output>/store}, reading every delivery. */
  public RunOptions(String period, Path input, Path output, String master, int disclosureThreshold,
      int landingWindowDays, boolean quiet) {
    this(period, input, output, master, disclosureThreshold, landingWindowDays, quiet, output.resolve("store"),
        LocalDate.now(LONDON), null);
  }
}
