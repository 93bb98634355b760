package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Hashes a block's bytes as they stream past, with the hash function its CID names, and says
 * whether they match: blake2b-256 (every Filecoin block), sha2-256 (CIDv0 and much of IPFS) and
 * identity (the digest is the data itself).
 */
abstract class BlockHasher implements PositionedInput.Tap {
  private final Multihash expected;

  private BlockHasher(Multihash expected) {
    this.expected = expected;
  }

  /** A hasher for the function of {@code cid}'s multihash, if it is one of those supported. */
  static Optional<BlockHasher> forCid(Cid cid) {
    Multihash expected = cid.multihash();
    long code = expected.code();
    if (code == Multicodec.BLAKE2B_256) {
      return Optional.of(new Blake2b256(expected));
    }
    if (code == Multicodec.SHA2_256) {
      return Optional.of(new Sha256(expected));
    }
    if (code == Multicodec.IDENTITY) {
      return Optional.of(new Identity(expected));
    }
    return Optional.empty();
  }

  /** The multihash of the bytes seen so far; call once, at the end. */
  abstract Multihash result();

  /** Whether the bytes seen hash to the CID's multihash. */
  boolean matches() {
    return expected.equals(result());
  }

  private static final class Blake2b256 extends BlockHasher {
    private final Blake2bDigest digest = new Blake2bDigest(256);

    Blake2b256(Multihash expected) {
      super(expected);
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    @Override
    Multihash result() {
      byte[] out = new byte[32];
      digest.doFinal(out, 0);
      return Multihash.of(Multicodec.BLAKE2B_256, out);
    }
  }

  private static final class Sha256 extends BlockHasher {
    private final MessageDigest digest;

    Sha256(Multihash expected) {
      super(expected);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
      }
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    @Override
    Multihash result() {
      return Multihash.of(Multicodec.SHA2_256, digest.digest());
    }
  }

  /** Keeps at most as many bytes as a digest may hold; longer data never matches. */
  private static final class Identity extends BlockHasher {
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private boolean tooLong;

    Identity(Multihash expected) {
      super(expected);
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
      int room = Multihash.MAX_DIGEST_LENGTH - seen.size();
      if (length > room) {
        tooLong = true;
      }
      seen.write(bytes, offset, Math.min(length, Math.max(room, 0)));
    }

    @Override
    Multihash result() {
      return Multihash.of(Multicodec.IDENTITY, seen.toByteArray());
    }

    @Override
    boolean matches() {
      return !tooLong && super.matches();
    }
  }
}
