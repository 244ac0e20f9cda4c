package partnership.pseudonymise;

import java.util.Locale;
import java.util.Set;

/**
 * What a column (or XML element) name says about its content: an NHS number, a direct identifier to
 * drop, a date of birth or a postcode to generalise. Names are compared lower case with everything but
 * letters and digits removed, so {@code NHS Number}, {@code nhs_number} and {@code NHSNumber} agree.
 */
final class ColumnNames {

  private static final Set<String> NHS_NUMBER = Set.of("nhsnumber", "nhsno", "nhsnum", "nhs");
  private static final Set<String> DATE_OF_BIRTH =
      Set.of("dob", "dateofbirth", "birthdate", "persondateofbirth", "personbirthdate");
  /**
   * Fragments that mark a direct identifier. Substrings, not whole names, so that {@code mother_nhs_number},
   * {@code child_first_name} or {@code address_line_1} go too; no column of the extract contracts
   * (extracts.md) contains one of them, so nothing the pipeline needs is lost.
   */
  private static final Set<String> IDENTIFIER_FRAGMENTS =
      Set.of("name", "address", "upn", "nhs", "forename", "surname");
  /** The SSDA903 postcode columns (statutory-facts.md §2) besides anything called a postcode. */
  private static final Set<String> POSTCODE = Set.of("homepost", "plpost");

  private ColumnNames() {}

  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  static boolean isNhsNumber(String name) {
    return NHS_NUMBER.contains(normalise(name));
  }

  static boolean isDateOfBirth(String name) {
    return DATE_OF_BIRTH.contains(normalise(name));
  }

  /** Another date of birth (a mother's, a child's child's), cut to its month but kept in place. */
  static boolean isOtherBirthDate(String name) {
    String normal = normalise(name);
    // Not every "birth" column: a birth weight is no date, and cutting it would reject every row.
    return !isDateOfBirth(name)
        && (normal.contains("dob") || normal.contains("birthdate") || normal.contains("dateofbirth"));
  }

  static boolean isPostcode(String name) {
    String normal = normalise(name);
    return normal.contains("postcode") || POSTCODE.contains(normal);
  }

  static boolean isDirectIdentifier(String name) {
    String normal = normalise(name);
    // The CIN census's UPNunknown is a reason code (UN1-UN10), not an identifier; DfE validation wants it
    // wherever the UPN is absent, which after pseudonymisation is everywhere.
    return !normal.equals("upnunknown") && IDENTIFIER_FRAGMENTS.stream().anyMatch(normal::contains);
  }
}
