package io.f3console.core.sim;

import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.state.Hamt;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes a go-hamt-ipld v3 map as Filecoin's actors write it (bitwidth 5, SHA-256 of the key,
 * buckets of at most 3): the canonical form, which depends only on the set of keys. A slot holds a
 * bucket of its keys (sorted bytewise) when at most 3 keys fall into it, else a link to a child
 * node built the same way one level down; go-hamt-ipld reaches the same nodes whatever the order of
 * insertion, because deleting collapses any child of 3 keys or fewer.
 *
 * <p>Node bytes: {@code [bitfield (minimal big-endian bstr), [pointer…]]}, a pointer being a link
 * or {@code [[key bstr, value]…]}. Children are written before their parent.
 */
public final class HamtWriter {
  /** The empty map's root node, {@code 82 40 80}. */
  private static final byte[] EMPTY_NODE = {(byte) 0x82, 0x40, (byte) 0x80};

  private HamtWriter() {}

  /** Where written blocks go (a CAR, a memory source, a counter…). */
  @FunctionalInterface
  public interface BlockSink {
    void put(Cid cid, byte[] data) throws IOException;
  }

  /**
   * One entry: the key's bytes and the value's CBOR encoding, written as is.
   *
   * @param key the key bytes (for actor and claim maps, an ID address's bytes)
   * @param value the value, already CBOR-encoded
   */
  public record Entry(byte[] key, byte[] value) {
    public Entry {
      key = key.clone();
      value = value.clone();
    }

    @Override
    public byte[] key() {
      return key.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Entry e && Arrays.equals(key, e.key) && Arrays.equals(value, e.value);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Entry[" + key.length + "-byte key, " + value.length + "-byte value]";
    }
  }

  /** The result: the root's CID and how many nodes and bytes were written. */
  public record Written(Cid root, long blocks, long bytes) {}

  /**
   * Writes the map of {@code entries} (keys must be distinct) to {@code sink}.
   *
   * @throws IllegalArgumentException when two entries have the same key
   */
  public static Written write(List<Entry> entries, BlockSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink");
    int n = entries.size();
    Hashed[] hashed = new Hashed[n];
    MessageDigest sha256 = sha256();
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      hashed[i] = new Hashed(sha256.digest(e.key), e.key, e.value);
    }
    Arrays.sort(hashed, HamtWriter::compare);
    for (int i = 1; i < n; i++) {
      if (Arrays.equals(hashed[i - 1].key, hashed[i].key)) {
        throw new IllegalArgumentException("the key " + hex(hashed[i].key) + " appears twice");
      }
    }
    Counter counter = new Counter(sink);
    Cid root = node(hashed, 0, n, 0, counter);
    return new Written(root, counter.blocks, counter.bytes);
  }

  private static Cid node(Hashed[] hashed, int from, int to, int depth, Counter sink)
      throws IOException {
    if (from == to) {
      return sink.put(EMPTY_NODE.clone());
    }
    if (depth >= Hamt.MAX_LEVELS) {
      throw new IllegalArgumentException("keys collide beyond " + Hamt.MAX_LEVELS + " levels");
    }
    long bitfield = 0;
    List<Object> pointers = new ArrayList<>();
    int start = from;
    while (start < to) {
      int slot = index(hashed[start].hash, depth);
      int end = start + 1;
      while (end < to && index(hashed[end].hash, depth) == slot) {
        end++;
      }
      bitfield |= 1L << slot;
      if (end - start <= Hamt.BUCKET_SIZE) {
        Hashed[] bucket = Arrays.copyOfRange(hashed, start, end);
        Arrays.sort(bucket, (a, b) -> Arrays.compareUnsigned(a.key, b.key));
        pointers.add(bucket);
      } else {
        pointers.add(node(hashed, start, end, depth + 1, sink));
      }
      start = end;
    }
    CborWriter writer = new CborWriter(64 + 48 * pointers.size());
    writer.writeArrayHeader(2);
    writer.writeByteString(bitfieldBytes(bitfield));
    writer.writeArrayHeader(pointers.size());
    for (Object pointer : pointers) {
      if (pointer instanceof Cid link) {
        writer.writeCid(link);
      } else {
        Hashed[] bucket = (Hashed[]) pointer;
        writer.writeArrayHeader(bucket.length);
        for (Hashed kv : bucket) {
          writer.writeArrayHeader(2).writeByteString(kv.key).writeRaw(kv.value);
        }
      }
    }
    return sink.put(writer.toByteArray());
  }

  /** The bitfield as Go's {@code big.Int.Bytes()}: minimal big-endian, empty for zero. */
  static byte[] bitfieldBytes(long bitfield) {
    int length = (64 - Long.numberOfLeadingZeros(bitfield) + 7) / 8;
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[length - 1 - i] = (byte) (bitfield >>> (8 * i));
    }
    return bytes;
  }

  /** Bits {@code [depth·5, depth·5+5)} of the hash, most significant bit first. */
  static int index(byte[] hash, int depth) {
    int bit = depth * Hamt.BIT_WIDTH;
    int value = 0;
    for (int i = 0; i < Hamt.BIT_WIDTH; i++, bit++) {
      value = (value << 1) | ((hash[bit >>> 3] >>> (7 - (bit & 7))) & 1);
    }
    return value;
  }

  private static int compare(Hashed a, Hashed b) {
    int byHash = Arrays.compareUnsigned(a.hash, b.hash);
    return byHash != 0 ? byHash : Arrays.compareUnsigned(a.key, b.key);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private record Hashed(byte[] hash, byte[] key, byte[] value) {}

  /** Hashes each node into its CID, passes it on and counts. */
  private static final class Counter {
    private final BlockSink sink;
    private long blocks;
    private long bytes;

    Counter(BlockSink sink) {
      this.sink = sink;
    }

    Cid put(byte[] data) throws IOException {
      Cid cid = Cid.makeCid(data);
      sink.put(cid, data);
      blocks++;
      bytes += data.length;
      return cid;
    }
  }
}
