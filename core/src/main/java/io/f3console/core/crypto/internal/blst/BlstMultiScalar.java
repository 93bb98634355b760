package io.f3console.core.crypto.internal.blst;

import java.math.BigInteger;
import java.util.Arrays;
import supranational.blst.P1;

/**
 * Multi-scalar multiplication Σ s_j·P_j in G1 over jblst points, in Java: the bucket method
 * (Pippenger) for real use and the plain sum of products as a reference. jblst points are mutable,
 * so the input points are only ever read ({@code add(P1_Affine)} reads its argument) and every
 * accumulator is a fresh object. Callers must have loaded the library first.
 */
final class BlstMultiScalar {
  /** The uncompressed encoding of the identity: the infinity flag, then zeros. */
  private static final int UNCOMPRESSED_LENGTH = 96;

  private BlstMultiScalar() {}

  /**
   * The bucket method. The scalars are cut into windows of {@code w} bits from the top; per window
   * every point is added into the bucket of its digit (a mixed addition), the buckets are combined
   * as Σ d·B_d with two running sums, and the total is doubled {@code w} times before the next
   * window. {@code w} minimises the number of group operations for the size.
   *
   * @param packedScalars little-endian scalars, {@code (nbits + 7) / 8} bytes per point index
   */
  static byte[] pippenger(G1Point[] points, byte[] packedScalars, int[] indexes, int nbits) {
    int stride = (nbits + 7) / 8;
    int count = indexes.length;
    int window = windowBits(count, nbits);
    P1[] buckets = new P1[(1 << window) - 1];
    P1 total = null;
    for (int low = ((nbits - 1) / window) * window; low >= 0; low -= window) {
      if (total != null) {
        for (int i = 0; i < window; i++) {
          total.dbl();
        }
      }
      Arrays.fill(buckets, null);
      for (int j = 0; j < count; j++) {
        int index = indexes[j];
        int digit = digit(packedScalars, index * stride, low, window, nbits);
        if (digit != 0) {
          P1 bucket = buckets[digit - 1];
          if (bucket == null) {
            buckets[digit - 1] = points[index].point.to_jacobian();
          } else {
            bucket.add(points[index].point);
          }
        }
      }
      P1 windowSum = combine(buckets);
      if (windowSum != null) {
        total = total == null ? windowSum : total.add(windowSum);
      }
    }
    return total == null ? identity() : total.serialize();
  }

  /** Σ s_j·P_j one product at a time: slow, obviously right, for cross-checks. */
  static byte[] naive(G1Point[] points, BigInteger[] scalars, int[] indexes) {
    P1 total = null;
    for (int index : indexes) {
      if (scalars[index].signum() == 0) {
        continue;
      }
      P1 term = points[index].point.to_jacobian().mult(scalars[index]);
      total = total == null ? term : total.add(term);
    }
    return total == null ? identity() : total.serialize();
  }

  /** Σ_d d·B_d as running sums from the top bucket down; null when every bucket is empty. */
  private static P1 combine(P1[] buckets) {
    P1 running = null;
    P1 sum = null;
    for (int d = buckets.length - 1; d >= 0; d--) {
      if (buckets[d] != null) {
        running = running == null ? buckets[d] : running.add(buckets[d]);
      }
      if (running != null) {
        sum = sum == null ? running.dup() : sum.add(running);
      }
    }
    return sum;
  }

  /** Bits [low, low + width) of a little-endian scalar, ignoring bits at or above nbits. */
  private static int digit(byte[] scalars, int offset, int low, int width, int nbits) {
    int value = 0;
    int end = Math.min(low + width, nbits);
    for (int bit = low; bit < end; bit++) {
      value |= ((scalars[offset + (bit >>> 3)] >>> (bit & 7)) & 1) << (bit - low);
    }
    return value;
  }

  /** The window width with the fewest additions and doublings, estimated. */
  static int windowBits(int count, int nbits) {
    int best = 1;
    long bestCost = Long.MAX_VALUE;
    for (int w = 1; w <= 16; w++) {
      long windows = (nbits + w - 1) / w;
      long cost = windows * (count + 2L * ((1L << w) - 1) + w);
      if (cost < bestCost) {
        bestCost = cost;
        best = w;
      }
    }
    return best;
  }

  static byte[] identity() {
    byte[] identity = new byte[UNCOMPRESSED_LENGTH];
    identity[0] = 0x40;
    return identity;
  }
}
