package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import java.util.Arrays;

/**
 * Where each block of a CAR file is, kept in two sorted primitive arrays so that an index of
 * tens of millions of blocks costs 16 bytes a block: a 64-bit key mixed from the CID's bytes,
 * and the place of the section's CID in the file (40 bits of offset, 24 bits of the CID's and
 * data's length together). Keys may collide; {@link #first} and {@link #place} give every entry
 * with a key, and the reader compares the CID stored in the file to tell them apart.
 *
 * <p>Built by one thread ({@link #add} then {@link #finish}), then read by any number.
 */
final class CarIndex {
  /** The largest offset a place can hold (1 TiB). */
  static final long MAX_OFFSET = (1L << 40) - 1;
  /** A length that does not fit 24 bits: the section is larger than any block read. */
  static final int OVERSIZED = (1 << 24) - 1;
  private static final int INITIAL = 1024;

  private long[] keys = new long[INITIAL];
  private long[] places = new long[INITIAL];
  private int size;
  private boolean finished;

  /** Records a section: its CID starts at {@code cidOffset}; CID and data span {@code length}. */
  void add(Cid cid, long cidOffset, long length) {
    if (finished) {
      throw new IllegalStateException("the index is finished");
    }
    if (cidOffset < 0 || cidOffset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset " + cidOffset + " is beyond what the index holds");
    }
    if (size == keys.length) {
      int grown = (int) Math.min(Integer.MAX_VALUE - 8, keys.length + (keys.length >> 1));
      if (grown <= size) {
        throw new IllegalStateException("more than " + size + " blocks to index");
      }
      keys = Arrays.copyOf(keys, grown);
      places = Arrays.copyOf(places, grown);
    }
    long packedLength = Math.min(length, OVERSIZED);
    keys[size] = key(cid);
    places[size] = (cidOffset << 24) | packedLength;
    size++;
  }

  /** Sorts by key and gives back unused capacity. */
  void finish() {
    keys = Arrays.copyOf(keys, size);
    places = Arrays.copyOf(places, size);
    sort(0, size - 1);
    finished = true;
  }

  int size() {
    return size;
  }

  /** The bytes the index's arrays take. */
  long bytes() {
    return 8L * keys.length + 8L * places.length;
  }

  /** The first entry with {@code cid}'s key, or -1; the next ones follow while the key matches. */
  int first(Cid cid) {
    long key = key(cid);
    int low = 0;
    int high = size - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (keys[middle] < key) {
        low = middle + 1;
      } else {
        if (keys[middle] == key) {
          found = middle;
        }
        high = middle - 1;
      }
    }
    return found;
  }

  /** Whether entry {@code i} exists and has {@code cid}'s key. */
  boolean matches(int i, Cid cid) {
    return i >= 0 && i < size && keys[i] == key(cid);
  }

  /** The offset of entry {@code i}'s CID in the file. */
  long offset(int i) {
    return places[i] >>> 24;
  }

  /** The length of entry {@code i}'s CID and data, or {@link #OVERSIZED}. */
  int length(int i) {
    return (int) (places[i] & OVERSIZED);
  }

  /** A 64-bit key from all of a CID's bytes (FNV-1a, then a MurmurHash3 finaliser). */
  static long key(Cid cid) {
    byte[] bytes = cid.toBytes();
    long hash = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash;
  }

  /** Three-way quicksort of both arrays by key (keys are well mixed; equal keys are rare). */
  private void sort(int low, int high) {
    while (high - low > 16) {
      long pivot = median(keys[low], keys[(low + high) >>> 1], keys[high]);
      int less = low;
      int greater = high;
      int i = low;
      while (i <= greater) {
        if (keys[i] < pivot) {
          swap(less++, i++);
        } else if (keys[i] > pivot) {
          swap(i, greater--);
        } else {
          i++;
        }
      }
      if (less - low < high - greater) {
        sort(low, less - 1);
        low = greater + 1;
      } else {
        sort(greater + 1, high);
        high = less - 1;
      }
    }
    for (int i = low + 1; i <= high; i++) {
      for (int j = i; j > low && keys[j - 1] > keys[j]; j--) {
        swap(j - 1, j);
      }
    }
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private void swap(int i, int j) {
    long key = keys[i];
    keys[i] = keys[j];
    keys[j] = key;
    long place = places[i];
    places[i] = places[j];
    places[j] = place;
  }
}
