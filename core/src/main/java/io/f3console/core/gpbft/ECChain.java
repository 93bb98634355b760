package io.f3console.core.gpbft;

import io.f3console.core.merkle.MerkleTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chain of EC tipsets (go-f3 {@code gpbft.ECChain}): the first is the <em>base</em>, the last
 * tipset finalised before, and the rest the <em>suffix</em>. The chain with no tipsets is the zero
 * chain ("bottom"); go-f3's nil chain and empty chain are both this value.
 *
 * <p>Construction accepts any list, so that decoded data can be held and shown; {@link
 * #validationError()} applies go-f3's {@code ECChain.Validate}. The chain {@link #key()} is what
 * signers commit to. Immutable and thread-safe.
 */
public final class ECChain {
  /** go-f3 {@code ChainMaxLen}: the longest valid chain, base included. */
  public static final int MAX_LENGTH = 128;

  /** The zero chain ("bottom"): no tipsets, key of 32 zero bytes. */
  public static final ECChain ZERO = new ECChain(List.of());

  private final List<TipSet> tipSets;

  /** Computed on first use; racing threads compute the same bytes. */
  private volatile byte[] key;

  private ECChain(List<TipSet> tipSets) {
    this.tipSets = tipSets;
  }

  /** The chain of these tipsets, in order (an empty list gives {@link #ZERO}). */
  public static ECChain of(List<TipSet> tipSets) {
    List<TipSet> copy = List.copyOf(tipSets);
    return copy.isEmpty() ? ZERO : new ECChain(copy);
  }

  public static ECChain of(TipSet... tipSets) {
    return of(List.of(tipSets));
  }

  /** The tipsets, base first (unmodifiable). */
  public List<TipSet> tipSets() {
    return tipSets;
  }

  public int size() {
    return tipSets.size();
  }

  public boolean isZero() {
    return tipSets.isEmpty();
  }

  public TipSet get(int index) {
    return tipSets.get(index);
  }

  /**
   * The first tipset.
   *
   * @throws IllegalStateException on the zero chain
   */
  public TipSet base() {
    requireNonZero("base");
    return tipSets.get(0);
  }

  /**
   * The last tipset (the base when there is no suffix).
   *
   * @throws IllegalStateException on the zero chain
   */
  public TipSet head() {
    requireNonZero("head");
    return tipSets.get(tipSets.size() - 1);
  }

  /** The tipsets after the base; empty for the zero chain, as in go-f3. */
  public List<TipSet> suffix() {
    return tipSets.isEmpty() ? List.of() : tipSets.subList(1, tipSets.size());
  }

  private void requireNonZero(String what) {
    if (tipSets.isEmpty()) {
      throw new IllegalStateException("the zero chain has no " + what);
    }
  }

  /**
   * go-f3's {@code ECChain.Validate}: the message of the first rule the chain breaks, or empty. The
   * zero chain is valid. A non-zero chain must have at most {@link #MAX_LENGTH} tipsets, each valid
   * (its error wrapped as {@code "tipset <i>: …"}), with strictly increasing epochs starting at 0
   * or later.
   */
  public Optional<String> validationError() {
    if (tipSets.isEmpty()) {
      return Optional.empty();
    }
    if (tipSets.size() > MAX_LENGTH) {
      return Optional.of("chain too long");
    }
    long lastEpoch = -1;
    for (int i = 0; i < tipSets.size(); i++) {
      TipSet tipSet = tipSets.get(i);
      Optional<String> error = tipSet.validationError();
      if (error.isPresent()) {
        return Optional.of("tipset " + i + ": " + error.get());
      }
      if (tipSet.epoch() <= lastEpoch) {
        return Optional.of(
            "chain must have increasing epochs " + tipSet.epoch() + " <= " + lastEpoch);
      }
      lastEpoch = tipSet.epoch();
    }
    return Optional.empty();
  }

  /**
   * The chain key (go-f3 {@code ECChain.Key}): the Keccak-256 Merkle root of the tipsets' leaf
   * values ({@link TipSet#marshalForSigning()}), 32 zero bytes for the zero chain. It is what a
   * signature covers in place of the chain itself. Computed once; each call returns a copy.
   */
  public byte[] key() {
    byte[] result = key;
    if (result == null) {
      List<byte[]> leaves = new ArrayList<>(tipSets.size());
      for (TipSet tipSet : tipSets) {
        leaves.add(tipSet.marshalForSigning());
      }
      result = MerkleTree.root(leaves);
      key = result;
    }
    return result.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ECChain that && tipSets.equals(that.tipSets);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(tipSets);
  }

  /** Size and epoch range, e.g. {@code ECChain[20 tipsets, epochs 4919580..4919599]}. */
  @Override
  public String toString() {
    if (tipSets.isEmpty()) {
      return "ECChain[zero]";
    }
    return "ECChain["
        + tipSets.size()
        + (tipSets.size() == 1 ? " tipset" : " tipsets")
        + ", epochs "
        + base().epoch()
        + ".."
        + head().epoch()
        + "]";
  }
}
