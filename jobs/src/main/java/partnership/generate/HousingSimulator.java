package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a family's stays in temporary accommodation: a stay of some months, sometimes opening
 * with bed and breakfast (and now and then past the 6-week limit, statutory-facts.md §3a), then
 * other accommodation. Every child of the household under 18 at placement is placed.
 */
final class HousingSimulator {

  private static final Weighted LATER_TYPES = Weighted.of(
      "nightly_paid", 30, "hostel", 15, "private_sector_leased", 25, "local_authority_stock", 20, "other", 10);

  private final GeneratorOptions options;

  HousingSimulator(GeneratorOptions options) {
    this.options = options;
  }

  void simulate(Family family, Vulnerability vulnerability, SplittableRandom random) {
    LocalDate end = options.periodEnd();
    double day = options.simulationStart().toEpochDay();
    while (true) {
      day += Draw.daysToNext(random, vulnerability.temporaryStaysPerYear);
      if (day > end.toEpochDay()) {
        return;
      }
      LocalDate placed = LocalDate.ofEpochDay((long) day);
      List<ChildHistory> placedChildren = family.children().stream()
          .filter(child -> !child.birthDate.isAfter(placed) && child.adulthood().isAfter(placed))
          .toList();
      List<TemporaryStay> stays = stays(placed, random);
      placedChildren.forEach(child -> child.temporaryStays.addAll(stays));
      day = stays.get(stays.size() - 1).leftDate().toEpochDay();
    }
  }

  private static List<TemporaryStay> stays(LocalDate placed, SplittableRandom random) {
    List<TemporaryStay> stays = new ArrayList<>();
    boolean outOfArea = Draw.chance(random, 0.2);
    LocalDate leaves = placed.plusDays(Math.max(14, (long) Draw.logNormal(random, 180, 0.9)));
    LocalDate from = placed;
    if (Draw.chance(random, 0.22)) {
      LocalDate leftBedAndBreakfast = from.plusDays(
          Draw.chance(random, 0.65) ? Draw.between(random, 3, 42) : Draw.between(random, 43, 120));
      stays.add(new TemporaryStay(from, leftBedAndBreakfast, "bed_and_breakfast", outOfArea));
      from = leftBedAndBreakfast;
    }
    if (from.isBefore(leaves) && Draw.chance(random, 0.3)) {
      LocalDate moved = from.plusDays((leaves.toEpochDay() - from.toEpochDay()) / 2);
      stays.add(new TemporaryStay(from, moved, LATER_TYPES.pick(random), outOfArea));
      from = moved;
    }
    if (from.isBefore(leaves) || stays.isEmpty()) {
      stays.add(new TemporaryStay(from, FrontDoorSimulator.later(leaves, from.plusDays(1)), LATER_TYPES.pick(random), outOfArea));
    }
    return stays;
  }
}
