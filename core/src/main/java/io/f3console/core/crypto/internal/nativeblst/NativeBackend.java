package io.f3console.core.crypto.internal.nativeblst;

import com.sun.jna.Memory;
import io.f3console.core.crypto.internal.BackendUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The single public entry point into the JNA binding of blst, for {@code io.f3console.core.crypto}
 * (and its benchmark floor, {@code crypto.bench}) only. Signatures use plain Java types: G1 points
 * travel as blst affine structs (96 opaque bytes in blst's internal representation, valid only
 * inside this process) or as the 96-byte ZCash uncompressed encoding; scalars as little-endian
 * bytes. Inputs are trusted: the facade checks them (points decoded and subgroup-checked through
 * jblst before they get here).
 */
public final class NativeBackend {
  /** The length of a blst affine G1 struct, as {@link #affineFromUncompressed} returns it. */
  public static final int AFFINE_LENGTH = BlstFunctions.P1_AFFINE_SIZE;

  private static final byte[] DST_BYTES =
      "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_".getBytes(StandardCharsets.US_ASCII);

  private NativeBackend() {}

  private static final class Holder {
    static final NativeLibraryLoader.Outcome OUTCOME = loadQuietly();
    static final Memory NEGATED_G1 = OUTCOME.functions().map(BlstFunctions::negatedG1).orElse(null);
    static final Memory DST = dst();
  }

  private static final ThreadLocal<MsmWorkspace[]> WORKSPACES =
      ThreadLocal.withInitial(() -> new MsmWorkspace[33]);

  /** Whether the native functions are usable (loads the library the first time). */
  public static boolean isAvailable() {
    return Holder.OUTCOME.functions().isPresent();
  }

  /** What was loaded, or why nothing could be, in one line. */
  public static String description() {
    return Holder.OUTCOME.description();
  }

  /**
   * The blst affine struct of a point given in the 96-byte uncompressed encoding (which is only
   * checked to be on the curve here, not to be in the subgroup).
   */
  public static byte[] affineFromUncompressed(byte[] uncompressed)
      throws BackendUnavailableException {
    BlstFunctions blst = functions();
    if (uncompressed.length != BlstFunctions.G1_UNCOMPRESSED_SIZE) {
      throw new IllegalArgumentException("an uncompressed G1 point has 96 bytes");
    }
    Memory out = new Memory(AFFINE_LENGTH);
    if (!blst.p1Deserialize(out, uncompressed)) {
      throw new IllegalArgumentException("not an uncompressed G1 point on the curve");
    }
    return out.getByteArray(0, AFFINE_LENGTH);
  }

  /**
   * Σ scalar·point over {@code indexes} (at least one entry) by blst's Pippenger method, returned
   * in the 96-byte uncompressed encoding (the identity is {@code 0x40} then zeros).
   *
   * @param affines blst affine structs, indexed like the scalars
   * @param packedScalars little-endian scalars, {@code (nbits + 7) / 8} bytes each, contiguous
   * @param indexes which entries to include
   * @param nbits the bit length of the scalars, 1 to 256
   */
  public static byte[] multiScalarMultiply(
      byte[][] affines, byte[] packedScalars, int[] indexes, int nbits)
      throws BackendUnavailableException {
    BlstFunctions blst = functions();
    if (nbits < 1 || nbits > 256) {
      throw new IllegalArgumentException("nbits must be 1 to 256: " + nbits);
    }
    if (indexes.length == 0) {
      throw new IllegalArgumentException("the native multiplication needs at least one point");
    }
    int stride = (nbits + 7) / 8;
    MsmWorkspace[] perStride = WORKSPACES.get();
    MsmWorkspace workspace = perStride[stride];
    if (workspace == null) {
      workspace = new MsmWorkspace(blst, stride);
      perStride[stride] = workspace;
    }
    return workspace.multiply(affines, packedScalars, indexes, nbits);
  }

  /**
   * Lays out one certificate for {@link #floorVerify}: copies the selected points and scalars into
   * contiguous native memory and allocates every buffer the check needs.
   *
   * @param signature at least 96 bytes; the first 96 are used, as a compressed G2 point
   */
  public static FloorInput prepareFloor(
      byte[][] affines,
      byte[] packedScalars,
      int[] indexes,
      int nbits,
      byte[] message,
      byte[] signature)
      throws BackendUnavailableException {
    BlstFunctions blst = functions();
    int stride = (nbits + 7) / 8;
    int count = indexes.length;
    if (count == 0) {
      throw new IllegalArgumentException("the floor measures non-empty signer sets");
    }
    if (signature.length < BlstFunctions.G2_COMPRESSED_SIZE) {
      throw new IllegalArgumentException("a compressed signature has 96 bytes");
    }
    byte[] points = new byte[count * AFFINE_LENGTH];
    byte[] scalars = new byte[count * stride];
    for (int j = 0; j < count; j++) {
      System.arraycopy(affines[indexes[j]], 0, points, j * AFFINE_LENGTH, AFFINE_LENGTH);
      System.arraycopy(packedScalars, indexes[j] * stride, scalars, j * stride, stride);
    }
    byte[] sig = Arrays.copyOf(signature, BlstFunctions.G2_COMPRESSED_SIZE);
    return new FloorInput(
        blst, Holder.NEGATED_G1, points, scalars, count, nbits, message.clone(), sig);
  }

  /**
   * blst's primitives alone, nothing cached: one Pippenger multiplication of the prepared points
   * and scalars (the aggregate key), one hash of the message to G2, decompression and subgroup
   * check of the signature, and one pairing check e(key, H(m)) · e(−g1, σ) = 1 (two Miller loops
   * sharing their squarings, one final exponentiation).
   */
  public static boolean floorVerify(FloorInput input) throws BackendUnavailableException {
    BlstFunctions blst = functions();
    blst.p1sMultPippenger(
        input.msmResult,
        input.pointRefs,
        input.count,
        input.scalarRefs,
        input.nbits,
        input.scratch);
    blst.p1ToAffine(input.aggregateKey, input.msmResult);
    blst.hashToG2(input.hash, input.message, Holder.DST, DST_BYTES.length);
    blst.p2ToAffine(input.hashAffine, input.hash);
    if (!blst.p2Uncompress(input.signatureAffine, input.signature)
        || !blst.p2AffineInG2(input.signatureAffine)) {
      return false;
    }
    blst.millerLoopN(input.millerLoop, input.g2Refs, input.g1Refs, 2);
    blst.finalExp(input.finalExponent, input.millerLoop);
    return blst.fp12IsOne(input.finalExponent);
  }

  private static BlstFunctions functions() throws BackendUnavailableException {
    Optional<BlstFunctions> functions = Holder.OUTCOME.functions();
    if (functions.isEmpty()) {
      throw new BackendUnavailableException(Holder.OUTCOME.description());
    }
    return functions.get();
  }

  private static NativeLibraryLoader.Outcome loadQuietly() {
    try {
      return NativeLibraryLoader.outcome();
    } catch (LinkageError e) {
      // The loader class itself cannot be linked, e.g. because JNA is not on the class path.
      return new NativeLibraryLoader.Outcome(
          Optional.empty(),
          "native blst not usable: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Memory dst() {
    Memory dst = new Memory(DST_BYTES.length);
    dst.write(0, DST_BYTES, 0, DST_BYTES.length);
    return dst;
  }
}
