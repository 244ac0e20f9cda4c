package partnership.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import partnership.identity.Pseudonym;

/**
 * Hands out synthetic children's identities: a distinct NHS number from the test range
 * 999 000 0000 - 999 999 9999 (statutory-facts.md §5) and its pseudonym, the {@code child_id} every
 * partner's file carries.
 *
 * <p>The pseudonym key is derived from the seed: {@code SHA-256("partnership-demo-key:" + seed)}.
 * This demo key is public and for synthetic data only; a real partnership's key is a secret.
 */
final class Identities {

  /** The nine-digit prefixes 999 000 000 to 999 999 999, before the check digit. */
  private static final int PREFIXES = 1_000_000;
  /** A step coprime to {@link #PREFIXES}, so that stepping visits every prefix once, in a scattered order. */
  private static final int STRIDE = 611_953;
  /** How many NHS numbers the test range holds: prefixes whose check digit is not 10. */
  static final int CAPACITY = countValid();

  private final Pseudonym pseudonym;
  private int cursor;
  private int visited;

  Identities(long seed) {
    this.pseudonym = new Pseudonym(demoKey(seed));
    this.cursor = (int) Math.floorMod(seed * 0x9E3779B97F4A7C15L, (long) PREFIXES);
  }

  /** The demo pseudonym key of a seed: public, for synthetic data only. */
  static byte[] demoKey(long seed) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("partnership-demo-key:" + seed).getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot compute SHA-256", e);
    }
  }

  /** The next child's {@code child_id}. */
  String nextChildId() {
    return pseudonym.of(nextNhsNumber());
  }

  String nextNhsNumber() {
    while (visited < PREFIXES) {
      String number = withCheckDigit(cursor);
      cursor = (cursor + STRIDE) % PREFIXES;
      visited++;
      if (number != null) {
        return number;
      }
    }
    throw new IllegalStateException(
        "Cannot generate another child: the NHS test range holds only " + CAPACITY + " valid numbers");
  }

  /** The NHS number 999 + the six-digit {@code prefix} + its check digit, or null when none is valid. */
  private static String withCheckDigit(int prefix) {
    int check = checkDigit(prefix);
    return check < 0 ? null : String.format("999%06d%d", prefix, check);
  }

  /** The modulus-11 check digit of 999 + the six-digit prefix, or -1 when it would be 10 (no valid number). */
  private static int checkDigit(int prefix) {
    int sum = 9 * 10 + 9 * 9 + 9 * 8;
    int rest = prefix;
    for (int weight = 2; weight <= 7; weight++) {
      sum += (rest % 10) * weight;
      rest /= 10;
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  private static int countValid() {
    int count = 0;
    for (int prefix = 0; prefix < PREFIXES; prefix++) {
      if (checkDigit(prefix) >= 0) {
        count++;
      }
    }
    return count;
  }
}
