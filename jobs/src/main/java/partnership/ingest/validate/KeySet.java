package partnership.ingest.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys a file's rows have used so far, for the duplicate-key rule: a set of strings as exact as a
 * {@code HashSet<String>}, held as UTF-8 bytes in large arrays instead of three objects a key. At England size a
 * file has millions of keys (8.5 million contacts); as strings in a hash set they survived young collections
 * and filled the old generation, and a Java Flight Recording of England's {@code validate} had 16 s of its 83 s
 * in collector pauses and a sixth of its samples in the set (bench/README.md). Arrays of bytes and numbers
 * hold no references, so the collector neither copies nor marks their contents key by key.
 *
 * <p>Open addressing with linear probing: a slot holds where a key's bytes start (0 for an empty slot) and its
 * hash, so a probe compares bytes only when the hashes agree.
 */
final class KeySet {

  /** Bytes of keys per array; a key longer than that gets an array of its own. */
  private static final int CHUNK_BYTES = 1 << 20;

  private static final int INITIAL_SLOTS = 1 << 10;

  private final List<byte[]> chunks = new ArrayList<>();
  private int chunkUsed;
  /** Where each key's bytes start, {@code chunk << 32 | offset}, plus one; 0 marks an empty slot. */
  private long[] addresses = new long[INITIAL_SLOTS];
  private int[] hashes = new int[INITIAL_SLOTS];
  private int size;

  /** Adds {@code key}; true if it was not there already, as {@link java.util.Set#add}. */
  boolean add(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    int hash = mix(key.hashCode());
    int mask = addresses.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long address = addresses[slot];
      if (address == 0) {
        addresses[slot] = store(bytes) + 1;
        hashes[slot] = hash;
        if (++size > addresses.length / 2) {
          grow();
        }
        return true;
      }
      if (hashes[slot] == hash && equalsStored(address - 1, bytes)) {
        return false;
      }
    }
  }

  int size() {
    return size;
  }

  /** Copies the key's length (4 bytes) and bytes into the current chunk, or a new one; returns where. */
  private long store(byte[] bytes) {
    int length = Integer.BYTES + bytes.length;
    if (chunks.isEmpty() || chunkUsed + length > chunks.get(chunks.size() - 1).length) {
      chunks.add(new byte[Math.max(CHUNK_BYTES, length)]);
      chunkUsed = 0;
    }
    byte[] chunk = chunks.get(chunks.size() - 1);
    int offset = chunkUsed;
    chunk[offset] = (byte) (bytes.length >>> 24);
    chunk[offset + 1] = (byte) (bytes.length >>> 16);
    chunk[offset + 2] = (byte) (bytes.length >>> 8);
    chunk[offset + 3] = (byte) bytes.length;
    System.arraycopy(bytes, 0, chunk, offset + Integer.BYTES, bytes.length);
    chunkUsed += length;
    return (long) (chunks.size() - 1) << 32 | offset;
  }

  private boolean equalsStored(long address, byte[] bytes) {
    byte[] chunk = chunks.get((int) (address >>> 32));
    int offset = (int) address;
    int length = (chunk[offset] & 0xff) << 24 | (chunk[offset + 1] & 0xff) << 16
        | (chunk[offset + 2] & 0xff) << 8 | (chunk[offset + 3] & 0xff);
    int start = offset + Integer.BYTES;
    return length == bytes.length && Arrays.equals(chunk, start, start + length, bytes, 0, length);
  }

  private void grow() {
    long[] oldAddresses = addresses;
    int[] oldHashes = hashes;
    addresses = new long[oldAddresses.length * 2];
    hashes = new int[oldAddresses.length * 2];
    int mask = addresses.length - 1;
    for (int i = 0; i < oldAddresses.length; i++) {
      if (oldAddresses[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (addresses[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        addresses[slot] = oldAddresses[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  /** Spreads a string's hash over all 32 bits (MurmurHash3's finaliser), so linear probing finds few runs. */
  private static int mix(int hash) {
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    return hash ^ (hash >>> 16);
  }
}
