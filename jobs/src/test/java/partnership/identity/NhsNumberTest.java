package partnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The modulus-11 check of statutory-facts.md §5. */
class NhsNumberTest {

  @Test
  void theSpecificationsExamplesAreValidAndInvalid() {
    assertThat(NhsNumber.isValid("9434765919")).isTrue();
    assertThat(NhsNumber.isValid("9434765918")).isFalse();
    // The format example 987 654 4321: 9*10+8*9+7*8+6*7+5*6+4*5+4*4+3*3+2*2 = 339, 339 mod 11 = 9,
    // check 2, not 1.
    assertThat(NhsNumber.isValid("9876544321")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // 9*10+9*9+9*8 = 243, 243 mod 11 = 1, check 10; then +1*2, +2*2 ... shift the check digit
      "9990000018", // 245 mod 11 = 3, check 8
      "9990000026", // 247 mod 11 = 5, check 6
      "9997654323", // 243+7*7+6*6+5*5+4*4+3*3+2*2 = 382, mod 11 = 8, check 3
      "9990000050"  // 253 mod 11 = 0, check 11, which is written 0
  })
  void numbersWhoseTenthDigitIsTheCheckAreValid(String number) {
    assertThat(NhsNumber.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9990000019", "9990000010", "9997654320", "9990000051"})
  void aWrongTenthDigitIsInvalid(String number) {
    assertThat(NhsNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9991234560", "9991234561", "9991234565", "9991234569", "9990000000"})
  void aCheckOfTenMakesEveryNumberWithThoseNineDigitsInvalid(String number) {
    // 999123456: 9*10+9*9+9*8+1*7+2*6+3*5+4*4+5*3+6*2 = 320, 320 mod 11 = 1, check 11 - 1 = 10.
    // 999000000: 243 mod 11 = 1, check 10.
    assertThat(NhsNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  // The last is 9990000018, valid in ASCII digits, in Arabic-Indic digits: ten digits means ten of 0-9.
  @ValueSource(strings = {"", "999000001", "99900000188", "999000001X", "abcdefghij",
      "\u0669\u0669\u0669\u0660\u0660\u0660\u0660\u0660\u0661\u0668"})
  void anythingButTenDigitsIsInvalid(String text) {
    assertThat(NhsNumber.isValid(text)).isFalse();
    assertThat(NhsNumber.isValid(null)).isFalse();
  }

  @Test
  void normalisingStripsSpacesAndHyphens() {
    assertThat(NhsNumber.normalise("999 000 0018")).isEqualTo("9990000018");
    assertThat(NhsNumber.normalise("999-000-0018")).isEqualTo("9990000018");
    assertThat(NhsNumber.normalise(" 9990000018 ")).isEqualTo("9990000018");
  }

  @Test
  void normalisingRefusesWhatIsNotTenDigits() {
    assertThat(NhsNumber.normalise("999 000 001")).isNull();
    assertThat(NhsNumber.normalise("999.000.0018")).isNull();
    assertThat(NhsNumber.normalise("")).isNull();
    assertThat(NhsNumber.normalise(null)).isNull();
  }
}
