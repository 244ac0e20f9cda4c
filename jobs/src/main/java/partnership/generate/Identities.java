package partnership.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import partnership.identity.Pseudonym;

/**
 * Hands out synthetic children's identities: an NHS number from the test range
 * 999 000 0000 - 999 999 9999 (statutory-facts.md §5) and its pseudonym, the {@code child_id} every
 * partner's file carries.
 *
 * <p>The range holds only {@link #CAPACITY} valid numbers, fewer than a region's or England's
 * simulated lives. So numbers are handed out in passes: the first pass visits every valid number
 * once, pseudonymised with the seed's demo key {@code SHA-256("partnership-demo-key:" + seed)}; each
 * later pass visits them again in the same order under another key,
 * {@code SHA-256("partnership-demo-key:" + seed + ":pass:" + pass)}. Child ids stay distinct (one
 * HMAC per key and number) while NHS numbers never leave the test range; a number then stands for
 * one child per pass, which is harmless because no generated file holds an NHS number, only child ids.
 * These demo keys are public and for synthetic data only; a real partnership's key is a secret.
 */
final class Identities {

  /** The nine-digit prefixes 999 000 000 to 999 999 999, before the check digit. */
  private static final int PREFIXES = 1_000_000;
  /** A step coprime to {@link #PREFIXES}, so that stepping visits every prefix once, in a scattered order. */
  private static final int STRIDE = 611_953;
  /** How many NHS numbers the test range holds: prefixes whose check digit is not 10. */
  static final int CAPACITY = countValid();

  private final long seed;
  private final int numbersPerPass;
  private final int start;
  private Pseudonym pseudonym;
  private int pass;
  private int cursor;
  private int handedOut;

  Identities(long seed) {
    this(seed, CAPACITY);
  }

  /** Identities whose passes end after {@code numbersPerPass} numbers (at most {@link #CAPACITY}), for tests. */
  Identities(long seed, int numbersPerPass) {
    if (numbersPerPass < 1 || numbersPerPass > CAPACITY) {
      throw new IllegalArgumentException(
          "Cannot hand out identities: a pass holds 1 to " + CAPACITY + " numbers, got " + numbersPerPass);
    }
    this.seed = seed;
    this.numbersPerPass = numbersPerPass;
    this.start = (int) Math.floorMod(seed * 0x9E3779B97F4A7C15L, (long) PREFIXES);
    this.pseudonym = new Pseudonym(demoKey(seed, 0));
    this.cursor = start;
  }

  /** The demo pseudonym key of a seed's pass (0 the first): public, for synthetic data only. */
  static byte[] demoKey(long seed, int pass) {
    String text = "partnership-demo-key:" + seed + (pass == 0 ? "" : ":pass:" + pass);
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot compute SHA-256", e);
    }
  }

  /** The next child's {@code child_id}. */
  String nextChildId() {
    // The number first: it may start a new pass, and so change the key.
    String number = nextNhsNumber();
    return pseudonym.of(number);
  }

  String nextNhsNumber() {
    if (handedOut == numbersPerPass) {
      pass++;
      pseudonym = new Pseudonym(demoKey(seed, pass));
      cursor = start;
      handedOut = 0;
    }
    // A pass holds at most CAPACITY numbers, so a valid one is always found before the range is used up.
    String number = null;
    while (number == null) {
      number = withCheckDigit(cursor);
      cursor = (cursor + STRIDE) % PREFIXES;
    }
    handedOut++;
    return number;
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
