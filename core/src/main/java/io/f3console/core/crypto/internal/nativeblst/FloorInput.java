package io.f3console.core.crypto.internal.nativeblst;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * One certificate's inputs for {@link NativeBackend#floorVerify(FloorInput)}, laid out in native
 * memory ahead of time: the signers' blst affine points and their scalars packed contiguously, the
 * scratch and output buffers, the message and the 96 signature bytes. Holds no result of any
 * computation. Use an instance from one thread at a time.
 */
public final class FloorInput {
  final int count;
  final int nbits;
  final byte[] message;
  final byte[] signature;
  final Memory points;
  final Memory scalars;
  final Memory pointRefs = refs();
  final Memory scalarRefs = refs();
  final Memory scratch;
  final Memory msmResult = new Memory(BlstFunctions.P1_SIZE);
  final Memory aggregateKey = new Memory(BlstFunctions.P1_AFFINE_SIZE);
  final Memory hash = new Memory(BlstFunctions.P2_SIZE);
  final Memory hashAffine = new Memory(BlstFunctions.P2_AFFINE_SIZE);
  final Memory signatureAffine = new Memory(BlstFunctions.P2_AFFINE_SIZE);
  final Memory g2Refs = new Memory(2L * Native.POINTER_SIZE);
  final Memory g1Refs = new Memory(2L * Native.POINTER_SIZE);
  final Memory millerLoop = new Memory(BlstFunctions.FP12_SIZE);
  final Memory finalExponent = new Memory(BlstFunctions.FP12_SIZE);

  FloorInput(
      BlstFunctions blst,
      Memory negatedG1,
      byte[] packedPoints,
      byte[] packedScalars,
      int count,
      int nbits,
      byte[] message,
      byte[] signature) {
    this.count = count;
    this.nbits = nbits;
    this.message = message;
    this.signature = signature;
    points = new Memory(packedPoints.length);
    points.write(0, packedPoints, 0, packedPoints.length);
    scalars = new Memory(packedScalars.length + 8L);
    scalars.clear();
    scalars.write(0, packedScalars, 0, packedScalars.length);
    pointRefs.setPointer(0, points);
    scalarRefs.setPointer(0, scalars);
    scratch = new Memory(Math.max(8, blst.p1sMultPippengerScratchSize(count)));
    g2Refs.setPointer(0, hashAffine);
    g2Refs.setPointer(Native.POINTER_SIZE, signatureAffine);
    g1Refs.setPointer(0, aggregateKey);
    g1Refs.setPointer(Native.POINTER_SIZE, negatedG1);
  }

  /** The number of signers. */
  public int signerCount() {
    return count;
  }

  private static Memory refs() {
    Memory refs = new Memory(2L * Native.POINTER_SIZE);
    refs.setPointer(Native.POINTER_SIZE, Pointer.NULL);
    return refs;
  }
}
