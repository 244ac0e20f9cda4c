package partnership.identity;

/** The NHS number: ten digits with a modulus-11 check digit (statutory-facts.md §5). */
public final class NhsNumber {

  private NhsNumber() {}

  /** Strips spaces and hyphens; returns null when what is left is not ten digits. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.replace(" ", "").replace("-", "");
    return isTenDigits(digits) ? digits : null;
  }

  /** True when {@code digits} is ten digits whose tenth is the modulus-11 check of the first nine. */
  public static boolean isValid(String digits) {
    if (!isTenDigits(digits)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /** Ten ASCII digits (as the pattern {@code \d{10}} matches, without compiling one for every value read). */
  private static boolean isTenDigits(String text) {
    if (text == null || text.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
