package io.f3console.core.statepower;

import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cid.Cid;
import java.util.HashMap;
import java.util.Map;

/**
 * A source that asks its delegate for each block once (the computation looks actors up through the
 * same HAMT nodes many times) and counts the distinct blocks read. The delegate checks every block
 * against its CID; what is kept is the checked bytes.
 */
final class DistinctBlocks implements BlockSource {
  private final BlockSource delegate;
  private final Map<Cid, byte[]> read = new HashMap<>();

  DistinctBlocks(BlockSource delegate) {
    this.delegate = delegate;
  }

  @Override
  public byte[] block(Cid cid) throws BlockException, InterruptedException {
    byte[] data = read.get(cid);
    if (data == null) {
      data = delegate.block(cid);
      read.put(cid, data);
    }
    return data.clone();
  }

  @Override
  public String describe() {
    return delegate.describe();
  }

  /** The distinct blocks read. */
  @Override
  public long blocksRead() {
    return read.size();
  }

  /** The delegate stays open: it belongs to the caller. */
  @Override
  public void close() {}
}
