package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import java.io.IOException;
import java.util.Objects;

/**
 * A block source that passes everything to another one; a wrapper overrides what it adds (counting,
 * a cap, noting failures). The inner source still checks every block.
 */
public abstract class ForwardingBlockSource implements BlockSource {
  protected final BlockSource inner;

  protected ForwardingBlockSource(BlockSource inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  @Override
  public byte[] block(Cid cid) throws BlockException, InterruptedException {
    return inner.block(cid);
  }

  @Override
  public String describe() {
    return inner.describe();
  }

  @Override
  public long blocksRead() {
    return inner.blocksRead();
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }
}
