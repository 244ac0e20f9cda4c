package partnership.bench;

import java.util.Objects;

/** A metric's headline figures: the row with breakdown {@code all}. */
record Headline(Long numerator, Long denominator, Double value) {

  /** Whether both hold the same figures; values are compared as published, to their decimal places. */
  boolean sameAs(Headline other) {
    return Objects.equals(numerator, other.numerator) && Objects.equals(denominator, other.denominator)
        && Objects.equals(value, other.value);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator + " = " + value;
  }
}
