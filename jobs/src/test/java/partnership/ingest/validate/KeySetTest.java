package partnership.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The duplicate-key rule's set: exactly the answers of a {@code HashSet<String>}, kept as bytes. */
class KeySetTest {

  @Test
  void aKeyIsNewOnceThenSeen() {
    KeySet keys = new KeySet();

    assertThat(keys.add("OCC-1")).isTrue();
    assertThat(keys.add("OCC-2")).isTrue();
    assertThat(keys.add("OCC-1")).isFalse();
    assertThat(keys.size()).isEqualTo(2);
  }

  @Test
  void keysWithTheSameStringHashAreTwoKeys() {
    // "Aa" and "BB" have the same String.hashCode (2112), so they land in the same slot and differ only in bytes.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    KeySet keys = new KeySet();

    assertThat(keys.add("Aa")).isTrue();
    assertThat(keys.add("BB")).isTrue();
    assertThat(keys.add("BB")).isFalse();
    assertThat(keys.add("Aa")).isFalse();
  }

  @Test
  void aKeyThatIsAnotherKeysPrefixIsItsOwnKey() {
    KeySet keys = new KeySet();

    assertThat(keys.add("child\u00012024-04-30\u0001")).isTrue();
    assertThat(keys.add("child\u00012024-04-3")).isTrue();
    assertThat(keys.add("")).isTrue();
    assertThat(keys.add("")).isFalse();
  }

  @Test
  void keysOutsideAsciiAreComparedAsTheirCharacters() {
    KeySet keys = new KeySet();

    assertThat(keys.add("caf\u00e9")).isTrue();
    assertThat(keys.add("cafe\u0301")).isTrue(); // the same word decomposed: other characters, another key
    assertThat(keys.add("caf\u00e9")).isFalse();
  }

  @Test
  void everyKeyIsKeptAsTheTableGrowsAndTheBytesFillManyArrays() {
    // 300,000 keys of 64 characters: 20 MB of bytes over about 20 arrays of 1 MB, a table grown ten times.
    KeySet keys = new KeySet();
    for (int i = 0; i < 300_000; i++) {
      assertThat(keys.add(key(i))).as("first %d", i).isTrue();
    }
    for (int i = 0; i < 300_000; i++) {
      assertThat(keys.add(key(i))).as("again %d", i).isFalse();
    }
    assertThat(keys.size()).isEqualTo(300_000);
  }

  @Test
  void aKeyLongerThanAnArrayOfKeysIsKeptWhole() {
    String longKey = "x".repeat(3 << 20);
    KeySet keys = new KeySet();

    assertThat(keys.add("before")).isTrue();
    assertThat(keys.add(longKey)).isTrue();
    assertThat(keys.add("after")).isTrue();
    assertThat(keys.add(longKey)).isFalse();
    assertThat(keys.add(longKey + "y")).isTrue();
    assertThat(keys.add("before")).isFalse();
    assertThat(keys.add("after")).isFalse();
  }

  private static String key(int i) {
    return String.format("%052d\u00012024-%02d-%02d\u0001", i, 1 + i % 12, 1 + i % 28);
  }
}
