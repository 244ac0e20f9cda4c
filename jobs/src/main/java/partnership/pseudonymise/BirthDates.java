package partnership.pseudonymise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a date of birth to its month, so that age bands stay known but the day, which with a postcode
 * sector nearly identifies a child, does not leave the partner. Only the shape is checked: whether the
 * date is plausible is for the pipeline's validation to say.
 */
final class BirthDates {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DFE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");

  private BirthDates() {}

  /** The first of the date's month in the date's own format, "" for a blank, null when not a date. */
  static String firstOfMonth(String date) {
    String text = date == null ? "" : date.strip();
    if (text.isEmpty()) {
      return "";
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return iso.group(1) + "-" + iso.group(2) + "-01";
    }
    Matcher dfe = DFE.matcher(text);
    if (dfe.matches()) {
      return "01/" + dfe.group(2) + "/" + dfe.group(3);
    }
    return null;
  }

  /** The date's month as {@code yyyy-mm}, "" for a blank, null when not a date. */
  static String month(String date) {
    String first = firstOfMonth(date);
    if (first == null || first.isEmpty()) {
      return first;
    }
    Matcher iso = ISO.matcher(first);
    if (iso.matches()) {
      return iso.group(1) + "-" + iso.group(2);
    }
    Matcher dfe = DFE.matcher(first);
    dfe.matches();
    return dfe.group(3) + "-" + dfe.group(2);
  }
}
