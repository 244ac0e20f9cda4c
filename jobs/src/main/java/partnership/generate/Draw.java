package partnership.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/** Random draws the simulators share, all from a caller's seeded generator so that runs repeat. */
final class Draw {

  private Draw() {}

  static boolean chance(SplittableRandom random, double probability) {
    return random.nextDouble() < probability;
  }

  /** An integer from {@code min} to {@code max}, both included. */
  static int between(SplittableRandom random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** Days to the next event of a process that happens {@code perYear} times a year on average. */
  static double daysToNext(SplittableRandom random, double perYear) {
    return -Math.log(1 - random.nextDouble()) * 365.25 / perYear;
  }

  /** A log-normal draw with the given median and spread (sigma of the logarithm). */
  static double logNormal(SplittableRandom random, double median, double sigma) {
    return median * Math.exp(sigma * gaussian(random));
  }

  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A date uniformly between two dates, both included. */
  static LocalDate dateBetween(SplittableRandom random, LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  /** A time in office hours (08:30 to 17:29) on the given date. */
  static LocalDateTime officeHours(SplittableRandom random, LocalDate date) {
    return date.atTime(8, 30).plusMinutes(random.nextInt(540));
  }

  /** A time anywhere in the given day. */
  static LocalDateTime anyTime(SplittableRandom random, LocalDate date) {
    return date.atStartOfDay().plusMinutes(random.nextInt(1440));
  }
}
