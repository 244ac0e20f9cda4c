package partnership.pseudonymise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a UK postcode to its sector ({@code B91 3QB} to {@code B91 3}): about 3,000 addresses, not 15. */
final class Postcodes {

  /**
   * Outward code (area, district, optional letter), the inward code's sector digit, and its unit letters,
   * optional so that a postcode already cut to its sector passes unchanged.
   */
  private static final Pattern POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9])([A-Z]{2})?");

  private Postcodes() {}

  /**
   * The sector of a postcode, "" for a blank or for text that is not a postcode: such text (often an
   * address typed into the wrong field) cannot be cut safely, so it is not passed on.
   */
  static String sector(String postcode) {
    String compact = postcode == null ? "" : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    Matcher matcher = POSTCODE.matcher(compact);
    return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : "";
  }
}
