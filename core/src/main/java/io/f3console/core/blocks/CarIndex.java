package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each block of a CAR file is, kept off the Java heap so that a CAR of tens of millions of
 * blocks can be read with a small heap: 16 bytes a block in a temporary file mapped into memory
 * (the operating system's page cache holds it; the heap holds only the list of mapped segments), as
 * pairs of a 64-bit key mixed from the CID's bytes and the place of the section's CID in the file
 * (40 bits of offset, 24 bits of the CID's and data's length together), sorted by key in place.
 * Keys may collide; {@link #first} and {@link #matches} give every entry with a key, and the reader
 * compares the CID stored in the file to tell them apart.
 *
 * <p>The temporary file is deleted as soon as it is created where the platform allows (it lives on
 * while mapped), else when the JVM exits. Built by one thread ({@link #add} then {@link #finish}),
 * then read by any number (absolute reads of the mapped buffers).
 */
final class CarIndex implements Closeable {
  /** The largest offset a place can hold (1 TiB). */
  static final long MAX_OFFSET = (1L << 40) - 1;

  /** A length that does not fit 24 bits: the section is larger than any block read. */
  static final int OVERSIZED = (1 << 24) - 1;

  /** Entries per mapped segment (16 MiB). */
  static final int SEGMENT_ENTRIES = 1 << 20;

  private static final int ENTRY_BYTES = 16;
  private static final long SEGMENT_BYTES = (long) SEGMENT_ENTRIES * ENTRY_BYTES;

  private final List<ByteBuffer> segments = new ArrayList<>();
  private FileChannel channel;
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
    if (size == Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("more than " + size + " blocks to index");
    }
    if (size == (long) segments.size() * SEGMENT_ENTRIES) {
      grow();
    }
    long packedLength = Math.min(length, OVERSIZED);
    set(size, key(cid), (cidOffset << 24) | packedLength);
    size++;
  }

  private void grow() {
    try {
      if (channel == null) {
        Path file = Files.createTempFile("f3console-index-", ".bin");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
          Files.delete(file);
        } catch (IOException stillOpen) {
          file.toFile().deleteOnExit();
        }
      }
      ByteBuffer segment =
          channel.map(
              FileChannel.MapMode.READ_WRITE, segments.size() * SEGMENT_BYTES, SEGMENT_BYTES);
      segments.add(segment.order(ByteOrder.nativeOrder()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot map the block index's temporary file: " + e.getMessage(), e);
    }
  }

  /** Sorts by key. */
  void finish() {
    if (size > 0) {
      sort(0, size - 1);
    }
    finished = true;
  }

  int size() {
    return size;
  }

  /** The bytes the index's entries take (off the heap, in the mapped file). */
  long bytes() {
    return (long) ENTRY_BYTES * size;
  }

  /** The bytes the index keeps on the heap: the segment list, whatever the size. */
  long heapBytes() {
    return 64L + 64L * segments.size();
  }

  /** The bytes mapped (segments are mapped whole; the file is sparse beyond the entries). */
  long mappedBytes() {
    return SEGMENT_BYTES * segments.size();
  }

  /** The first entry with {@code cid}'s key, or -1; the next ones follow while the key matches. */
  int first(Cid cid) {
    long key = key(cid);
    int low = 0;
    int high = size - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      long at = key(middle);
      if (at < key) {
        low = middle + 1;
      } else {
        if (at == key) {
          found = middle;
        }
        high = middle - 1;
      }
    }
    return found;
  }

  /** Whether entry {@code i} exists and has {@code cid}'s key. */
  boolean matches(int i, Cid cid) {
    return i >= 0 && i < size && key(i) == key(cid);
  }

  /** The offset of entry {@code i}'s CID in the file. */
  long offset(int i) {
    return place(i) >>> 24;
  }

  /** The length of entry {@code i}'s CID and data, or {@link #OVERSIZED}. */
  int length(int i) {
    return (int) (place(i) & OVERSIZED);
  }

  /** Closes the mapped file (the mappings stay readable until collected). */
  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }

  private long key(int i) {
    return segments.get(i >>> 20).getLong((i & (SEGMENT_ENTRIES - 1)) * ENTRY_BYTES);
  }

  private long place(int i) {
    return segments.get(i >>> 20).getLong((i & (SEGMENT_ENTRIES - 1)) * ENTRY_BYTES + 8);
  }

  private void set(int i, long key, long place) {
    ByteBuffer segment = segments.get(i >>> 20);
    int at = (i & (SEGMENT_ENTRIES - 1)) * ENTRY_BYTES;
    segment.putLong(at, key);
    segment.putLong(at + 8, place);
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

  /** Three-way quicksort of the entries by key (keys are well mixed; equal keys are rare). */
  private void sort(int low, int high) {
    while (high - low > 16) {
      long pivot = median(key(low), key((low + high) >>> 1), key(high));
      int less = low;
      int greater = high;
      int i = low;
      while (i <= greater) {
        if (key(i) < pivot) {
          swap(less++, i++);
        } else if (key(i) > pivot) {
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
      for (int j = i; j > low && key(j - 1) > key(j); j--) {
        swap(j - 1, j);
      }
    }
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private void swap(int i, int j) {
    long keyI = key(i);
    long placeI = place(i);
    set(i, key(j), place(j));
    set(j, keyI, placeI);
  }
}
