package partnership.pseudonymise;

import partnership.identity.NhsNumber;
import partnership.identity.Pseudonym;

/**
 * Turns the identifier a partner file holds (an NHS number, or the council's local id with a
 * {@link Crosswalk}) into the child's {@code child_id}, or says why it cannot: a number that is missing
 * or fails the modulus-11 check is never hashed (statutory-facts.md §5).
 */
final class ChildIds {

  /** Either a {@code childId} or the {@code rejectReason} there is none; the other is null. */
  record Outcome(String childId, String rejectReason) {}

  private final Pseudonym pseudonym;
  private final Crosswalk crosswalk;

  /** A crosswalk of null means the files hold NHS numbers themselves. */
  ChildIds(Pseudonym pseudonym, Crosswalk crosswalk) {
    this.pseudonym = pseudonym;
    this.crosswalk = crosswalk;
  }

  Outcome resolve(String identifier) {
    if (crosswalk == null) {
      return fromNhsNumber(identifier, "NHS number");
    }
    if (identifier == null || identifier.isBlank()) {
      return reject("local id is missing");
    }
    String nhsNumber = crosswalk.nhsNumberOf(identifier);
    if (nhsNumber == null) {
      return reject("local id is not in the crosswalk");
    }
    return fromNhsNumber(nhsNumber, "the crosswalk's NHS number for this local id");
  }

  private Outcome fromNhsNumber(String text, String what) {
    if (text == null || text.isBlank()) {
      return reject(what + " is missing");
    }
    String digits = NhsNumber.normalise(text);
    if (digits == null) {
      return reject(what + " is not ten digits");
    }
    if (!NhsNumber.isValid(digits)) {
      return reject(what + " fails the modulus 11 check");
    }
    return new Outcome(pseudonym.of(digits), null);
  }

  private static Outcome reject(String reason) {
    return new Outcome(null, reason);
  }
}
