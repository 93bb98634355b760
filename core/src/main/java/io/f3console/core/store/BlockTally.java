package io.f3console.core.store;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.SignerFlags;
import java.util.HashMap;
import java.util.Map;

/**
 * The participation of every miner in one block of instances, as the index keeps it: per miner, in
 * which instances it was in the committee, which it signed, and the scaled power it held in those
 * it missed. Fed certificates of the block with their committees, in any order.
 */
final class BlockTally {
  /** One miner's row. */
  static final class Row {
    final long[] member = new long[BlockBitmap.WORDS];
    final long[] signed = new long[BlockBitmap.WORDS];
    long absentPower;
    long lastAbsentPower;

    /** The last instance it missed, to keep {@link #lastAbsentPower} in chain order. */
    long lastAbsent = -1;
  }

  private final long block;
  private final Map<Long, Row> rows = new HashMap<>();

  BlockTally(long block) {
    this.block = block;
  }

  long block() {
    return block;
  }

  /** Every miner's row, by actor ID bits. */
  Map<Long, Row> rows() {
    return rows;
  }

  /**
   * Adds the instance of one certificate of the block with the committee of that instance and who
   * of it signed ({@link SignerFlags}).
   *
   * @throws IllegalArgumentException if the instance is of another block
   */
  void add(long instance, PowerTable committee, boolean[] signedBy) {
    if (BlockBitmap.blockOf(instance) != block) {
      throw new IllegalArgumentException(
          "instance " + Long.toUnsignedString(instance) + " is not in block " + block);
    }
    int offset = (int) (instance - BlockBitmap.firstOf(block));
    for (int i = 0; i < committee.size(); i++) {
      Row row = rows.computeIfAbsent(committee.entry(i).id().bits(), id -> new Row());
      BlockBitmap.set(row.member, offset);
      if (signedBy[i]) {
        BlockBitmap.set(row.signed, offset);
      } else {
        long power = committee.scaledPower(i);
        row.absentPower += power;
        if (offset > row.lastAbsent) {
          row.lastAbsent = offset;
          row.lastAbsentPower = power;
        }
      }
    }
  }

  /** Adds one certificate of the block with the committee of its instance. */
  void add(FinalityCertificate certificate, PowerTable committee) {
    add(certificate.instance(), committee, SignerFlags.of(certificate, committee));
  }
}
