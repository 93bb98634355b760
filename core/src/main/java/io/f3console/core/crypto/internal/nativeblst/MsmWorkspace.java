package io.f3console.core.crypto.internal.nativeblst;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The native buffers of one thread's multi-scalar multiplications, kept between calls and grown
 * when a larger input arrives, so that a certificate's aggregation allocates no native memory.
 * Points and scalars are first gathered in Java arrays and then written with one copy each. Not
 * thread-safe: one instance per thread.
 */
final class MsmWorkspace {
  private static final int MINIMUM_CAPACITY = 256;

  private final BlstFunctions blst;
  private final int scalarStride;
  private final Memory pointRefs = new Memory(2L * Native.POINTER_SIZE);
  private final Memory scalarRefs = new Memory(2L * Native.POINTER_SIZE);
  private final Memory result = new Memory(BlstFunctions.P1_SIZE);
  private final Memory affine = new Memory(BlstFunctions.P1_AFFINE_SIZE);
  private int capacity;
  private Memory points;
  private Memory scalars;
  private Memory scratch;
  private byte[] pointStaging;
  private byte[] scalarStaging;

  MsmWorkspace(BlstFunctions blst, int scalarStride) {
    this.blst = blst;
    this.scalarStride = scalarStride;
    pointRefs.setPointer(Native.POINTER_SIZE, Pointer.NULL);
    scalarRefs.setPointer(Native.POINTER_SIZE, Pointer.NULL);
  }

  int scalarStride() {
    return scalarStride;
  }

  /**
   * Σ scalar_j·point_j over the selected entries, as the 96-byte uncompressed encoding.
   *
   * @param affines blst affine structs, one per entry
   * @param packedScalars little-endian scalars of {@link #scalarStride()} bytes, one per entry
   * @param indexes the entries to include (at least one)
   * @param nbits the scalars' bit length, at most 8 × {@link #scalarStride()}
   */
  byte[] multiply(byte[][] affines, byte[] packedScalars, int[] indexes, int nbits) {
    int count = indexes.length;
    ensureCapacity(count);
    for (int j = 0; j < count; j++) {
      int index = indexes[j];
      System.arraycopy(
          affines[index],
          0,
          pointStaging,
          j * BlstFunctions.P1_AFFINE_SIZE,
          BlstFunctions.P1_AFFINE_SIZE);
      System.arraycopy(
          packedScalars, index * scalarStride, scalarStaging, j * scalarStride, scalarStride);
    }
    points.write(0, pointStaging, 0, count * BlstFunctions.P1_AFFINE_SIZE);
    scalars.write(0, scalarStaging, 0, count * scalarStride);
    blst.p1sMultPippenger(result, pointRefs, count, scalarRefs, nbits, scratch);
    blst.p1ToAffine(affine, result);
    byte[] out = new byte[BlstFunctions.G1_UNCOMPRESSED_SIZE];
    blst.p1AffineSerialize(out, affine);
    return out;
  }

  private void ensureCapacity(int count) {
    if (count <= capacity) {
      return;
    }
    int grown = Math.max(MINIMUM_CAPACITY, Integer.highestOneBit(count - 1) << 1);
    points = new Memory((long) grown * BlstFunctions.P1_AFFINE_SIZE);
    // A few spare bytes: blst reads scalars a byte at a time, but never trust the tail.
    scalars = new Memory((long) grown * scalarStride + 8);
    scratch = new Memory(Math.max(8, blst.p1sMultPippengerScratchSize(grown)));
    pointStaging = new byte[grown * BlstFunctions.P1_AFFINE_SIZE];
    scalarStaging = new byte[grown * scalarStride];
    pointRefs.setPointer(0, points);
    scalarRefs.setPointer(0, scalars);
    capacity = grown;
  }
}
