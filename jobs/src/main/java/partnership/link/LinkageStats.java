package partnership.link;

import java.util.Locale;
import partnership.pipeline.Progress;

/** How the partners' children join on {@code child_id}: the linkage statistics of the child spine. */
public record LinkageStats(
    long children,
    long knownToCsc,
    long inPolice,
    long inHealth,
    long policeKnownToCsc,
    long healthKnownToCsc,
    long knownToAllThree,
    long mergedPseudonyms) {

  public String describe() {
    return String.format(Locale.ROOT,
        "%s children: %s known to children's services, %s to police (%s of them known to children's services),"
            + " %s to health (%s), %s to all three; %s previous pseudonyms merged (linked_ids.csv)",
        Progress.count(children), Progress.count(knownToCsc), Progress.count(inPolice),
        percent(policeKnownToCsc, inPolice), Progress.count(inHealth), percent(healthKnownToCsc, inHealth),
        Progress.count(knownToAllThree), Progress.count(mergedPseudonyms));
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
