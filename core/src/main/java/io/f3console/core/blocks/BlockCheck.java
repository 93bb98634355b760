package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** Checks a block's bytes against its CID: the one rule every {@link BlockSource} applies. */
public final class BlockCheck {
  private BlockCheck() {}

  /**
   * Returns {@code bytes} when they hash to {@code cid}'s multihash (blake2b-256, sha2-256, or
   * identity: the digest is the data).
   *
   * @param from where the bytes came from, for the message
   * @throws BlockException naming the CID when they do not, or the hash cannot be checked
   */
  public static byte[] verified(Cid cid, byte[] bytes, String from) throws BlockException {
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(bytes, "bytes");
    Multihash expected = cid.multihash();
    long code = expected.code();
    Multihash actual;
    if (code == Multicodec.BLAKE2B_256) {
      actual = Multihash.blake2b256(bytes);
    } else if (code == Multicodec.SHA2_256) {
      actual = Multihash.sha256(bytes);
    } else if (code == Multicodec.IDENTITY) {
      if (!Arrays.equals(expected.digest(), bytes)) {
        throw mismatch(cid, from);
      }
      return bytes;
    } else {
      throw new BlockException(
          BlockException.Reason.UNSUPPORTED_HASH,
          Optional.of(cid),
          "block "
              + cid
              + " from "
              + from
              + ": its hash function 0x"
              + Long.toHexString(code)
              + " cannot be checked (blake2b-256, sha2-256 and identity can)");
    }
    if (!expected.equals(actual)) {
      throw mismatch(cid, from);
    }
    return bytes;
  }

  private static BlockException mismatch(Cid cid, String from) {
    return new BlockException(
        BlockException.Reason.HASH_MISMATCH,
        Optional.of(cid),
        "block " + cid + " from " + from + ": its bytes do not hash to the CID; refused");
  }
}
