package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import java.io.Closeable;

/**
 * Where IPLD blocks of chain state come from (a CAR file, a node, a CAR backed by a node). Every
 * implementation returns a block only after checking its bytes against its CID ({@link
 * BlockCheck}): a source is never trusted.
 */
public interface BlockSource extends Closeable {
  /**
   * The bytes of the block {@code cid} names, checked against it.
   *
   * @throws BlockException if the source does not hold the block ({@link BlockException.Reason
   *     #MISSING}), gives bytes that do not hash to the CID ({@link BlockException.Reason
   *     #HASH_MISMATCH}), uses a hash function that cannot be checked, or cannot be reached
   * @throws InterruptedException if the thread is interrupted (the way to cancel)
   */
  byte[] block(Cid cid) throws BlockException, InterruptedException;

  /** What the source is, for messages ({@code car:/path}, {@code rpc:http://…}). */
  String describe();

  /** How many blocks have been returned so far (for progress). */
  long blocksRead();
}
