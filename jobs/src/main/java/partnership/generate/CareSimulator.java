package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Simulates a period of care as SSDA903 episodes: how it starts and ends for a child of that age,
 * its legal statuses and its placement moves, and the child's initial health assessment.
 */
final class CareSimulator {

  private static final Weighted PLACEMENT_YOUNG = Weighted.of(
      "U4", 25, "U5", 20, "U6", 12, "U1", 5, "U2", 5, "U3", 10, "P1", 5, "K2", 2);
  private static final Weighted PLACEMENT_OLDER = Weighted.of(
      "U4", 20, "U5", 15, "U6", 10, "U1", 4, "U3", 6, "K2", 25, "R1", 5, "P1", 5, "S1", 3);
  private static final Weighted PLACEMENT_SIXTEEN = Weighted.of(
      "H5", 35, "K2", 20, "U4", 15, "U5", 10, "P2", 5, "U3", 5);
  private static final Weighted PLACEMENT_ADOPTION = Weighted.of("A4", 40, "A5", 40, "A6", 20);
  private static final Weighted PLACE_CHANGE = Weighted.of(
      "CARPL", 25, "CHILD", 10, "LAREQ", 20, "PLACE", 15, "STAND", 15, "CREQB", 5, "ALLEG", 3, "OTHER", 7);
  private static final Weighted LEGAL_SHORT = Weighted.of("V2", 80, "L1", 10, "C1", 10);
  private static final Weighted LEGAL_LONG = Weighted.of("C1", 45, "V2", 30, "L1", 10, "L2", 5, "C2", 10);
  private static final Weighted LEAVING_AT_EIGHTEEN = Weighted.of("E5", 40, "E17", 25, "E8", 35);

  /** How a period of care ends: the REC code and its length in days (null length: at 18). */
  private record Outcome(String reasonEnded, Integer days) {}

  /** Simulates care starting on {@code start}, adds it and its health assessment to the child. */
  CarePeriod simulate(ChildHistory child, LocalDate start, String need, SplittableRandom random) {
    double age = child.ageAt(start);
    Outcome outcome = outcome(age, random);
    LocalDate end = outcome.days() == null ? child.adulthood() : start.plusDays(outcome.days());
    String reasonEnded = outcome.reasonEnded();
    if (!end.isBefore(child.adulthood())) {
      end = child.adulthood();
      reasonEnded = LEAVING_AT_EIGHTEEN.pick(random);
    }
    boolean shortStay = outcome.days() != null && outcome.days() < 365 && reasonEnded.startsWith("E4");

    // Changes after the start: legal status moves on court orders, placements move now and then.
    TreeMap<LocalDate, String> legalChanges = new TreeMap<>();
    String legal = (shortStay ? LEGAL_SHORT : LEGAL_LONG).pick(random);
    if (legal.equals("L1") || legal.equals("L2")) {
      legalChanges.put(start.plusDays(Draw.between(random, 1, 28)), "C1");
    }
    if (!legal.equals("V2") && !legal.equals("C2")) {
      legalChanges.put(start.plusDays(Draw.between(random, 120, 300)), "C2");
    }
    LocalDate adoptionPlacement = null;
    if (reasonEnded.equals("E11") || reasonEnded.equals("E12")) {
      adoptionPlacement = end.minusDays(Draw.between(random, 120, 280));
      legalChanges.put(adoptionPlacement, "E1");
    }
    TreeMap<LocalDate, Boolean> changes = new TreeMap<>();
    legalChanges.keySet().forEach(date -> changes.put(date, false));
    double meanStay = age >= 13 ? 250 : 500;
    for (double day = start.toEpochDay() + Draw.daysToNext(random, 365.25 / meanStay);
        day < end.toEpochDay();
        day += Draw.daysToNext(random, 365.25 / meanStay)) {
      changes.put(LocalDate.ofEpochDay((long) day), true);
    }
    if (adoptionPlacement != null) {
      changes.put(adoptionPlacement, true);
    }
    LocalDate periodEnd = end;
    changes.keySet().removeIf(date -> !date.isAfter(start) || !date.isBefore(periodEnd));

    List<CarePeriod.Episode> episodes = new ArrayList<>();
    String placement = placement(child, start, false, random);
    LocalDate episodeStart = start;
    String reasonNew = "S";
    String placeChange = null;
    for (Map.Entry<LocalDate, Boolean> change : changes.entrySet()) {
      LocalDate date = change.getKey();
      episodes.add(episode(episodeStart, reasonNew, legal, need, placement, date, "X1", placeChange, random));
      boolean legalChanged = legalChanges.containsKey(date);
      boolean placementChanged = change.getValue();
      if (legalChanged) {
        legal = legalChanges.get(date);
      }
      if (placementChanged) {
        placement = placement(child, date, date.equals(adoptionPlacement), random);
      }
      reasonNew = legalChanged && placementChanged ? "T" : legalChanged ? "L" : "P";
      placeChange = placementChanged ? PLACE_CHANGE.pick(random) : null;
      episodeStart = date;
    }
    episodes.add(episode(episodeStart, reasonNew, legal, need, placement, end, reasonEnded, placeChange, random));
    CarePeriod period = new CarePeriod(episodes);
    child.carePeriods.add(period);
    child.healthAssessments.add(healthAssessment(start, random));
    return period;
  }

  private static Outcome outcome(double age, SplittableRandom random) {
    double u = random.nextDouble();
    if (age < 5) {
      if (u < 0.25) {
        return new Outcome(Draw.chance(random, 0.8) ? "E11" : "E12", Draw.between(random, 450, 900));
      } else if (u < 0.55) {
        return new Outcome("E4A", Draw.between(random, 14, 365));
      } else if (u < 0.75) {
        return new Outcome(Draw.chance(random, 0.6) ? "E45" : "E46", Draw.between(random, 365, 900));
      }
      return new Outcome("E13", null);
    } else if (age < 13) {
      if (u < 0.40) {
        return new Outcome("E4A", Draw.between(random, 14, 400));
      } else if (u < 0.55) {
        return new Outcome(Draw.chance(random, 0.5) ? "E41" : "E45", Draw.between(random, 365, 900));
      }
      return new Outcome("E13", Draw.between(random, 1000, 3650));
    }
    if (u < 0.45) {
      return new Outcome(Draw.chance(random, 0.7) ? "E4A" : "E13", Draw.between(random, 7, 365));
    }
    return new Outcome("E8", null);
  }

  private static CarePeriod.Episode episode(
      LocalDate start,
      String reasonNew,
      String legal,
      String need,
      String placement,
      LocalDate end,
      String reasonEnded,
      String placeChange,
      SplittableRandom random) {
    String cinCode = need.equals("N9") || need.equals("N0") ? "N1" : need;
    return new CarePeriod.Episode(
        start, reasonNew, legal, cinCode, placement, provider(placement, random), end, reasonEnded, placeChange);
  }

  private static String placement(ChildHistory child, LocalDate date, boolean adoption, SplittableRandom random) {
    if (adoption) {
      return PLACEMENT_ADOPTION.pick(random);
    }
    double age = child.ageAt(date);
    return (age >= 16 ? PLACEMENT_SIXTEEN : age >= 10 ? PLACEMENT_OLDER : PLACEMENT_YOUNG).pick(random);
  }

  private static String provider(String placement, SplittableRandom random) {
    return switch (placement.charAt(0)) {
      case 'U' -> Draw.chance(random, 0.6) ? "PR1" : "PR4";
      case 'K' -> Draw.chance(random, 0.8) ? "PR4" : "PR1";
      case 'P' -> "PR0";
      case 'A' -> Draw.chance(random, 0.7) ? "PR1" : "PR5";
      default -> "PR4";
    };
  }

  /** About half of initial health assessments are done within 20 working days, as in England. */
  private static HealthAssessment healthAssessment(LocalDate start, SplittableRandom random) {
    LocalDate requested = WorkingDays.plus(start, Draw.between(random, 0, 5));
    double u = random.nextDouble();
    LocalDate completed = u < 0.55
        ? WorkingDays.plus(start, Draw.between(random, 5, 20))
        : u < 0.96 ? WorkingDays.plus(start, Draw.between(random, 21, 70)) : null;
    return new HealthAssessment(start, requested, completed);
  }
}
