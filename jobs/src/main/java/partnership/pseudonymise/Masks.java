package partnership.pseudonymise;

/**
 * Hides an identifier in what a person reads: all but its last three characters become {@code *}, and
 * an identifier shorter than eight characters is hidden whole, since three of seven would say too much.
 */
final class Masks {

  private static final int SHOWN = 3;
  private static final int SHORTEST_SHOWN = 8;

  private Masks() {}

  static String mask(String identifier) {
    String compact = identifier == null ? "" : identifier.replaceAll("[\\s-]", "");
    int shown = compact.length() >= SHORTEST_SHOWN ? SHOWN : 0;
    return "*".repeat(compact.length() - shown) + compact.substring(compact.length() - shown);
  }
}
