package io.f3console.core.merkle;

import java.util.List;
import java.util.Objects;

/**
 * The Merkle root go-f3 uses as the key of an EC chain ({@code merkle/merkle.go} {@code Tree},
 * called from {@code gpbft/chain.go} {@code Key}).
 *
 * <ul>
 *   <li>A leaf is {@code Keccak256(0x01 || value)}, an inner node {@code Keccak256(0x00 || left ||
 *       right)}, with legacy Keccak-256 ({@link Keccak256}).
 *   <li>The tree has depth {@code bitlength(n - 1)} and is filled from the left: a subtree with no
 *       values is the all-zero digest, used as it is, not hashed.
 *   <li>The root of one value is its leaf hash; the root of no values is 32 zero bytes ({@code
 *       ZeroDigest}).
 * </ul>
 *
 * <p>This class computes the same root bottom-up, one level at a time, pairing each node with its
 * right neighbour or with the zero digest when it has none: {@code n} leaf hashes and at most
 * {@code n - 1} node hashes, no recursion, so any list size that fits in memory works.
 */
public final class MerkleTree {
  /** The length of a digest in bytes. */
  public static final int DIGEST_LENGTH = Keccak256.DIGEST_LENGTH;

  private static final byte[] LEAF_MARKER = {1};
  private static final byte[] NODE_MARKER = {0};

  private MerkleTree() {}

  /** A new array of 32 zero bytes: the root of an empty list and the filler for empty subtrees. */
  public static byte[] zeroDigest() {
    return new byte[DIGEST_LENGTH];
  }

  /**
   * The root of the tree over {@code values}, in order (each value is hashed as given; the arrays
   * are not modified or kept).
   */
  public static byte[] root(List<byte[]> values) {
    Objects.requireNonNull(values, "values");
    int count = values.size();
    if (count == 0) {
      return zeroDigest();
    }
    byte[][] level = new byte[count][];
    for (int i = 0; i < count; i++) {
      level[i] = Keccak256.hash(LEAF_MARKER, Objects.requireNonNull(values.get(i), "value"));
    }
    byte[] zero = zeroDigest();
    while (count > 1) {
      int parents = (count + 1) / 2;
      for (int i = 0; i < parents; i++) {
        byte[] left = level[2 * i];
        byte[] right = 2 * i + 1 < count ? level[2 * i + 1] : zero;
        level[i] = Keccak256.hash(NODE_MARKER, left, right);
      }
      count = parents;
    }
    return level[0];
  }
}
