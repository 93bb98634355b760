package io.f3console.core.state;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborMajorType;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One go-hamt-ipld v3 node: {@code [bitfield, pointers]}, each pointer a link to a child node or a
 * bucket of key/value pairs. Decoded with cbor-gen's limits, then checked with the rules
 * go-hamt-ipld's {@code loadNode} applies.
 */
record HamtNode(long bitfield, List<Pointer> pointers) {
  /** cbor-gen's limit on the pointer array. */
  static final int MAX_POINTERS_DECODED = 8192;

  /**
   * go-hamt-ipld's limit on a bucket when decoding (the rule is at most {@link Hamt#BUCKET_SIZE}).
   */
  static final int MAX_BUCKET_DECODED = 32;

  /** The longest bitfield byte string accepted (a 256-bit bitfield). */
  static final int MAX_BITFIELD_BYTES = 32;

  /** A pointer: a link or a bucket. */
  sealed interface Pointer permits Link, Bucket {}

  record Link(Cid cid) implements Pointer {}

  record Bucket(List<HamtEntry> entries) implements Pointer {}

  /** Decodes and validates a node; {@code root} says whether the empty node is allowed. */
  static HamtNode read(byte[] bytes, Cid cid, String map, boolean root) throws StateException {
    String what = "HAMT node of " + map;
    Raw raw = StateCbor.decode(bytes, cid, what, reader -> decodeRaw(reader, bytes));
    return raw.validate(cid, what, root);
  }

  private record Raw(BigInteger bitfield, List<Pointer> pointers) {
    HamtNode validate(Cid cid, String what, boolean root) throws StateException {
      if (bitfield.bitLength() > Hamt.WIDTH) {
        throw bad(
            cid,
            what,
            "bitfield " + bitfield.toString(16) + " sets a slot beyond " + (Hamt.WIDTH - 1));
      }
      if (pointers.size() > Hamt.WIDTH) {
        throw bad(cid, what, pointers.size() + " pointers, more than " + Hamt.WIDTH);
      }
      long bits = bitfield.longValue();
      if (Long.bitCount(bits) != pointers.size()) {
        throw bad(
            cid,
            what,
            "bitfield sets "
                + Long.bitCount(bits)
                + " slots but the node has "
                + pointers.size()
                + " pointers");
      }
      int links = 0;
      int entries = 0;
      for (int i = 0; i < pointers.size(); i++) {
        Pointer pointer = pointers.get(i);
        if (pointer instanceof Link link) {
          links++;
          if (link.cid().codec() != Multicodec.DAG_CBOR) {
            throw bad(
                cid, what, "pointer " + i + " links to " + link.cid() + ", which is not dag-cbor");
          }
        } else {
          List<HamtEntry> bucket = ((Bucket) pointer).entries();
          entries += bucket.size();
          if (bucket.isEmpty() || bucket.size() > Hamt.BUCKET_SIZE) {
            throw bad(
                cid,
                what,
                "pointer "
                    + i
                    + " is a bucket of "
                    + bucket.size()
                    + " entries (1 to "
                    + Hamt.BUCKET_SIZE
                    + " allowed)");
          }
          for (int k = 1; k < bucket.size(); k++) {
            if (Arrays.compareUnsigned(bucket.get(k - 1).keyUnsafe(), bucket.get(k).keyUnsafe())
                >= 0) {
              throw bad(
                  cid,
                  what,
                  "pointer "
                      + i
                      + " is a bucket whose keys are not in strictly"
                      + " increasing order");
            }
          }
        }
      }
      if (!root && pointers.isEmpty()) {
        throw bad(cid, what, "a non-root node is empty");
      }
      if (!root && links == 0 && entries <= Hamt.BUCKET_SIZE) {
        throw bad(
            cid,
            what,
            "a non-root node holds only "
                + entries
                + " entries and no links; it should have been collapsed into its parent");
      }
      return new HamtNode(bits, List.copyOf(pointers));
    }
  }

  private static StateException bad(Cid cid, String what, String problem) {
    return new StateException(
        StateException.Reason.MALFORMED_HAMT, Optional.of(cid), what + " " + cid + ": " + problem);
  }

  private static Raw decodeRaw(CborReader reader, byte[] bytes) throws CborDecodingException {
    reader.readTupleHeader(2, "HAMT node");
    BigInteger bitfield =
        new BigInteger(1, reader.readByteString(MAX_BITFIELD_BYTES, "HAMT bitfield"));
    int count = reader.readArrayHeader(MAX_POINTERS_DECODED, "HAMT pointers");
    List<Pointer> pointers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pointers.add(readPointer(reader, bytes, i));
    }
    return new Raw(bitfield, pointers);
  }

  private static Pointer readPointer(CborReader reader, byte[] bytes, int index)
      throws CborDecodingException {
    int start = reader.position();
    CborMajorType type = reader.peekMajorType();
    if (type == CborMajorType.TAG) {
      return new Link(reader.readCid("HAMT pointer " + index));
    }
    if (type != CborMajorType.ARRAY) {
      throw new CborDecodingException(
          "HAMT pointer " + index + " is neither a link nor a bucket", start);
    }
    int size = reader.readArrayHeader(MAX_BUCKET_DECODED, "HAMT bucket " + index);
    List<HamtEntry> entries = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      reader.readTupleHeader(2, "HAMT key/value pair");
      byte[] key = reader.readByteString(CborReader.MAX_BYTE_STRING, "HAMT key");
      int valueStart = reader.position();
      reader.readValue();
      byte[] value = Arrays.copyOfRange(bytes, valueStart, reader.position());
      entries.add(new HamtEntry(key, value));
    }
    return new Bucket(List.copyOf(entries));
  }
}
