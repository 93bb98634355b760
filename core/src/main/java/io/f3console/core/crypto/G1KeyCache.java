package io.f3console.core.crypto;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe map from raw key bytes to decoded keys with a size bound: when it is full it is
 * emptied and refilled (go-f3's own parsed-key cache does the same), which needs no locking and no
 * bookkeeping per hit. Two threads may decode the same key at once; both results are equal and
 * either one is kept.
 */
final class G1KeyCache {
  private final int capacity;
  private final ConcurrentHashMap<Bytes, G1Key> keys = new ConcurrentHashMap<>();

  G1KeyCache(int capacity) {
    this.capacity = capacity;
  }

  G1Key get(byte[] raw) {
    return keys.get(new Bytes(raw));
  }

  /** Keeps {@code key} under {@code raw}, which the caller no longer modifies. */
  void put(byte[] raw, G1Key key) {
    if (keys.size() >= capacity) {
      keys.clear();
    }
    keys.put(new Bytes(raw), key);
  }

  int size() {
    return keys.size();
  }

  void clear() {
    keys.clear();
  }

  /** Content equality over an array that is never modified while it is a key. */
  private static final class Bytes {
    private final byte[] bytes;
    private final int hash;

    Bytes(byte[] bytes) {
      this.bytes = bytes;
      this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
