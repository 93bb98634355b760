package io.f3console.core.state;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multihash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A go-hamt-ipld v3 map as the builtin actors configure it: bitwidth 5, keys hashed with SHA-256,
 * buckets of at most 3 pairs. Nodes are read from a {@link BlockSource} as they are needed and
 * checked on load (bitfield against pointers, bucket sizes and order, links to dag-cbor, no empty
 * or collapsible inner node); the depth is limited by the hash: 256 bits give at most {@value
 * #MAX_LEVELS} levels of 5 bits.
 */
public final class Hamt {
  /** Bits of the hash consumed per level. */
  public static final int BIT_WIDTH = 5;

  /** Slots per node. */
  public static final int WIDTH = 1 << BIT_WIDTH;

  /** Pairs per bucket. */
  public static final int BUCKET_SIZE = 3;

  /** Levels a 256-bit hash can index (depths 0 to 50). */
  public static final int MAX_LEVELS = 256 / BIT_WIDTH;

  /** Receives entries during {@link #forEach}, in the map's order (by hash, not by key). */
  public interface Visitor {
    void visit(HamtEntry entry) throws F3Exception, InterruptedException;
  }

  private final BlockSource source;
  private final Cid root;
  private final String name;

  private Hamt(BlockSource source, Cid root, String name) {
    this.source = source;
    this.root = root;
    this.name = name;
  }

  /**
   * The map whose root node is {@code root}.
   *
   * @param name what the map is, for messages ({@code "actors"}, {@code "power claims"})
   */
  public static Hamt of(BlockSource source, Cid root, String name) {
    return new Hamt(
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(root, "root"),
        Objects.requireNonNull(name, "name"));
  }

  public Cid root() {
    return root;
  }

  /** The value stored under {@code key} (raw CBOR), or empty. */
  public Optional<HamtEntry> find(byte[] key) throws StateException, InterruptedException {
    byte[] hash = Multihash.sha256(key).digest();
    Cid cid = root;
    HamtNode node = load(cid, true);
    for (int depth = 0; ; depth++) {
      int index = index(hash, depth);
      if ((node.bitfield() & (1L << index)) == 0) {
        return Optional.empty();
      }
      int position = Long.bitCount(node.bitfield() & ((1L << index) - 1));
      HamtNode.Pointer pointer = node.pointers().get(position);
      if (pointer instanceof HamtNode.Bucket bucket) {
        for (HamtEntry entry : bucket.entries()) {
          if (Arrays.equals(entry.keyUnsafe(), key)) {
            return Optional.of(entry);
          }
        }
        return Optional.empty();
      }
      Cid child = ((HamtNode.Link) pointer).cid();
      requireDepth(depth + 1, child, cid);
      cid = child;
      node = load(cid, false);
    }
  }

  /** Visits every entry: depth first, pointers in order, buckets in stored order. */
  public void forEach(Visitor visitor) throws F3Exception, InterruptedException {
    Objects.requireNonNull(visitor, "visitor");
    walk(root, load(root, true), 0, visitor);
  }

  /**
   * Every entry, in iteration order.
   *
   * @throws StateException if there are more than {@code maxEntries}
   */
  public List<HamtEntry> entries(int maxEntries) throws StateException, InterruptedException {
    List<HamtEntry> out = new ArrayList<>();
    try {
      forEach(
          entry -> {
            if (out.size() == maxEntries) {
              throw new StateException(
                  StateException.Reason.MALFORMED,
                  Optional.of(root),
                  name + " map " + root + " holds more than " + maxEntries + " entries");
            }
            out.add(entry);
          });
    } catch (StateException | InterruptedException e) {
      throw e;
    } catch (F3Exception e) {
      throw new IllegalStateException("unexpected", e);
    }
    return out;
  }

  private void walk(Cid cid, HamtNode node, int depth, Visitor visitor)
      throws F3Exception, InterruptedException {
    for (HamtNode.Pointer pointer : node.pointers()) {
      if (pointer instanceof HamtNode.Bucket bucket) {
        for (HamtEntry entry : bucket.entries()) {
          visitor.visit(entry);
        }
      } else {
        Cid child = ((HamtNode.Link) pointer).cid();
        requireDepth(depth + 1, child, cid);
        walk(child, load(child, false), depth + 1, visitor);
      }
    }
  }

  private void requireDepth(int depth, Cid child, Cid parent) throws StateException {
    if (depth >= MAX_LEVELS) {
      throw new StateException(
          StateException.Reason.HAMT_TOO_DEEP,
          Optional.of(child),
          name
              + " map "
              + root
              + ": node "
              + parent
              + " links to "
              + child
              + " at depth "
              + depth
              + ", deeper than the "
              + MAX_LEVELS
              + " levels a 256-bit hash allows");
    }
  }

  private HamtNode load(Cid cid, boolean isRoot) throws StateException, InterruptedException {
    byte[] bytes = StateCbor.load(source, cid, "HAMT node of " + name);
    return HamtNode.read(bytes, cid, name, isRoot);
  }

  /** Bits {@code [5·depth, 5·depth+5)} of the hash, most significant bit first. */
  static int index(byte[] hash, int depth) {
    int first = depth * BIT_WIDTH;
    int value = 0;
    for (int bit = first; bit < first + BIT_WIDTH; bit++) {
      int b = (hash[bit >>> 3] >>> (7 - (bit & 7))) & 1;
      value = (value << 1) | b;
    }
    return value;
  }
}
