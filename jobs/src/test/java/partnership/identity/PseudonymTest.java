package partnership.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Known answers for child_id = base32(HMAC-SHA256(key, "nhs:" + NHS number)), lower case, no padding
 * (extracts.md, "Identity"). The expected strings were computed with openssl, not with this code:
 *
 * <pre>
 * printf 'nhs:9990000018' | openssl dgst -sha256 -hmac 'partnership-test-key-0123456789abcdef' -binary \
 *   | base32 | tr -d = | tr A-Z a-z
 * </pre>
 */
class PseudonymTest {

  static final String TEXT_KEY = "partnership-test-key-0123456789abcdef";

  private final Pseudonym pseudonym = new Pseudonym(TEXT_KEY.getBytes(StandardCharsets.US_ASCII));

  @Test
  void matchesOpensslForATextKey() {
    assertThat(pseudonym.of("9990000018"))
        .isEqualTo("u5n3vixt4dkr5p4d2fgzwfkdlvoofrqvnhtxtlqnnxiljjclvfua");
    assertThat(pseudonym.of("9990000026"))
        .isEqualTo("pwa62mc5jblezo6qtygpahommrl5qqk5xkd6yuozkkarrkbzfgpa");
    assertThat(pseudonym.of("9990000050"))
        .isEqualTo("tyagmgkrnttflibmlmqj2jdfpuxgvub6ui4txhpdapeeclm3fmxq");
  }

  @Test
  void matchesOpensslForABinaryKey() {
    // printf 'nhs:9990000018' | openssl dgst -sha256 -mac HMAC \
    //   -macopt hexkey:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f -binary \
    //   | base32 | tr -d = | tr A-Z a-z
    byte[] key = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    assertThat(new Pseudonym(key).of("9990000018"))
        .isEqualTo("fe4k6gojczs2lyuo3ml757vvv7hxt2qhjaj2dwwjsdqngkb6bqoq");
  }

  @Test
  void isFiftyTwoLowerCaseBase32CharactersWithoutPadding() {
    // 256 bits in 5-bit characters: 51 whole characters and one of 1 bit padded with zeros.
    assertThat(pseudonym.of("9990000018")).matches("[a-z2-7]{52}");
  }

  @Test
  void base32IsRfc4648LowerCaseUnpadded() {
    // RFC 4648 §10 test vectors: BASE32("foobar") = "MZXW6YTBOI======", BASE32("f") = "MY======".
    assertThat(Pseudonym.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("mzxw6ytboi");
    assertThat(Pseudonym.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("my");
    assertThat(Pseudonym.base32(new byte[0])).isEmpty();
  }

  @Test
  void refusesToHashAnInvalidNumber() {
    assertThatThrownBy(() -> pseudonym.of("9990000019"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("9990000019");
    assertThatThrownBy(() -> pseudonym.of("999 000 0018")).isInstanceOf(IllegalArgumentException.class);
  }
}
