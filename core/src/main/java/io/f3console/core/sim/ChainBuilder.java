package io.f3console.core.sim;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.TipSet;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The EC chain a synthetic network finalises: each instance finalises a few new tipsets on top of
 * the previous head, one epoch apart with the occasional null round, each tipset made of one to
 * three made-up block CIDs.
 */
final class ChainBuilder {
  static final long FIRST_EPOCH = 1_000;
  private static final byte[] ZERO_COMMITMENTS = new byte[TipSet.COMMITMENTS_LENGTH];

  private final SplittableRandom random;
  private TipSet head;

  ChainBuilder(SplittableRandom random, Cid initialTable) {
    this.random = random;
    this.head = tipSet(FIRST_EPOCH, initialTable);
  }

  /** The chain of the next instance: the current head, then one to five new tipsets. */
  ECChain next(Cid powerTable) {
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 20 : 5);
    List<TipSet> tipSets = new ArrayList<>(length + 1);
    tipSets.add(head);
    long epoch = head.epoch();
    for (int i = 0; i < length; i++) {
      epoch += random.nextInt(8) == 0 ? 2 : 1;
      tipSets.add(tipSet(epoch, powerTable));
    }
    head = tipSets.get(tipSets.size() - 1);
    return ECChain.of(tipSets);
  }

  private TipSet tipSet(long epoch, Cid powerTable) {
    int blocks = 1 + random.nextInt(3);
    ByteArrayOutputStream key = new ByteArrayOutputStream();
    for (int b = 0; b < blocks; b++) {
      byte[] header = new byte[32];
      random.nextBytes(header);
      Cid.makeCid(header).writeTo(key);
    }
    return TipSet.of(epoch, key.toByteArray(), powerTable, ZERO_COMMITMENTS);
  }
}
