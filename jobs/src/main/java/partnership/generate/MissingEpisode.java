package partnership.generate;

import java.time.LocalDateTime;

/**
 * A time a child went missing, as the police and, for a looked-after child, the council saw it.
 *
 * @param riskGrade the police risk grade
 * @param fromCare whether the child was looked after at the time
 * @param reportedToPolice whether the police have a missing report for it
 * @param careRecord the SSDA903 missing type, M or A, or null when the council did not record it
 * @param interview the return home interview after it, or null when none was recorded
 */
record MissingEpisode(
    LocalDateTime lastSeenAt,
    LocalDateTime reportedAt,
    LocalDateTime returnedAt,
    String riskGrade,
    boolean fromCare,
    boolean reportedToPolice,
    String careRecord,
    ReturnInterview interview) {

  /**
   * The return home interview due after a missing episode.
   *
   * @param offeredAt null when never offered
   * @param completedAt null when not (yet) held
   * @param accepted Y, N, or null when not asked
   */
  record ReturnInterview(LocalDateTime offeredAt, LocalDateTime completedAt, String accepted) {}
}
