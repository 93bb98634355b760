package io.f3console.core.crypto.internal.nativeblst;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Handles on the blst C functions this package calls, resolved once from the loaded library, with
 * the struct sizes of {@code blst.h} for 64-bit limbs. Each call wrapper passes {@code size_t} as a
 * Java {@code long} (every platform jblst bundles a library for is 64-bit) and reads a C {@code
 * bool} result from its low byte only, since the ABI leaves the upper bits of the return register
 * undefined.
 */
final class BlstFunctions {
  /** {@code blst_p1}: Jacobian x, y, z, each a 384-bit field element. */
  static final int P1_SIZE = 144;

  /** {@code blst_p1_affine}: x, y. */
  static final int P1_AFFINE_SIZE = 96;

  /** {@code blst_p2}: Jacobian x, y, z over Fp2. */
  static final int P2_SIZE = 288;

  /** {@code blst_p2_affine}: x, y over Fp2. */
  static final int P2_AFFINE_SIZE = 192;

  /** {@code blst_fp12}. */
  static final int FP12_SIZE = 576;

  /** The ZCash serialisations. */
  static final int G1_UNCOMPRESSED_SIZE = 96;

  static final int G1_COMPRESSED_SIZE = 48;
  static final int G2_COMPRESSED_SIZE = 96;

  private static final int BLST_SUCCESS = 0;

  private final Function p1Deserialize;
  private final Function p1AffineSerialize;
  private final Function p1AffineCompress;
  private final Function p1ToAffine;
  private final Function p1FromAffine;
  private final Function p1Cneg;
  private final Function p1AffineGenerator;
  private final Function p1sMultPippenger;
  private final Function p1sMultPippengerScratchSizeof;
  private final Function hashToG2;
  private final Function p2ToAffine;
  private final Function p2Uncompress;
  private final Function p2AffineInG2;
  private final Function millerLoopN;
  private final Function finalExp;
  private final Function fp12IsOne;

  /** Resolves every symbol; a missing one throws {@link UnsatisfiedLinkError}. */
  BlstFunctions(NativeLibrary library) {
    p1Deserialize = library.getFunction("blst_p1_deserialize");
    p1AffineSerialize = library.getFunction("blst_p1_affine_serialize");
    p1AffineCompress = library.getFunction("blst_p1_affine_compress");
    p1ToAffine = library.getFunction("blst_p1_to_affine");
    p1FromAffine = library.getFunction("blst_p1_from_affine");
    p1Cneg = library.getFunction("blst_p1_cneg");
    p1AffineGenerator = library.getFunction("blst_p1_affine_generator");
    p1sMultPippenger = library.getFunction("blst_p1s_mult_pippenger");
    p1sMultPippengerScratchSizeof = library.getFunction("blst_p1s_mult_pippenger_scratch_sizeof");
    hashToG2 = library.getFunction("blst_hash_to_g2");
    p2ToAffine = library.getFunction("blst_p2_to_affine");
    p2Uncompress = library.getFunction("blst_p2_uncompress");
    p2AffineInG2 = library.getFunction("blst_p2_affine_in_g2");
    millerLoopN = library.getFunction("blst_miller_loop_n");
    finalExp = library.getFunction("blst_final_exp");
    fp12IsOne = library.getFunction("blst_fp12_is_one");
  }

  /** {@code blst_p1_deserialize}: 96 uncompressed bytes to an affine struct; true on success. */
  boolean p1Deserialize(Pointer out, byte[] uncompressed) {
    return p1Deserialize.invokeInt(new Object[] {out, uncompressed}) == BLST_SUCCESS;
  }

  void p1AffineSerialize(byte[] out, Pointer affine) {
    p1AffineSerialize.invokeVoid(new Object[] {out, affine});
  }

  void p1AffineCompress(byte[] out, Pointer affine) {
    p1AffineCompress.invokeVoid(new Object[] {out, affine});
  }

  void p1ToAffine(Pointer out, Pointer point) {
    p1ToAffine.invokeVoid(new Object[] {out, point});
  }

  void p1FromAffine(Pointer out, Pointer affine) {
    p1FromAffine.invokeVoid(new Object[] {out, affine});
  }

  void p1Negate(Pointer point) {
    p1Cneg.invokeVoid(new Object[] {point, 1L});
  }

  Pointer p1AffineGenerator() {
    return p1AffineGenerator.invokePointer(new Object[0]);
  }

  long p1sMultPippengerScratchSize(long points) {
    return p1sMultPippengerScratchSizeof.invokeLong(new Object[] {points});
  }

  /**
   * {@code blst_p1s_mult_pippenger}. {@code pointRefs} and {@code scalarRefs} are C pointer arrays;
   * a NULL second entry tells blst that the rest follows contiguously after the first.
   */
  void p1sMultPippenger(
      Pointer out, Pointer pointRefs, long count, Pointer scalarRefs, long nbits, Pointer scratch) {
    p1sMultPippenger.invokeVoid(new Object[] {out, pointRefs, count, scalarRefs, nbits, scratch});
  }

  void hashToG2(Pointer out, byte[] message, Pointer dst, long dstLength) {
    hashToG2.invokeVoid(
        new Object[] {out, message, (long) message.length, dst, dstLength, null, 0L});
  }

  void p2ToAffine(Pointer out, Pointer point) {
    p2ToAffine.invokeVoid(new Object[] {out, point});
  }

  /** {@code blst_p2_uncompress} of the first 96 bytes; true on success (no subgroup check). */
  boolean p2Uncompress(Pointer out, byte[] compressed) {
    return p2Uncompress.invokeInt(new Object[] {out, compressed}) == BLST_SUCCESS;
  }

  boolean p2AffineInG2(Pointer affine) {
    return (p2AffineInG2.invokeInt(new Object[] {affine}) & 0xff) != 0;
  }

  void millerLoopN(Pointer out, Pointer g2Refs, Pointer g1Refs, long count) {
    millerLoopN.invokeVoid(new Object[] {out, g2Refs, g1Refs, count});
  }

  void finalExp(Pointer out, Pointer value) {
    finalExp.invokeVoid(new Object[] {out, value});
  }

  boolean fp12IsOne(Pointer value) {
    return (fp12IsOne.invokeInt(new Object[] {value}) & 0xff) != 0;
  }

  /** The affine struct of −g1, computed once by the caller and kept. */
  Memory negatedG1() {
    Memory point = new Memory(P1_SIZE);
    p1FromAffine(point, p1AffineGenerator());
    p1Negate(point);
    Memory affine = new Memory(P1_AFFINE_SIZE);
    p1ToAffine(affine, point);
    return affine;
  }
}
