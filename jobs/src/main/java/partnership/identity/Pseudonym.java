package partnership.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The partnership's pseudonym for a child (extracts.md, "Identity"):
 * {@code base32(HMAC-SHA256(key, "nhs:" + ten-digit NHS number))}, lower case, no padding.
 */
public final class Pseudonym {

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final SecretKeySpec key;

  public Pseudonym(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** The pseudonym of a valid, normalised NHS number. */
  public String of(String nhsNumber) {
    if (!NhsNumber.isValid(nhsNumber)) {
      throw new IllegalArgumentException("Cannot pseudonymise: not a valid ten-digit NHS number");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return base32(mac.doFinal(("nhs:" + nhsNumber).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot compute HMAC-SHA256", e);
    }
  }

  /** RFC 4648 base32, lower case, without padding. */
  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
