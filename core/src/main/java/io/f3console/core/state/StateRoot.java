package io.f3console.core.state;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of a state tree (Lotus {@code types.StateRoot}): {@code [Version, Actors, Info]}.
 * Versions 4 (actors v5–v9) and 5 (actors v10 on) are read; a version-0 tree, whose root is the
 * actors HAMT itself in the old HAMT format, and any other version are refused.
 *
 * @param cid the root's CID
 * @param version the state tree version
 * @param actors the root of the actors HAMT (ID address bytes → {@link Actor})
 * @param info the state info block (empty in versions 4 and 5)
 */
public record StateRoot(Cid cid, long version, Cid actors, Cid info) {
  /** The oldest version read: state tree 4, 4-field actors. */
  public static final int MIN_VERSION = 4;

  /** The newest version read: state tree 5, actors with a delegated address. */
  public static final int MAX_VERSION = 5;

  public StateRoot {
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(info, "info");
  }

  /** Reads and decodes the state root {@code cid}. */
  public static StateRoot load(BlockSource source, Cid cid)
      throws StateException, InterruptedException {
    return decode(cid, StateCbor.load(source, cid, "state root"));
  }

  /** Decodes a state root's bytes. */
  public static StateRoot decode(Cid cid, byte[] bytes) throws StateException {
    if (bytes.length > 0 && (bytes[0] & 0xff) != 0x83) {
      String first = String.format("%02x", bytes[0] & 0xff);
      throw new StateException(
          StateException.Reason.UNSUPPORTED_STATE_TREE,
          Optional.of(cid),
          "state root "
              + cid
              + " is not a [version, actors, info] tuple (its first byte is "
              + first
              + "): a version-0 state tree, which this reader does not support");
    }
    StateRoot root = StateCbor.decode(bytes, cid, "state root", reader -> read(cid, reader));
    if (root.version < MIN_VERSION || root.version > MAX_VERSION) {
      throw new StateException(
          StateException.Reason.UNSUPPORTED_STATE_TREE,
          Optional.of(cid),
          "state root "
              + cid
              + " has version "
              + Long.toUnsignedString(root.version)
              + "; only versions "
              + MIN_VERSION
              + " and "
              + MAX_VERSION
              + " are supported");
    }
    return root;
  }

  private static StateRoot read(Cid cid, CborReader reader)
      throws io.f3console.core.cbor.CborDecodingException {
    reader.readTupleHeader(3, "state root");
    long version = reader.readUint64("Version");
    Cid actors = reader.readCid("Actors");
    Cid info = reader.readCid("Info");
    return new StateRoot(cid, version, actors, info);
  }
}
