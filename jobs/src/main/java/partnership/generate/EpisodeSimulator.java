package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a CIN episode from its referral: assessment, section 47 enquiry, initial conference,
 * child protection plan, CIN plan, entry to care and closure, with England's proportions and
 * timeliness (statutory-facts.md §3 and §7).
 */
final class EpisodeSimulator {

  private static final Weighted NEED_ABUSE = Weighted.of("N1", 70, "N4", 15, "N5", 15);
  private static final Weighted NEED_BEHAVIOUR = Weighted.of("N6", 30, "N1", 40, "N4", 15, "N5", 15);
  private static final Weighted NEED_OTHER = Weighted.of(
      "N1", 25, "N2", 10, "N3", 10, "N4", 20, "N5", 15, "N7", 2, "N8", 5, "N9", 8, "N0", 5);
  private static final Weighted CATEGORY_NEGLECT = Weighted.of("NEG", 92, "EMO", 4, "MUL", 4);
  private static final Weighted CATEGORY_EMOTIONAL = Weighted.of("EMO", 85, "NEG", 10, "MUL", 5);
  private static final Weighted CATEGORY_PHYSICAL = Weighted.of("PHY", 60, "NEG", 20, "EMO", 15, "MUL", 5);
  private static final Weighted CATEGORY_SEXUAL = Weighted.of("SAB", 65, "NEG", 15, "EMO", 10, "MUL", 10);
  private static final Weighted CATEGORY_OTHER = Weighted.of("NEG", 48, "EMO", 32, "PHY", 7, "SAB", 6, "MUL", 7);
  private static final Weighted PARENT_FACTORS = Weighted.of("1B", 20, "2B", 20, "3B", 25, "4B", 25, "5B", 10);
  private static final Weighted EXPLOITATION_FACTORS = Weighted.of("11A", 35, "24A", 40, "13A", 25);

  private final CareSimulator care;

  EpisodeSimulator(CareSimulator care) {
    this.care = care;
  }

  /** Simulates an episode referred on {@code referralDate} and adds it (and any care) to the child. */
  CinEpisode simulate(
      ChildHistory child, LocalDate referralDate, Concern concern, Vulnerability vulnerability, SplittableRandom random) {
    String need = needFor(concern.concern()).pick(random);
    boolean nfa = Draw.chance(random, 0.06);
    CinEpisode episode = new CinEpisode(referralDate, concern.source(), need, nfa);
    child.episodes.add(episode);
    if (nfa) {
      episode.closureDate = WorkingDays.plus(referralDate, Draw.between(random, 0, 5));
      episode.closureReason = "RC8";
      return episode;
    }
    LocalDate assessmentStart = WorkingDays.plus(referralDate, Draw.chance(random, 0.5) ? 0 : Draw.between(random, 1, 3));
    LocalDate authorised = WorkingDays.plus(assessmentStart, assessmentWorkingDays(random));
    episode.assessments.add(new CinEpisode.Assessment(assessmentStart, authorised, factors(child, concern, random)));
    LocalDate lastActivity = authorised;
    String closureReason = Draw.chance(random, 0.3) ? "RC9" : "RC8";
    CarePeriod carePeriod = null;

    double s47Chance = switch (vulnerability) {
      case LOW -> 0.27;
      case MEDIUM -> 0.37;
      case HIGH -> 0.46;
    };
    if (Draw.chance(random, s47Chance)) {
      LocalDate s47Start = WorkingDays.plus(referralDate, Draw.chance(random, 0.6) ? 0 : Draw.between(random, 1, 8));
      LocalDate target = WorkingDays.plus(s47Start, 15);
      LocalDate icpc = null;
      if (Draw.chance(random, 0.31)) {
        int days = Draw.chance(random, 0.84) ? Draw.between(random, 4, 15) : Draw.between(random, 16, 35);
        icpc = WorkingDays.plus(s47Start, days);
      }
      episode.section47s.add(new CinEpisode.Section47(s47Start, target, icpc));
      lastActivity = FrontDoorSimulator.later(lastActivity, s47Start);
      if (icpc != null && Draw.chance(random, 0.86)) {
        LocalDate planEnd = icpc.plusDays(planLengthDays(random));
        if (Draw.chance(random, 0.17) && child.ageAt(icpc) < 17) {
          LocalDate careStart = icpc.plusDays((long) ((planEnd.toEpochDay() - icpc.toEpochDay()) * random.nextDouble()));
          planEnd = careStart.plusDays(1);
          carePeriod = care.simulate(child, careStart, need, random);
        }
        String initial = categoryFor(concern.concern()).pick(random);
        String latest = Draw.chance(random, 0.9) ? initial : categoryFor("other").pick(random);
        episode.protectionPlans.add(new CinEpisode.ProtectionPlan(
            icpc, planEnd, initial, latest, child.previousPlans, reviews(icpc, planEnd)));
        child.previousPlans++;
        lastActivity = planEnd;
        closureReason = "RC7";
        if (carePeriod == null && Draw.chance(random, 0.55)) {
          LocalDate stepDownEnd = planEnd.plusDays(Draw.between(random, 60, 250));
          episode.cinPlans.add(new CinEpisode.PlanDates(planEnd, stepDownEnd));
          lastActivity = stepDownEnd;
        }
      }
    }
    if (episode.protectionPlans.isEmpty() && Draw.chance(random, 0.35)) {
      LocalDate planStart = authorised.plusDays(Draw.between(random, 0, 10));
      LocalDate planEnd = planStart.plusDays(Draw.between(random, 90, 365));
      episode.cinPlans.add(new CinEpisode.PlanDates(planStart, planEnd));
      lastActivity = planEnd;
      closureReason = "RC7";
    }
    if (carePeriod == null
        && child.ageAt(referralDate) < 17
        && Draw.chance(random, vulnerability == Vulnerability.HIGH ? 0.055 : 0.028)) {
      carePeriod = care.simulate(child, referralDate.plusDays(Draw.between(random, 0, 60)), need, random);
    }
    if (carePeriod != null) {
      lastActivity = FrontDoorSimulator.later(lastActivity, carePeriod.endDate());
      closureReason = closureAfterCare(carePeriod);
    }
    if (Draw.chance(random, 0.05) && lastActivity.isAfter(authorised.plusDays(120))) {
      LocalDate secondStart = authorised.plusDays(Draw.between(random, 60, 110));
      LocalDate secondAuthorised = WorkingDays.plus(secondStart, assessmentWorkingDays(random));
      episode.assessments.add(new CinEpisode.Assessment(secondStart, secondAuthorised, factors(child, concern, random)));
      lastActivity = FrontDoorSimulator.later(lastActivity, secondAuthorised);
    }
    episode.closureDate = lastActivity.plusDays(Draw.between(random, 0, 30));
    episode.closureReason = closureReason;
    return episode;
  }

  /**
   * Adds an episode for a child who was already looked after when the simulation starts: referred
   * and taken into care some years before it.
   */
  void alreadyInCare(ChildHistory child, LocalDate simulationStart, SplittableRandom random) {
    long maxDaysBefore = Math.min(simulationStart.toEpochDay() - child.birthDate.toEpochDay(), 8 * 365);
    LocalDate careStart = simulationStart.minusDays(random.nextLong(maxDaysBefore));
    LocalDate referralDate = WorkingDays.onOrAfter(careStart.minusDays(Draw.between(random, 0, 90)));
    if (referralDate.isBefore(child.birthDate)) {
      referralDate = careStart;
    }
    CinEpisode episode = new CinEpisode(referralDate, Draw.chance(random, 0.4) ? "6" : "5A", "N1", false);
    LocalDate assessmentStart = WorkingDays.plus(referralDate, 1);
    episode.assessments.add(new CinEpisode.Assessment(
        assessmentStart, WorkingDays.plus(assessmentStart, assessmentWorkingDays(random)), List.of("16A")));
    child.episodes.add(episode);
    CarePeriod carePeriod = care.simulate(child, careStart, "N1", random);
    episode.closureDate = carePeriod.endDate().plusDays(Draw.between(random, 0, 30));
    episode.closureReason = closureAfterCare(carePeriod);
  }

  /**
   * Working days from assessment start to authorisation: about 86% within 45 and a median near 33
   * (statutory-facts.md §7). Within 45 the draw leans to the later days, as councils' do.
   */
  private static int assessmentWorkingDays(SplittableRandom random) {
    if (Draw.chance(random, 0.857)) {
      return 45 - (int) Math.floor(44 * Math.pow(random.nextDouble(), 1.52));
    }
    return 46 + (int) Draw.daysToNext(random, 365.25 / 15);
  }

  /** Plan lengths in days, in the shares of England's plans ending (4.4% at two years or more). */
  private static int planLengthDays(SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.12) {
      return Draw.between(random, 30, 91);
    } else if (u < 0.34) {
      return Draw.between(random, 92, 182);
    } else if (u < 0.72) {
      return Draw.between(random, 183, 365);
    } else if (u < 0.945) {
      return Draw.between(random, 366, 730);
    }
    return Draw.between(random, 731, 1100);
  }

  private static List<LocalDate> reviews(LocalDate start, LocalDate end) {
    List<LocalDate> reviews = new ArrayList<>();
    for (LocalDate review = start.plusMonths(3); review.isBefore(end); review = review.plusMonths(6)) {
      reviews.add(review);
    }
    return reviews;
  }

  private static List<String> factors(ChildHistory child, Concern concern, SplittableRandom random) {
    if (Draw.chance(random, 0.08)) {
      return List.of("21");
    }
    List<String> factors = new ArrayList<>();
    switch (concern.concern()) {
      case "neglect" -> factors.add("16A");
      case "domestic_abuse" -> factors.add(Draw.chance(random, 0.5) ? "3A" : "3B");
      case "emotional_abuse" -> factors.add("17A");
      case "physical_abuse" -> factors.add("18B");
      case "sexual_abuse" -> factors.add("19B");
      case "exploitation" -> factors.add(EXPLOITATION_FACTORS.pick(random));
      case "missing" -> factors.add("10A");
      default -> factors.add("4B");
    }
    if (child.ageAt(concern.date()) >= 11 && Draw.chance(random, 0.12)) {
      factors.add("10A");
    }
    if (Draw.chance(random, 0.5)) {
      factors.add(PARENT_FACTORS.pick(random));
    }
    return factors.stream().distinct().toList();
  }

  private static Weighted needFor(String concern) {
    return switch (concern) {
      case "neglect", "physical_abuse", "sexual_abuse", "emotional_abuse", "domestic_abuse" -> NEED_ABUSE;
      case "exploitation", "missing" -> NEED_BEHAVIOUR;
      default -> NEED_OTHER;
    };
  }

  private static Weighted categoryFor(String concern) {
    return switch (concern) {
      case "neglect" -> CATEGORY_NEGLECT;
      case "domestic_abuse", "emotional_abuse" -> CATEGORY_EMOTIONAL;
      case "physical_abuse" -> CATEGORY_PHYSICAL;
      case "sexual_abuse" -> CATEGORY_SEXUAL;
      default -> CATEGORY_OTHER;
    };
  }

  private static String closureAfterCare(CarePeriod period) {
    return switch (period.episodes().get(period.episodes().size() - 1).reasonEnded()) {
      case "E11", "E12" -> "RC1";
      case "E41" -> "RC3";
      case "E45", "E46" -> "RC4";
      case "E5", "E17", "E8" -> "RC6";
      default -> "RC7";
    };
  }
}
