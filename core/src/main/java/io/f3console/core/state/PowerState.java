package io.f3console.core.state;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The storage power actor's state (go-state-types {@code power.State}): 15 fields in actors v7–v14,
 * 17 in v15 on (RampStartEpoch and RampDurationEpochs after MinerAboveMinPowerCount, so Claims
 * moves from index 13 to 15).
 *
 * @param head the state's CID
 * @param layout the actors versions with this layout
 * @param totalRawBytePower network raw byte power
 * @param totalBytesCommitted raw bytes committed
 * @param totalQualityAdjPower network quality-adjusted power
 * @param totalQaBytesCommitted quality-adjusted bytes committed
 * @param totalPledgeCollateral pledge collateral (attoFIL)
 * @param thisEpochRawBytePower raw byte power this epoch
 * @param thisEpochQualityAdjPower quality-adjusted power this epoch
 * @param thisEpochPledgeCollateral pledge collateral this epoch
 * @param minerCount miners with a claim
 * @param minerAboveMinPowerCount miners at or above the consensus minimum
 * @param rampStartEpoch v15 on: the start of the FIP-0081 pledge ramp
 * @param rampDurationEpochs v15 on: its duration
 * @param cronEventQueue the cron event queue (a multimap)
 * @param firstCronEpoch the first epoch in the cron queue
 * @param claims the claims map: ID address bytes → {@link Claim}
 * @param proofValidationBatch pending proofs, when any
 */
public record PowerState(
    Cid head,
    VersionRange layout,
    StoragePower totalRawBytePower,
    StoragePower totalBytesCommitted,
    StoragePower totalQualityAdjPower,
    StoragePower totalQaBytesCommitted,
    StoragePower totalPledgeCollateral,
    StoragePower thisEpochRawBytePower,
    StoragePower thisEpochQualityAdjPower,
    StoragePower thisEpochPledgeCollateral,
    long minerCount,
    long minerAboveMinPowerCount,
    OptionalLong rampStartEpoch,
    OptionalLong rampDurationEpochs,
    Cid cronEventQueue,
    long firstCronEpoch,
    Cid claims,
    Optional<Cid> proofValidationBatch) {
  /** Fields in actors v7–v14. */
  public static final int FIELDS_V7 = 15;

  /** Fields in actors v15 on. */
  public static final int FIELDS_V15 = 17;

  public PowerState {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(proofValidationBatch, "proofValidationBatch");
  }

  /** Decodes the state {@code head} of a power actor whose code is {@code code}. */
  static PowerState decode(Cid head, byte[] bytes, ActorCode code) throws StateException {
    return StateCbor.decode(
        bytes, head, "power state", reader -> read(head, reader, code.version()));
  }

  private static PowerState read(Cid head, CborReader reader, OptionalInt version)
      throws CborDecodingException {
    int fields =
        version.isPresent()
            ? StateCbor.readTupleHeaderOf(reader, "power state v" + version.getAsInt(), FIELDS_V7)
            : StateCbor.readTupleHeaderOf(reader, "power state", FIELDS_V7, FIELDS_V15);
    VersionRange layout =
        version.isPresent()
            ? new VersionRange(version.getAsInt(), version.getAsInt())
            : fields == FIELDS_V7
                ? new VersionRange(8, 14)
                : new VersionRange(15, BuiltinActors.MAX_KNOWN_VERSION);
    StoragePower totalRaw = StateCbor.readBigInt(reader, "TotalRawBytePower");
    StoragePower totalBytes = StateCbor.readBigInt(reader, "TotalBytesCommitted");
    StoragePower totalQa = StateCbor.readBigInt(reader, "TotalQualityAdjPower");
    StoragePower totalQaBytes = StateCbor.readBigInt(reader, "TotalQABytesCommitted");
    StoragePower pledge = StateCbor.readBigInt(reader, "TotalPledgeCollateral");
    StoragePower epochRaw = StateCbor.readBigInt(reader, "ThisEpochRawBytePower");
    StoragePower epochQa = StateCbor.readBigInt(reader, "ThisEpochQualityAdjPower");
    StoragePower epochPledge = StateCbor.readBigInt(reader, "ThisEpochPledgeCollateral");
    reader.readTupleHeader(2, "ThisEpochQAPowerSmoothed");
    StateCbor.readBigInt(reader, "PositionEstimate");
    StateCbor.readBigInt(reader, "VelocityEstimate");
    long minerCount = reader.readInt64("MinerCount");
    long aboveMin = reader.readInt64("MinerAboveMinPowerCount");
    OptionalLong rampStart = OptionalLong.empty();
    OptionalLong rampDuration = OptionalLong.empty();
    if (fields == FIELDS_V15) {
      rampStart = OptionalLong.of(reader.readInt64("RampStartEpoch"));
      rampDuration = OptionalLong.of(reader.readUint64("RampDurationEpochs"));
    }
    Cid cron = reader.readCid("CronEventQueue");
    long firstCron = reader.readInt64("FirstCronEpoch");
    Cid claims = reader.readCid("Claims");
    Optional<Cid> batch =
        reader.readNullIfPresent()
            ? Optional.empty()
            : Optional.of(reader.readCid("ProofValidationBatch"));
    return new PowerState(
        head,
        layout,
        totalRaw,
        totalBytes,
        totalQa,
        totalQaBytes,
        pledge,
        epochRaw,
        epochQa,
        epochPledge,
        minerCount,
        aboveMin,
        rampStart,
        rampDuration,
        cron,
        firstCron,
        claims,
        batch);
  }
}
