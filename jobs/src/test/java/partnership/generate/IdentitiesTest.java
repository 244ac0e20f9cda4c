package partnership.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    String expected = new Pseudonym(Identities.demoKey(7, 0)).of(numbers.nextNhsNumber());
    assertThat(ids.nextChildId()).isEqualTo(expected).matches("[a-z2-7]{52}");
    assertThat(Identities.demoKey(7, 0)).isNotEqualTo(Identities.demoKey(8, 0)).hasSize(32);
  }

  @Test
  void theFirstPassKeyIsTheSeedsDemoKey() throws NoSuchAlgorithmException {
    // The key docs/synthetic-data.md states, so existing data sets keep their child ids.
    assertThat(Identities.demoKey(7, 0)).isEqualTo(sha256("partnership-demo-key:7"));
    assertThat(Identities.demoKey(7, 2)).isEqualTo(sha256("partnership-demo-key:7:pass:2"));
  }

  @Test
  void laterPassesReuseTestNumbersUnderNewKeysSoChildIdsStayDistinct() {
    // Passes of 100 numbers stand for the 909,091 of the real range: 250 children span three passes.
    Identities numbers = new Identities(5, 100);
    Identities ids = new Identities(5, 100);
    List<String> handedOut = new ArrayList<>();
    Set<String> childIds = new HashSet<>();
    for (int i = 0; i < 250; i++) {
      String number = numbers.nextNhsNumber();
      assertThat(number).matches("999\\d{7}");
      assertThat(NhsNumber.isValid(number)).as("%s passes the modulus-11 check", number).isTrue();
      handedOut.add(number);
      assertThat(childIds.add(ids.nextChildId())).as("child %d has a new child_id", i).isTrue();
    }
    assertThat(new HashSet<>(handedOut.subList(0, 100))).hasSize(100);
    // Each pass visits the same numbers in the same order.
    assertThat(handedOut.subList(100, 200)).isEqualTo(handedOut.subList(0, 100));
    assertThat(handedOut.subList(200, 250)).isEqualTo(handedOut.subList(0, 50));
    // The 101st child has the first child's number under the second pass's key.
    Identities again = new Identities(5, 100);
    String firstId = again.nextChildId();
    assertThat(new Pseudonym(Identities.demoKey(5, 1)).of(handedOut.get(0)))
        .isNotEqualTo(firstId)
        .isIn(childIds);
  }

  private static byte[] sha256(String text) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
  }
}
