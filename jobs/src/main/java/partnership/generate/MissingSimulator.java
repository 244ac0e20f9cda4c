package partnership.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates the times a child goes missing: a minority of teenagers run repeatedly, from home or from
 * care; the police record most, the council records those from care (SSDA903, M or A), and a return
 * home interview is due after each.
 */
final class MissingSimulator {

  private static final Weighted RISK_AT_HOME = Weighted.of("no_apparent_risk", 14, "low", 42, "medium", 39, "high", 5);
  private static final Weighted RISK_FROM_CARE = Weighted.of("no_apparent_risk", 8, "low", 36, "medium", 47, "high", 9);

  private final GeneratorOptions options;

  MissingSimulator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * The days a child goes missing from home: runs of a repeatedly missing teenager, and rare one-off
   * episodes of any older child.
   */
  List<LocalDate> daysMissingFromHome(ChildHistory child, Vulnerability vulnerability, SplittableRandom random) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate end = FrontDoorSimulator.earlier(options.periodEnd(), child.adulthood().minusDays(1));
    if (Draw.chance(random, vulnerability.runnerShare)) {
      LocalDate from = later(child.birthDate.plusYears(Draw.between(random, 10, 14)));
      addEvents(days, from, end, Draw.logNormal(random, vulnerability.runsPerYear, 0.7), random);
    }
    addEvents(days, later(child.birthDate.plusYears(9)), end, 0.004, random);
    return days;
  }

  /** Police notifications to the front door: about a third of missing episodes from home. */
  List<Concern> notifications(List<LocalDate> daysMissing, SplittableRandom random) {
    List<Concern> concerns = new ArrayList<>();
    for (LocalDate day : daysMissing) {
      if (Draw.chance(random, 0.35)) {
        concerns.add(new Concern(day.plusDays(Draw.between(random, 0, 1)), "6", "missing"));
      }
    }
    return concerns;
  }

  /**
   * Records the child's missing episodes once their care history is known: the days from home, and
   * runs from care of about a third of looked-after teenagers.
   */
  void simulate(ChildHistory child, List<LocalDate> daysMissingFromHome, SplittableRandom random) {
    List<LocalDate> days = new ArrayList<>(daysMissingFromHome);
    for (CarePeriod period : child.carePeriods) {
      if (Draw.chance(random, 0.25)) {
        LocalDate from = FrontDoorSimulator.later(period.startDate(), child.birthDate.plusYears(11));
        LocalDate to = FrontDoorSimulator.earlier(period.endDate(), options.periodEnd());
        addEvents(days, from, to, Draw.logNormal(random, 8, 0.8), random);
      }
    }
    days.sort(Comparator.naturalOrder());
    LocalDateTime previousReturn = LocalDateTime.MIN;
    for (LocalDate day : days) {
      LocalDateTime lastSeenAt = Draw.anyTime(random, day);
      if (!lastSeenAt.isAfter(previousReturn)) {
        continue;
      }
      MissingEpisode episode = episode(child, lastSeenAt, random);
      child.missingEpisodes.add(episode);
      previousReturn = episode.returnedAt();
    }
  }

  private MissingEpisode episode(ChildHistory child, LocalDateTime lastSeenAt, SplittableRandom random) {
    boolean fromCare = child.isLookedAfterOn(lastSeenAt.toLocalDate());
    double hours = Draw.logNormal(random, fromCare ? 8 : 10, 1.1);
    LocalDateTime returnedAt = lastSeenAt.plusMinutes((long) (hours * 60) + 30);
    LocalDateTime reportedAt = lastSeenAt.plusMinutes((long) (Math.min(hours / 2, Draw.logNormal(random, 2, 0.8)) * 60));
    String careRecord = null;
    boolean reportedToPolice = true;
    if (fromCare && Draw.chance(random, 0.95)) {
      careRecord = Draw.chance(random, 0.85) ? "M" : "A";
      reportedToPolice = Draw.chance(random, careRecord.equals("M") ? 0.78 : 0.3);
    }
    String risk = (fromCare ? RISK_FROM_CARE : RISK_AT_HOME).pick(random);
    return new MissingEpisode(
        lastSeenAt, reportedAt, returnedAt, risk, fromCare, reportedToPolice, careRecord, interview(returnedAt, random));
  }

  /** About 60% of return interviews are completed within 72 hours of return (England: 63%). */
  private static MissingEpisode.ReturnInterview interview(LocalDateTime returnedAt, SplittableRandom random) {
    if (!Draw.chance(random, 0.92)) {
      return null;
    }
    if (!Draw.chance(random, 0.93)) {
      return new MissingEpisode.ReturnInterview(null, null, null);
    }
    LocalDateTime offeredAt = returnedAt.plusMinutes((long) (Draw.logNormal(random, 20, 0.8) * 60));
    double u = random.nextDouble();
    String accepted = u < 0.78 ? "Y" : u < 0.95 ? "N" : null;
    LocalDateTime completedAt = null;
    if ("Y".equals(accepted)) {
      long hours = Draw.chance(random, 0.86) ? Draw.between(random, 2, 71) : Draw.between(random, 73, 300);
      completedAt = returnedAt.plusHours(hours);
      if (completedAt.isBefore(offeredAt)) {
        completedAt = offeredAt.plusHours(1);
      }
    }
    return new MissingEpisode.ReturnInterview(offeredAt, completedAt, accepted);
  }

  private LocalDate later(LocalDate date) {
    return FrontDoorSimulator.later(date, options.simulationStart());
  }

  private static void addEvents(List<LocalDate> days, LocalDate from, LocalDate to, double perYear, SplittableRandom random) {
    for (double day = from.toEpochDay() + Draw.daysToNext(random, perYear);
        day <= to.toEpochDay();
        day += Draw.daysToNext(random, perYear)) {
      days.add(LocalDate.ofEpochDay((long) day));
    }
  }
}
