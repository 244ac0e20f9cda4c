package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates spells of a school-age child missing education: now and then for any child, more often
 * in vulnerable families and soon after a move into temporary accommodation.
 */
final class EducationSimulator {

  private static final Weighted REASONS = Weighted.of(
      "never_on_roll", 10, "left_without_destination", 35, "moved_away_unknown", 30, "removed_from_roll", 15,
      "other", 10);

  private final GeneratorOptions options;

  EducationSimulator(GeneratorOptions options) {
    this.options = options;
  }

  void simulate(ChildHistory child, Vulnerability vulnerability, SplittableRandom random) {
    // Compulsory school age, roughly: from the fifth to the sixteenth birthday (statutory-facts.md §3a).
    LocalDate from = FrontDoorSimulator.later(child.birthDate.plusYears(5), options.simulationStart());
    LocalDate to = FrontDoorSimulator.earlier(child.birthDate.plusYears(16), options.periodEnd());
    List<LocalDate> starts = new ArrayList<>();
    for (double day = from.toEpochDay() + Draw.daysToNext(random, vulnerability.missingEducationPerYear);
        day <= to.toEpochDay();
        day += Draw.daysToNext(random, vulnerability.missingEducationPerYear)) {
      starts.add(LocalDate.ofEpochDay((long) day));
    }
    for (TemporaryStay stay : child.temporaryStays) {
      LocalDate start = stay.placedDate().plusDays(Draw.between(random, 0, 30));
      if (Draw.chance(random, 0.12) && !start.isBefore(from) && !start.isAfter(to)) {
        starts.add(start);
      }
    }
    starts.sort(Comparator.naturalOrder());
    LocalDate previousEnd = LocalDate.MIN;
    for (LocalDate start : starts) {
      if (start.isAfter(previousEnd)) {
        LocalDate end = start.plusDays(Math.max(1, (long) Draw.logNormal(random, 21, 1.0)));
        child.missingEducation.add(new MissingEducation(start, end, REASONS.pick(random)));
        previousEnd = end;
      }
    }
  }
}
