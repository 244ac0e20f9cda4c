package partnership.generate;

import java.time.LocalDate;
import java.util.List;

/** A period of being looked after, as the SSDA903 episodes record it (one episode per change). */
record CarePeriod(List<Episode> episodes) {

  /**
   * One SSDA903 episode: a legal status and placement that held from {@code startDate} to {@code endDate}.
   *
   * @param reasonNewEpisode RNE: S started, P placement change, L legal status change, T both
   * @param reasonEnded REC: X1 when another episode follows, otherwise why care ended
   * @param reasonPlaceChange why the placement changed, on episodes that start with a placement change
   */
  record Episode(
      LocalDate startDate,
      String reasonNewEpisode,
      String legalStatus,
      String cinCode,
      String placement,
      String provider,
      LocalDate endDate,
      String reasonEnded,
      String reasonPlaceChange) {}

  LocalDate startDate() {
    return episodes.get(0).startDate();
  }

  LocalDate endDate() {
    return episodes.get(episodes.size() - 1).endDate();
  }

  boolean covers(LocalDate date) {
    return !date.isBefore(startDate()) && date.isBefore(endDate());
  }
}
