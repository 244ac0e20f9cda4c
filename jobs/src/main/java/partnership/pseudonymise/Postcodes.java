package partnership.pseudonymise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a UK postcode to its sector ({@code B91 3QB} to {@code B91 3}): about 3,000 addresses, not 15. */
final class Postcodes {

  /** Outward code (area, district, optional letter), the inward code's sector digit and its unit. */
  private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9])[A-Z]{2}");
  /** A postcode already cut to its sector; the space is needed, since {@code B91} could be {@code B9 1}. */
  private static final Pattern SECTOR = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?) +([0-9])");

  private Postcodes() {}

  /**
   * The sector of a postcode, "" for a blank or for text that is not a postcode: such text (often an
   * address typed into the wrong field) cannot be cut safely, so it is not passed on.
   */
  static String sector(String postcode) {
    String text = postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT);
    Matcher full = POSTCODE.matcher(text.replaceAll("\\s", ""));
    if (full.matches()) {
      return full.group(1) + " " + full.group(2);
    }
    Matcher sector = SECTOR.matcher(text);
    return sector.matches() ? sector.group(1) + " " + sector.group(2) : "";
  }
}
