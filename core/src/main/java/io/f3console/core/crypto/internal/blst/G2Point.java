package io.f3console.core.crypto.internal.blst;

import supranational.blst.P2_Affine;

/**
 * An opaque handle on a G2 point held by jblst: a hashed message or a decoded signature. Never
 * handed out and never mutated.
 */
public final class G2Point {
  final P2_Affine point;

  G2Point(P2_Affine point) {
    this.point = point;
  }

  /** The 96-byte compressed (ZCash) encoding. */
  public byte[] compressed() {
    return point.compress();
  }

  /** Whether this is the point at infinity. */
  public boolean isIdentity() {
    return point.is_inf();
  }
}
