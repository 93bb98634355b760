package io.f3console.core.snapshot;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborValue;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DAG-CBOR of {@link SnapshotMetadata}: a map with the keys {@code Version}, {@code HeadTipsetKey}
 * and {@code F3Data}. Lotus writes them in cbor-gen's order ({@code F3Data}, {@code Version},
 * {@code HeadTipsetKey}; {@code F3Data} null when absent), Forest in declaration order, so reading
 * accepts any order, an absent {@code F3Data}, and ignores unknown keys as cbor-gen does.
 */
public final class SnapshotMetadataCbor {
  private SnapshotMetadataCbor() {}

  /** The bytes Lotus writes (canonical key order). */
  public static byte[] encode(SnapshotMetadata metadata) {
    List<CborValue> key = new ArrayList<>();
    metadata.headTipsetKey().forEach(cid -> key.add(new CborValue.Link(cid)));
    CborValue f3 =
        metadata.f3Data().<CborValue>map(CborValue.Link::new).orElse(CborValue.Null.INSTANCE);
    CborValue.MapValue map =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("Version", new CborValue.UnsignedInteger(metadata.version())),
                new CborValue.Entry("HeadTipsetKey", new CborValue.Array(key)),
                new CborValue.Entry("F3Data", f3)));
    return new CborWriter(128).writeValue(map).toByteArray();
  }

  /**
   * Decodes a block that should hold the metadata.
   *
   * @throws CborDecodingException if it is not DAG-CBOR, or not a map of that shape (then the
   *     snapshot is a v1 snapshot, by FRC-0108's fallback rule)
   */
  public static SnapshotMetadata decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    CborValue value = reader.readValue();
    reader.expectEnd("SnapshotMetadata");
    if (!(value instanceof CborValue.MapValue map)) {
      throw new CborDecodingException("SnapshotMetadata: not a map", 0);
    }
    if (!(map.get("Version") instanceof CborValue.UnsignedInteger version)) {
      throw new CborDecodingException("SnapshotMetadata: no unsigned Version", 0);
    }
    if (!(map.get("HeadTipsetKey") instanceof CborValue.Array array)) {
      throw new CborDecodingException("SnapshotMetadata: no HeadTipsetKey array", 0);
    }
    List<Cid> head = new ArrayList<>(array.items().size());
    for (CborValue item : array.items()) {
      if (!(item instanceof CborValue.Link link)) {
        throw new CborDecodingException("SnapshotMetadata: HeadTipsetKey holds a non-CID", 0);
      }
      head.add(link.cid());
    }
    CborValue f3 = map.get("F3Data");
    Optional<Cid> f3Data;
    if (f3 == null || f3 == CborValue.Null.INSTANCE) {
      f3Data = Optional.empty();
    } else if (f3 instanceof CborValue.Link link) {
      f3Data = Optional.of(link.cid());
    } else {
      throw new CborDecodingException("SnapshotMetadata: F3Data is neither a CID nor null", 0);
    }
    return new SnapshotMetadata(version.bits(), head, f3Data);
  }
}
