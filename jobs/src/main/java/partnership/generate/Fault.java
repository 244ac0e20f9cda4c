package partnership.generate;

import java.util.SplittableRandom;

/** A realistic fault the generator puts in a few rows, for the pipeline's quarantine to find. */
enum Fault {
  UNKNOWN_CODE,
  END_BEFORE_START,
  IMPOSSIBLE_DATE,
  BLANK_REQUIRED,
  DUPLICATE_KEY;

  /**
   * Draws the fault for one row: null (a clean row) but for {@code rate} of rows. The random generator
   * belongs to one output file, so that faults repeat for a seed.
   */
  static Fault next(SplittableRandom random, double rate) {
    if (random.nextDouble() >= rate) {
      return null;
    }
    return values()[random.nextInt(values().length)];
  }

  /** The 30th of February of the year in an ISO date or date-time or a dd/mm/yyyy date. */
  static String impossibleDate(String value) {
    if (value.length() >= 10 && value.charAt(4) == '-') {
      return value.substring(0, 4) + "-02-30" + value.substring(10);
    }
    if (value.length() == 10 && value.charAt(2) == '/') {
      return "30/02/" + value.substring(6);
    }
    return value;
  }
}
