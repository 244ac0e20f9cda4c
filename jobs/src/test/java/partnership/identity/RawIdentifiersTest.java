package partnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A child_id that is an NHS number or a UPN is recognised however it is spaced or cased; a pseudonym is not. */
class RawIdentifiersTest {

  @Test
  void nhsNumbersSpacedOrHyphenatedAreRaw() {
    assertThat(RawIdentifiers.ruleBrokenBy("9990000018")).isEqualTo("raw_nhs_number");
    assertThat(RawIdentifiers.ruleBrokenBy("999 000 0018")).isEqualTo("raw_nhs_number");
    assertThat(RawIdentifiers.ruleBrokenBy("999-000-0018")).isEqualTo("raw_nhs_number");
    // The same ten digits with a wrong check digit are not an NHS number.
    assertThat(RawIdentifiers.ruleBrokenBy("9990000019")).isNull();
  }

  @Test
  void upnsOfThirteenCharactersInAnyCaseAreRaw() {
    assertThat(RawIdentifiers.ruleBrokenBy("A123456789012")).isEqualTo("raw_upn");
    assertThat(RawIdentifiers.ruleBrokenBy(" a12345678901b ")).isEqualTo("raw_upn");
    assertThat(RawIdentifiers.ruleBrokenBy("A1234567890123")).isNull();
    assertThat(RawIdentifiers.ruleBrokenBy("A12345678901")).isNull();
    assertThat(RawIdentifiers.ruleBrokenBy("AB23456789012")).isNull();
  }

  @Test
  void aPseudonymIsNotRaw() {
    assertThat(RawIdentifiers.ruleBrokenBy("5xz22pkrtfauprrip5pqjoyqvffmhxxuersvhs43nqblfvft6gla")).isNull();
    assertThat(RawIdentifiers.ruleBrokenBy(null)).isNull();
  }
}
