package io.f3console.core.state;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborMajorType;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A storage miner actor's state (go-state-types {@code miner.State}): 15 fields in every version
 * read. VestingFunds is a CID up to actors v15 and, from v16, null or an inline {@code [head
 * [epoch, amount], tail CID]}; that is how the layout is told apart.
 *
 * @param head the state's CID
 * @param layout the actors versions with this layout
 * @param info the {@link MinerInfo} block
 * @param preCommitDeposits pre-commit deposits (attoFIL)
 * @param lockedFunds locked funds (attoFIL)
 * @param vestingFunds the vesting table (to v15) or the vesting tail (v16 on), when present
 * @param feeDebt unpaid fees (attoFIL); a miner with debt is left out of the F3 table
 * @param initialPledge initial pledge (attoFIL)
 * @param sectors the sectors AMT
 * @param provingPeriodStart the current proving period's first epoch
 * @param currentDeadline the current deadline index
 * @param deadlines the deadlines block
 * @param deadlineCronActive whether the deadline cron is scheduled
 */
public record MinerState(
    Cid head,
    VersionRange layout,
    Cid info,
    StoragePower preCommitDeposits,
    StoragePower lockedFunds,
    Optional<Cid> vestingFunds,
    StoragePower feeDebt,
    StoragePower initialPledge,
    Cid sectors,
    long provingPeriodStart,
    long currentDeadline,
    Cid deadlines,
    boolean deadlineCronActive) {
  /** Fields of the tuple in every version read. */
  public static final int FIELDS = 15;

  /** The longest EarlyTerminations bitfield accepted (cbor-gen's byte-string limit). */
  public static final int MAX_BITFIELD_BYTES = CborReader.MAX_BYTE_STRING;

  public MinerState {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(vestingFunds, "vestingFunds");
    Objects.requireNonNull(feeDebt, "feeDebt");
  }

  static MinerState decode(Cid head, byte[] bytes, ActorCode code) throws StateException {
    return StateCbor.decode(
        bytes, head, "miner state", reader -> read(head, reader, code.version()));
  }

  private static MinerState read(Cid head, CborReader reader, OptionalInt version)
      throws CborDecodingException {
    StateCbor.readTupleHeaderOf(reader, "miner state", FIELDS);
    Cid info = reader.readCid("Info");
    StoragePower preCommit = StateCbor.readBigInt(reader, "PreCommitDeposits");
    StoragePower locked = StateCbor.readBigInt(reader, "LockedFunds");
    int vestingStart = reader.position();
    Optional<Cid> vesting;
    VersionRange layout;
    if (reader.peekMajorType() == CborMajorType.TAG) {
      vesting = Optional.of(reader.readCid("VestingFunds"));
      layout =
          version.isPresent()
              ? new VersionRange(version.getAsInt(), version.getAsInt())
              : new VersionRange(BuiltinActors.FIRST_MANIFEST_VERSION, 15);
    } else {
      if (version.isPresent()) {
        throw new StateCbor.LayoutException(
            "VestingFunds of a v" + version.getAsInt() + " miner must be a CID", vestingStart);
      }
      layout = new VersionRange(16, BuiltinActors.MAX_KNOWN_VERSION);
      vesting = readInlineVesting(reader);
    }
    StoragePower feeDebt = StateCbor.readBigInt(reader, "FeeDebt");
    StoragePower pledge = StateCbor.readBigInt(reader, "InitialPledge");
    reader.readCid("PreCommittedSectors");
    reader.readCid("PreCommittedSectorsCleanUp");
    reader.readCid("AllocatedSectors");
    Cid sectors = reader.readCid("Sectors");
    long provingPeriodStart = reader.readInt64("ProvingPeriodStart");
    long currentDeadline = reader.readUint64("CurrentDeadline");
    Cid deadlines = reader.readCid("Deadlines");
    reader.readByteString(MAX_BITFIELD_BYTES, "EarlyTerminations");
    boolean cronActive = reader.readBool("DeadlineCronActive");
    return new MinerState(
        head,
        layout,
        info,
        preCommit,
        locked,
        vesting,
        feeDebt,
        pledge,
        sectors,
        provingPeriodStart,
        currentDeadline,
        deadlines,
        cronActive);
  }

  /** v16 on: null, or {@code [[epoch, amount], tail]}; returns the tail. */
  private static Optional<Cid> readInlineVesting(CborReader reader) throws CborDecodingException {
    if (reader.readNullIfPresent()) {
      return Optional.empty();
    }
    reader.readTupleHeader(2, "VestingFunds");
    reader.readTupleHeader(2, "VestingFunds.Head");
    reader.readInt64("VestingFunds.Head.Epoch");
    StateCbor.readBigInt(reader, "VestingFunds.Head.Amount");
    return Optional.of(reader.readCid("VestingFunds.Tail"));
  }
}
