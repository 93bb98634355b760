package io.f3console.core.state;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Filecoin block header (Lotus {@code types.BlockHeader}, a 16-field cbor-gen tuple): the fields
 * a state computation needs are decoded, the others (ticket, election proof, beacon entries, PoSt
 * proofs, BLS aggregate, block signature) are checked to be well-formed CBOR and skipped.
 *
 * @param cid the block's CID
 * @param miner the block producer
 * @param parents the parent tipset's block CIDs
 * @param parentWeight the parent tipset's weight
 * @param height the epoch
 * @param parentStateRoot the state after executing the parent tipset
 * @param parentMessageReceipts the parent tipset's receipts
 * @param messages this block's messages
 * @param timestamp seconds since the Unix epoch
 * @param forkSignaling the fork-signalling bits
 * @param parentBaseFee the parent tipset's base fee (attoFIL)
 */
public record BlockHeader(
    Cid cid,
    Address miner,
    List<Cid> parents,
    StoragePower parentWeight,
    long height,
    Cid parentStateRoot,
    Cid parentMessageReceipts,
    Cid messages,
    long timestamp,
    long forkSignaling,
    StoragePower parentBaseFee) {
  /** Fields of the cbor-gen tuple. */
  public static final int FIELDS = 16;

  /** The most parents a header may name. */
  public static final int MAX_PARENTS = 64;

  public BlockHeader {
    Objects.requireNonNull(cid, "cid");
    parents = List.copyOf(parents);
  }

  /** Reads and decodes the header {@code cid}. */
  public static BlockHeader load(BlockSource source, Cid cid)
      throws StateException, InterruptedException {
    return decode(cid, StateCbor.load(source, cid, "block header"));
  }

  /** Decodes a header's bytes (already checked against {@code cid}). */
  public static BlockHeader decode(Cid cid, byte[] bytes) throws StateException {
    return StateCbor.decode(bytes, cid, "block header", reader -> read(cid, reader));
  }

  private static BlockHeader read(Cid cid, CborReader reader) throws CborDecodingException {
    reader.readTupleHeader(FIELDS, "block header");
    Address miner = StateCbor.readAddress(reader, "Miner");
    reader.readValue(); // Ticket
    reader.readValue(); // ElectionProof
    reader.readValue(); // BeaconEntries
    reader.readValue(); // WinPoStProof
    int count = reader.readArrayHeader(MAX_PARENTS, "Parents");
    List<Cid> parents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      parents.add(reader.readCid("Parents[" + i + "]"));
    }
    StoragePower weight = StateCbor.readBigInt(reader, "ParentWeight");
    long height = reader.readInt64("Height");
    Cid stateRoot = reader.readCid("ParentStateRoot");
    Cid receipts = reader.readCid("ParentMessageReceipts");
    Cid messages = reader.readCid("Messages");
    reader.readValue(); // BLSAggregate
    long timestamp = reader.readUint64("Timestamp");
    reader.readValue(); // BlockSig
    long forkSignaling = reader.readUint64("ForkSignaling");
    StoragePower baseFee = StateCbor.readBigInt(reader, "ParentBaseFee");
    return new BlockHeader(
        cid,
        miner,
        parents,
        weight,
        height,
        stateRoot,
        receipts,
        messages,
        timestamp,
        forkSignaling,
        baseFee);
  }
}
