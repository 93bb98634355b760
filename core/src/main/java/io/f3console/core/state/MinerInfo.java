package io.f3console.core.state;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A miner's static information (go-state-types {@code miner.MinerInfo}): 11 fields in actors v7–v8,
 * 14 from v9 (Beneficiary, BeneficiaryTerm, PendingBeneficiaryTerm added at the end). Worker is at
 * index 1 and ConsensusFaultElapsed at index 9 in every version.
 *
 * @param cid the block's CID
 * @param layout the actors versions with this layout
 * @param owner the owner address
 * @param worker the worker address (an ID address on chain); the F3 key comes from it
 * @param controlAddresses the control addresses
 * @param pendingWorkerKey a worker change waiting to take effect (ignored by the F3 table)
 * @param peerId the libp2p peer ID bytes, as hex
 * @param windowPoStProofType the registered Window PoSt proof
 * @param sectorSize the sector size in bytes
 * @param windowPoStPartitionSectors sectors per partition
 * @param consensusFaultElapsed the epoch a consensus fault's exclusion ends (−1 if none)
 * @param pendingOwnerAddress a proposed new owner
 * @param beneficiary v9 on: the beneficiary
 */
public record MinerInfo(
    Cid cid,
    VersionRange layout,
    Address owner,
    Address worker,
    List<Address> controlAddresses,
    Optional<PendingWorkerKey> pendingWorkerKey,
    String peerId,
    long windowPoStProofType,
    long sectorSize,
    long windowPoStPartitionSectors,
    long consensusFaultElapsed,
    Optional<Address> pendingOwnerAddress,
    Optional<Address> beneficiary) {
  /** Fields in actors v7–v8. */
  public static final int FIELDS_V7 = 11;

  /** Fields from actors v9. */
  public static final int FIELDS_V9 = 14;

  /** The most control addresses or multiaddresses accepted (cbor-gen's default). */
  public static final int MAX_LIST = CborReader.MAX_LENGTH;

  /** The longest peer ID or multiaddress accepted. */
  public static final int MAX_BYTES = 1024;

  /**
   * A pending worker change.
   *
   * @param newWorker the worker to be
   * @param effectiveAt the epoch it takes effect
   */
  public record PendingWorkerKey(Address newWorker, long effectiveAt) {
    public PendingWorkerKey {
      Objects.requireNonNull(newWorker, "newWorker");
    }
  }

  public MinerInfo {
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(worker, "worker");
    controlAddresses = List.copyOf(controlAddresses);
    Objects.requireNonNull(pendingWorkerKey, "pendingWorkerKey");
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(pendingOwnerAddress, "pendingOwnerAddress");
    Objects.requireNonNull(beneficiary, "beneficiary");
  }

  static MinerInfo decode(Cid cid, byte[] bytes, ActorCode code) throws StateException {
    return StateCbor.decode(bytes, cid, "miner info", reader -> read(cid, reader, code.version()));
  }

  private static MinerInfo read(Cid cid, CborReader reader, OptionalInt version)
      throws CborDecodingException {
    int fields =
        version.isPresent()
            ? StateCbor.readTupleHeaderOf(reader, "miner info v" + version.getAsInt(), FIELDS_V7)
            : StateCbor.readTupleHeaderOf(reader, "miner info", FIELDS_V7, FIELDS_V9);
    VersionRange layout =
        version.isPresent()
            ? new VersionRange(version.getAsInt(), version.getAsInt())
            : fields == FIELDS_V7
                ? new VersionRange(BuiltinActors.FIRST_MANIFEST_VERSION, 8)
                : new VersionRange(9, BuiltinActors.MAX_KNOWN_VERSION);
    Address owner = StateCbor.readAddress(reader, "Owner");
    Address worker = StateCbor.readAddress(reader, "Worker");
    int count = reader.readArrayHeader(MAX_LIST, "ControlAddresses");
    List<Address> control = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      control.add(StateCbor.readAddress(reader, "ControlAddresses[" + i + "]"));
    }
    Optional<PendingWorkerKey> pending = Optional.empty();
    if (!reader.readNullIfPresent()) {
      reader.readTupleHeader(2, "PendingWorkerKey");
      Address next = StateCbor.readAddress(reader, "PendingWorkerKey.NewWorker");
      pending =
          Optional.of(new PendingWorkerKey(next, reader.readInt64("PendingWorkerKey.EffectiveAt")));
    }
    String peerId = java.util.HexFormat.of().formatHex(reader.readByteString(MAX_BYTES, "PeerId"));
    int addresses = reader.readArrayHeader(MAX_LIST, "Multiaddrs");
    for (int i = 0; i < addresses; i++) {
      reader.readByteString(MAX_BYTES, "Multiaddrs[" + i + "]");
    }
    long proof = reader.readInt64("WindowPoStProofType");
    long sectorSize = reader.readUint64("SectorSize");
    long partition = reader.readUint64("WindowPoStPartitionSectors");
    long faultElapsed = reader.readInt64("ConsensusFaultElapsed");
    Optional<Address> pendingOwner = StateCbor.readOptionalAddress(reader, "PendingOwnerAddress");
    Optional<Address> beneficiary = Optional.empty();
    if (fields == FIELDS_V9) {
      beneficiary = Optional.of(StateCbor.readAddress(reader, "Beneficiary"));
      reader.readTupleHeader(3, "BeneficiaryTerm");
      StateCbor.readBigInt(reader, "BeneficiaryTerm.Quota");
      StateCbor.readBigInt(reader, "BeneficiaryTerm.UsedQuota");
      reader.readInt64("BeneficiaryTerm.Expiration");
      if (!reader.readNullIfPresent()) {
        reader.readTupleHeader(5, "PendingBeneficiaryTerm");
        StateCbor.readAddress(reader, "PendingBeneficiaryTerm.NewBeneficiary");
        StateCbor.readBigInt(reader, "PendingBeneficiaryTerm.NewQuota");
        reader.readInt64("PendingBeneficiaryTerm.NewExpiration");
        reader.readBool("PendingBeneficiaryTerm.ApprovedByBeneficiary");
        reader.readBool("PendingBeneficiaryTerm.ApprovedByNominee");
      }
    }
    return new MinerInfo(
        cid,
        layout,
        owner,
        worker,
        control,
        pending,
        peerId,
        proof,
        sectorSize,
        partition,
        faultElapsed,
        pendingOwner,
        beneficiary);
  }
}
