package partnership.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates the concerns raised about a child, the police and health referrals they become, the
 * contacts that reach the front door and the decisions on them; a decision to refer opens a CIN
 * episode. Contacts run at about four times referrals, as in England.
 */
final class FrontDoorSimulator {

  // Shares of CIN referral sources in England's referrals (police about 30%, schools about 20%).
  private static final Weighted SOURCES = Weighted.of(
      "6", 30, "2A", 18, "2B", 2, "3A", 4, "3B", 3, "3C", 1, "3D", 2, "3E", 4, "3F", 2, "5A", 4, "5B", 3, "5C", 2,
      "5D", 3, "1A", 5, "1B", 1, "1C", 1, "1D", 2, "4", 2, "7", 3, "8", 5, "9", 2, "10", 1);
  private static final Weighted POLICE_CONCERNS = Weighted.of(
      "domestic_abuse", 38, "neglect", 14, "physical_abuse", 10, "exploitation", 8, "missing", 6,
      "emotional_abuse", 6, "sexual_abuse", 5, "other", 13);
  private static final Weighted HEALTH_CONCERNS = Weighted.of(
      "neglect", 22, "physical_abuse", 14, "emotional_abuse", 14, "domestic_abuse", 14, "sexual_abuse", 5,
      "exploitation", 3, "other", 28);
  private static final Weighted OTHER_CONCERNS = Weighted.of(
      "neglect", 25, "emotional_abuse", 15, "domestic_abuse", 15, "physical_abuse", 12, "sexual_abuse", 5,
      "exploitation", 4, "missing", 2, "other", 22);
  private static final Weighted NOT_REFERRED = Weighted.of(
      "early_help", 30, "information_advice", 40, "no_further_action", 30);

  private final GeneratorOptions options;
  private final EpisodeSimulator episodes;

  FrontDoorSimulator(GeneratorOptions options, EpisodeSimulator episodes) {
    this.options = options;
    this.episodes = episodes;
  }

  /**
   * Simulates the child's front-door history. {@code missingConcerns} are police notifications of
   * missing episodes, merged with the child's other concerns.
   */
  void simulate(
      ChildHistory child,
      Vulnerability vulnerability,
      String familyConcern,
      List<Concern> missingConcerns,
      SplittableRandom random) {
    List<Concern> concerns = new ArrayList<>(missingConcerns);
    LocalDate first = later(options.simulationStart(), child.birthDate);
    LocalDate last = earlier(options.periodEnd(), child.adulthood().minusDays(1));
    double day = first.toEpochDay();
    while (true) {
      day += Draw.daysToNext(random, vulnerability.contactsPerYear);
      if (day > last.toEpochDay()) {
        break;
      }
      String source = SOURCES.pick(random);
      String concern = Draw.chance(random, 0.5) ? familyConcern : concernsFrom(source).pick(random);
      concerns.add(new Concern(LocalDate.ofEpochDay((long) day), source, concern));
    }
    concerns.sort(Comparator.comparing(Concern::date));
    LocalDate openUntil = child.episodes.isEmpty() ? null : child.episodes.get(0).closureDate;
    for (Concern concern : concerns) {
      LocalDateTime receivedAt = arrival(child, concern, random);
      if (receivedAt == null) {
        continue;
      }
      LocalDateTime decisionAt = decision(receivedAt, random);
      LocalDate decisionDate = decisionAt.toLocalDate();
      boolean episodeOpen = openUntil != null && !openUntil.isBefore(decisionDate);
      String decision;
      if (!episodeOpen
          && decisionDate.isBefore(child.adulthood().minusMonths(1))
          && Draw.chance(random, vulnerability.referralShare * sourceFactor(concern.source()))) {
        CinEpisode episode = episodes.simulate(child, decisionDate, concern, vulnerability, random);
        openUntil = episode.closureDate;
        decision = "referral";
      } else {
        decision = NOT_REFERRED.pick(random);
      }
      child.contacts.add(new Contact(receivedAt, concern.source(), decisionAt, decision));
    }
  }

  /**
   * When the concern reached the front door as a contact, or null when it never did. Police and
   * health concerns first become the partner's own referral, and a few of those never arrive.
   */
  private static LocalDateTime arrival(ChildHistory child, Concern concern, SplittableRandom random) {
    String source = concern.source();
    if (source.equals("6") || source.startsWith("3")) {
      boolean police = source.equals("6");
      LocalDateTime createdAt = police || source.equals("3E")
          ? Draw.anyTime(random, concern.date())
          : Draw.officeHours(random, WorkingDays.onOrAfter(concern.date()));
      LocalDateTime sharedAt = shared(createdAt, police ? 0.04 : 0.06, random);
      PartnerReferral referral = new PartnerReferral(createdAt, sharedAt, police ? null : setting(source), concern.concern());
      (police ? child.policeReferrals : child.healthReferrals).add(referral);
      if (sharedAt == null || Draw.chance(random, police ? 0.07 : 0.10)) {
        return null;
      }
      if (Draw.chance(random, 0.03)) {
        return Draw.officeHours(random, WorkingDays.plus(sharedAt.toLocalDate(), Draw.between(random, 6, 20)));
      }
      return sharedAt.plusMinutes(Draw.between(random, 5, 180));
    }
    boolean anyHour = source.startsWith("1") || source.equals("9");
    return anyHour
        ? Draw.anyTime(random, concern.date())
        : Draw.officeHours(random, WorkingDays.onOrAfter(concern.date()));
  }

  /** When a partner's referral was sent on: mostly the same or next working day, sometimes never. */
  private static LocalDateTime shared(LocalDateTime createdAt, double neverShared, SplittableRandom random) {
    if (Draw.chance(random, neverShared)) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.55) {
      return createdAt.plusMinutes(Draw.between(random, 10, 600));
    }
    int days = u < 0.82 ? 1 : Draw.between(random, 2, 6);
    return Draw.officeHours(random, WorkingDays.plus(createdAt.toLocalDate(), days));
  }

  /** The decision time: most on the day or the next working day (T1), a tail later. */
  private static LocalDateTime decision(LocalDateTime receivedAt, SplittableRandom random) {
    LocalDate received = receivedAt.toLocalDate();
    double u = random.nextDouble();
    if (u < 0.55 && WorkingDays.isWorkingDay(received) && receivedAt.getHour() < 16) {
      return receivedAt.plusMinutes(Draw.between(random, 15, 120));
    }
    int days = u < 0.88 ? 1 : Draw.between(random, 2, 7);
    return Draw.officeHours(random, WorkingDays.plus(received, days));
  }

  private static double sourceFactor(String source) {
    if (source.equals("6")) {
      return 0.75;
    }
    return source.startsWith("5") ? 1.4 : 1.0;
  }

  private static Weighted concernsFrom(String source) {
    if (source.equals("6")) {
      return POLICE_CONCERNS;
    }
    return source.startsWith("3") ? HEALTH_CONCERNS : OTHER_CONCERNS;
  }

  private static String setting(String source) {
    return switch (source) {
      case "3A" -> "gp";
      case "3B" -> "health_visitor";
      case "3C" -> "school_nurse";
      case "3D" -> "midwifery";
      case "3E" -> "emergency_department";
      default -> "mental_health";
    };
  }

  static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
