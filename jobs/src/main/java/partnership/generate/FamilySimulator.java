package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one family: its siblings (births, sex, ethnicity), how vulnerable it is and its main
 * concern, then each child's life through the partners' services. Families are independent, so a
 * family is all that is ever held in memory.
 */
final class FamilySimulator {

  private static final Weighted SIZES = Weighted.of("1", 45, "2", 35, "3", 14, "4", 6);
  // Roughly the West Midlands' mix of children's ethnicities, as CIN census codes.
  private static final Weighted ETHNICITIES = Weighted.of(
      "WBRI", 72, "WIRI", 1, "WOTH", 3, "WIRT", 0.2, "WROM", 0.3, "MWBC", 3, "MWBA", 1, "MWAS", 1.5, "MOTH", 1.5,
      "AIND", 4, "APKN", 4, "ABAN", 0.5, "AOTH", 1.5, "BCRB", 2, "BAFR", 1.5, "BOTH", 0.5, "CHNE", 0.5, "OOTH", 1,
      "REFU", 0.5, "NOBT", 0.5);
  private static final Weighted DISABILITIES = Weighted.of(
      "NONE", 92, "LD", 2, "AUT", 2, "COMM", 1.5, "BEH", 1, "MOB", 0.5, "HAND", 0.3, "HEAR", 0.3, "VIS", 0.2,
      "CON", 0.2);
  private static final Weighted FAMILY_CONCERNS = Weighted.of(
      "neglect", 40, "domestic_abuse", 25, "emotional_abuse", 10, "physical_abuse", 8, "exploitation", 7,
      "other", 10);

  private final GeneratorOptions options;
  private final FrontDoorSimulator frontDoor;
  private final EpisodeSimulator episodes;
  private final MissingSimulator missing;
  private final EducationSimulator education;
  private final HousingSimulator housing;

  FamilySimulator(GeneratorOptions options) {
    this.options = options;
    this.episodes = new EpisodeSimulator(new CareSimulator());
    this.frontDoor = new FrontDoorSimulator(options, episodes);
    this.missing = new MissingSimulator(options);
    this.education = new EducationSimulator(options);
    this.housing = new HousingSimulator(options);
  }

  /** The first birth date generated: children born then are 17 at the start of the first reporting year. */
  LocalDate firstBirthDate() {
    return options.windowStart().minusYears(18);
  }

  /** Simulates family number {@code index}, of at most {@code maxChildren} children. */
  Family simulate(long index, int maxChildren, Identities identities) {
    SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + index);
    Vulnerability vulnerability = vulnerability(random);
    String familyConcern = FAMILY_CONCERNS.pick(random);
    String ethnicity = ETHNICITIES.pick(random);
    int size = Math.min(Integer.parseInt(SIZES.pick(random)), maxChildren);
    LocalDate centre = Draw.dateBetween(random, firstBirthDate(), options.periodEnd());
    List<ChildHistory> children = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      long offset = (long) ((i - (size - 1) / 2.0) * Draw.between(random, 480, 1280));
      LocalDate birth = centre.plusDays(offset);
      if (birth.isBefore(firstBirthDate()) || birth.isAfter(options.periodEnd())) {
        birth = centre;
      }
      String sex = Draw.chance(random, 0.512) ? "M" : "F";
      children.add(new ChildHistory(identities.nextChildId(), birth, sex, ethnicity, DISABILITIES.pick(random)));
    }
    Family family = new Family(String.format("HH%07d", index), children);
    housing.simulate(family, vulnerability, random);
    LocalDate start = options.simulationStart();
    for (ChildHistory child : children) {
      double ageAtStart = child.ageAt(start);
      child.previousPlans = plansBefore(vulnerability, ageAtStart, random);
      if (ageAtStart >= 1 && ageAtStart < 17 && Draw.chance(random, vulnerability.inCareAtStart)) {
        episodes.alreadyInCare(child, start, random);
      }
      List<LocalDate> daysMissing = missing.daysMissingFromHome(child, vulnerability, random);
      frontDoor.simulate(child, vulnerability, familyConcern, missing.notifications(daysMissing, random), random);
      missing.simulate(child, daysMissing, random);
      education.simulate(child, vulnerability, random);
    }
    return family;
  }

  /**
   * Child protection plans a child had before the simulation starts, so that repeat plans appear from
   * the first year (about a fifth of England's plans are repeats).
   */
  private static int plansBefore(Vulnerability vulnerability, double ageAtStart, SplittableRandom random) {
    if (ageAtStart < 2 || vulnerability == Vulnerability.LOW) {
      return 0;
    }
    double u = random.nextDouble();
    if (vulnerability == Vulnerability.MEDIUM) {
      return u < 0.05 ? 1 : 0;
    }
    return u < 0.08 ? 2 : u < 0.33 ? 1 : 0;
  }

  private static Vulnerability vulnerability(SplittableRandom random) {
    double u = random.nextDouble();
    for (Vulnerability vulnerability : Vulnerability.values()) {
      u -= vulnerability.share;
      if (u < 0) {
        return vulnerability;
      }
    }
    return Vulnerability.LOW;
  }
}
