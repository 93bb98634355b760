package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A first source (a CAR) backed by a second (a node) for the blocks the first does not hold: the
 * second is asked only when the first says {@link BlockException.Reason#MISSING}. Any other failure
 * of the first (wrong bytes, a malformed file) is reported as it is, never papered over by the
 * second. Thread-safe when both sources are.
 */
public final class LayeredBlockSource implements BlockSource {
  private final BlockSource first;
  private final BlockSource fallback;
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong fromFallback = new AtomicLong();

  private LayeredBlockSource(BlockSource first, BlockSource fallback) {
    this.first = first;
    this.fallback = fallback;
  }

  /** {@code first}, then {@code fallback} for what {@code first} lacks; owns both. */
  public static LayeredBlockSource of(BlockSource first, BlockSource fallback) {
    return new LayeredBlockSource(
        Objects.requireNonNull(first, "first"), Objects.requireNonNull(fallback, "fallback"));
  }

  @Override
  public byte[] block(Cid cid) throws BlockException, InterruptedException {
    byte[] data;
    try {
      data = first.block(cid);
    } catch (BlockException e) {
      if (e.reason() != BlockException.Reason.MISSING) {
        throw e;
      }
      try {
        data = fallback.block(cid);
      } catch (BlockException second) {
        if (second.reason() == BlockException.Reason.MISSING) {
          BlockException both =
              new BlockException(
                  BlockException.Reason.MISSING,
                  second.cid(),
                  "block "
                      + cid
                      + " is neither in "
                      + first.describe()
                      + " nor in "
                      + fallback.describe(),
                  second);
          throw both;
        }
        throw second;
      }
      fromFallback.incrementAndGet();
    }
    read.incrementAndGet();
    return data;
  }

  @Override
  public String describe() {
    return first.describe() + " then " + fallback.describe();
  }

  @Override
  public long blocksRead() {
    return read.get();
  }

  /** How many of the blocks returned came from the fallback. */
  public long blocksFromFallback() {
    return fromFallback.get();
  }

  /** Closes both sources. */
  @Override
  public void close() throws IOException {
    try {
      first.close();
    } finally {
      fallback.close();
    }
  }
}
