package partnership.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises identifiers that should never reach the pipeline (extracts.md, "Identity"): a {@code child_id}
 * that is an NHS number or a UPN, and columns named like direct identifiers.
 */
public final class RawIdentifiers {

  private static final Pattern UPN = Pattern.compile("[A-Z]\\d{12}|[A-Z]\\d{11}[A-Z]");
  private static final int UPN_LENGTH = 13;
  private static final Set<String> IDENTIFIER_COLUMNS = Set.of(
      "name", "forename", "forenames", "first_name", "firstname", "given_name", "surname", "last_name",
      "lastname", "family_name", "full_name", "postcode", "post_code", "nhs_number", "nhs_no", "nhsnumber",
      "nhs", "upn", "dob", "date_of_birth", "birth_date", "birthdate");

  private RawIdentifiers() {}

  /** The rule an identifier value breaks ({@code raw_nhs_number}, {@code raw_upn}), or null if it looks safe. */
  public static String ruleBrokenBy(String childId) {
    if (childId == null) {
      return null;
    }
    String compact = childId.replace(" ", "").replace("-", "");
    if (NhsNumber.isValid(compact)) {
      return "raw_nhs_number";
    }
    // A UPN is 13 characters: a pseudonym (52) is told apart by its length before any pattern is run.
    String trimmed = childId.trim();
    if (trimmed.length() == UPN_LENGTH && UPN.matcher(trimmed.toUpperCase(Locale.ROOT)).matches()) {
      return "raw_upn";
    }
    return null;
  }

  /** True when a column header names a direct identifier (name, address, postcode, NHS number, UPN, dob). */
  public static boolean isIdentifierColumn(String header) {
    String name = header.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return IDENTIFIER_COLUMNS.contains(name) || name.startsWith("address");
  }

  /** The first three characters and a count: enough to find the value, never the value itself. */
  public static String masked(String value) {
    if (value == null) {
      return "";
    }
    String head = value.length() > 3 ? value.substring(0, 3) : "";
    return head + "*".repeat(Math.max(0, value.length() - head.length()));
  }
}
