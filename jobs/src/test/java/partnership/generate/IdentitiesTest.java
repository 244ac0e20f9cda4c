package partnership.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import partnership.identity.NhsNumber;
import partnership.identity.Pseudonym;

class IdentitiesTest {

  @Test
  void nhsNumbersAreDistinctValidAndFromTheTestRange() {
    Identities identities = new Identities(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String number = identities.nextNhsNumber();
      assertThat(number).startsWith("999").hasSize(10);
      assertThat(NhsNumber.isValid(number)).as("%s passes the modulus-11 check", number).isTrue();
      assertThat(seen.add(number)).as("%s handed out once", number).isTrue();
    }
  }

  @Test
  void theTestRangeHoldsAboutTenEleventhsOfAMillionNumbers() {
    // One prefix in eleven has check digit 10 and so no valid number (statutory-facts.md §5).
    assertThat(Identities.CAPACITY).isBetween(905_000, 913_000);
  }

  @Test
  void childIdsArePseudonymsUnderTheSeedsPublicDemoKey() {
    Identities numbers = new Identities(7);
    Identities ids = new Identities(7);
    // Both start at the same place in the range, so the first id is the pseudonym of the first number.
    String expected = new Pseudonym(Identities.demoKey(7)).of(numbers.nextNhsNumber());
    assertThat(ids.nextChildId()).isEqualTo(expected).matches("[a-z2-7]{52}");
    assertThat(Identities.demoKey(7)).isNotEqualTo(Identities.demoKey(8)).hasSize(32);
  }
}
