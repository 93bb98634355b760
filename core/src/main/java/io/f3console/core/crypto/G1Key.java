package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.blst.BlstBackend;
import io.f3console.core.crypto.internal.blst.G1Point;
import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked BLS public key: 48 bytes, compressed, on the curve, in the G1 subgroup, not the
 * identity; exactly what go-f3's {@code blssig} {@code pubkeyToPoint} accepts. Immutable and
 * opaque; equal when the bytes are equal.
 *
 * <p>Decoding costs about 60 µs, almost all of it the subgroup check, so decoded keys are kept in a
 * process-wide cache keyed by the raw 48 bytes (at most {@link #MAX_CACHED_KEYS}; when it is full
 * it is emptied and starts again, as go-f3 does with its own cache). Only valid keys are cached,
 * and a cached key is exactly what a fresh decoding would give, so the cache never changes a
 * result. go-f3 caches parsed keys the same way (§6.1 of the protocol notes).
 */
public final class G1Key {
  /** The most decoded keys kept at once (mainnet tables hold about 1,600 keys). */
  public static final int MAX_CACHED_KEYS = 65_536;

  private static final G1KeyCache CACHE = new G1KeyCache(MAX_CACHED_KEYS);

  private final byte[] compressed;
  private final G1Point point;

  /** blst's own affine struct for the native multiplication, made on first use. */
  private volatile byte[] nativeAffine;

  private G1Key(byte[] compressed, G1Point point) {
    this.compressed = compressed;
    this.point = point;
  }

  /**
   * The checked key for {@code compressed}, from the cache or freshly decoded.
   *
   * @throws InvalidPublicKeyException if go-f3 would refuse the key; its {@link
   *     InvalidPublicKeyException#status()} says why
   * @throws BlsException if the native library is unusable
   */
  public static G1Key decode(byte[] compressed) throws InvalidPublicKeyException, BlsException {
    Objects.requireNonNull(compressed, "compressed");
    G1Key cached = CACHE.get(compressed);
    if (cached != null) {
      return cached;
    }
    byte[] copy = compressed.clone();
    G1Key key = decodeUncached(copy);
    CACHE.put(copy, key);
    return key;
  }

  private static G1Key decodeUncached(byte[] copy) throws BlsException {
    Optional<PublicKeyCheck> byEncoding = G1EncodingRules.verdictFromEncoding(copy);
    if (byEncoding.isPresent()) {
      throw InvalidPublicKeyException.of(byEncoding.get());
    }
    BlstBackend.G1Decoded decoded =
        BackendCalls.call(() -> BlstBackend.decodeCompressedG1Point(copy));
    if (decoded.point().isEmpty()) {
      throw InvalidPublicKeyException.of(Bls.checkPublicKey(copy));
    }
    return new G1Key(copy, decoded.point().get());
  }

  /** The 48-byte compressed encoding, a fresh copy. */
  public byte[] compressed() {
    return compressed.clone();
  }

  G1Point point() {
    return point;
  }

  /** The key as blst's affine struct, for {@link NativeBackend}; computed once, then kept. */
  byte[] nativeAffine() throws BlsException {
    byte[] affine = nativeAffine;
    if (affine == null) {
      affine = BackendCalls.call(() -> NativeBackend.affineFromUncompressed(point.uncompressed()));
      nativeAffine = affine;
    }
    return affine;
  }

  /** How many decoded keys the process-wide cache holds now. */
  static int cachedKeyCount() {
    return CACHE.size();
  }

  /** Empties the process-wide cache (for measurements of cold decoding). */
  static void clearCache() {
    CACHE.clear();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof G1Key key && Arrays.equals(compressed, key.compressed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compressed);
  }

  @Override
  public String toString() {
    return "G1Key[" + HexFormat.of().formatHex(compressed) + "]";
  }
}
