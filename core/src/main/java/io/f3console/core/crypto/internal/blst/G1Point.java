package io.f3console.core.crypto.internal.blst;

import supranational.blst.P1_Affine;

/**
 * An opaque handle on a decoded G1 point held by jblst, for the crypto facade to keep (for example
 * inside a cached public key). The point is never handed out and never mutated; jblst reads it from
 * several threads at once safely.
 */
public final class G1Point {
  final P1_Affine point;

  G1Point(P1_Affine point) {
    this.point = point;
  }

  /** The 96-byte uncompressed (ZCash) encoding: x and y big-endian, no flags for a finite point. */
  public byte[] uncompressed() {
    return point.serialize();
  }
}
