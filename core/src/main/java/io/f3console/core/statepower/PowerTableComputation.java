package io.f3console.core.statepower;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.state.Actor;
import io.f3console.core.state.ActorKind;
import io.f3console.core.state.Address;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.state.MinerInfo;
import io.f3console.core.state.MinerState;
import io.f3console.core.state.PowerClaim;
import io.f3console.core.state.PowerState;
import io.f3console.core.state.StateException;
import io.f3console.core.state.StateTree;
import io.f3console.core.state.VersionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The F3 power table of a tipset computed from chain state as Lotus computes it ({@code
 * chain/lf3/ec.go} {@code getPowerTableLotusTSK}; Forest gives the same table):
 *
 * <ol>
 *   <li>the state is the tipset's {@code ParentStateRoot}; the consensus-fault check uses the
 *       tipset's own height;
 *   <li>eligibility: when {@code MinerAboveMinPowerCount >= 4}, raw power at or above the network's
 *       consensus minimum; otherwise any raw power above zero. The minimum is looked up by the
 *       claim's Window PoSt proof type, and an unknown type fails the whole table: for actors v16
 *       on ({@code CollectEligibleClaims}) only when the minimum applies, for actors v7–v15
 *       (Lotus's {@code ForEachClaim(…, true)}) for every claim in both branches;
 *   <li>for each eligible claim: zero QA power, fee debt, or a height at or before {@code
 *       ConsensusFaultElapsed} leave it out; the worker resolves to its key (an f4 delegated
 *       address in state tree 5, else the account actor's key); anything but a BLS key fails the
 *       whole table;
 *   <li>go-f3's canonical order, power descending then ID ascending.
 * </ol>
 */
public final class PowerTableComputation {
  /** Lotus/builtin-actors {@code ConsensusMinerMinMiners}. */
  public static final int CONSENSUS_MINER_MIN_MINERS = 4;

  /** The most claims read (go-f3's table limit is far below any real claims count). */
  public static final int MAX_CLAIMS = 1 << 20;

  /** Window PoSt proof types with a policy: V1 (5–9) and V1_1 (10–14). */
  static final long FIRST_WINDOW_POST = 5;

  static final long LAST_WINDOW_POST = 14;

  private PowerTableComputation() {}

  /**
   * The power table of the tipset whose block headers are {@code tipset}, on the network {@code
   * network} (its {@link NetworkProfile#consensusMinerMinPower()}).
   */
  public static StatePowerTable compute(
      BlockSource blocks, List<Cid> tipset, NetworkProfile network)
      throws PowerTableComputationException, InterruptedException {
    return compute(blocks, tipset, network.consensusMinerMinPower());
  }

  /**
   * The power table of the tipset whose block headers are {@code tipset}.
   *
   * @param consensusMinimum the network's consensus minimum raw power (from its profile)
   * @throws PowerTableComputationException when Lotus would give no table, or a block cannot be
   *     read or decoded
   */
  public static StatePowerTable compute(
      BlockSource blocks, List<Cid> tipset, StoragePower consensusMinimum)
      throws PowerTableComputationException, InterruptedException {
    BlockSource source = new DistinctBlocks(Objects.requireNonNull(blocks, "blocks"));
    Objects.requireNonNull(consensusMinimum, "consensusMinimum");
    if (tipset.isEmpty()) {
      throw new PowerTableComputationException(
          FailureReason.BAD_TIPSET,
          Optional.empty(),
          Optional.empty(),
          "a tipset needs at least one block header");
    }
    List<BlockHeader> headers = new ArrayList<>();
    for (Cid cid : tipset) {
      headers.add(guard(() -> BlockHeader.load(source, cid), Optional.empty()));
    }
    BlockHeader first = headers.get(0);
    for (BlockHeader header : headers) {
      if (header.height() != first.height()
          || !header.parentStateRoot().equals(first.parentStateRoot())) {
        throw new PowerTableComputationException(
            FailureReason.BAD_TIPSET,
            Optional.empty(),
            Optional.of(header.cid()),
            "block "
                + header.cid()
                + " (height "
                + header.height()
                + ", parent state "
                + header.parentStateRoot()
                + ") is not in the tipset of "
                + first.cid()
                + " (height "
                + first.height()
                + ", parent state "
                + first.parentStateRoot()
                + ")");
      }
    }
    Computation computation = new Computation(source, first.height(), consensusMinimum);
    return computation.run(tipset, first.parentStateRoot());
  }

  /** One computation's state. */
  private static final class Computation {
    private final BlockSource source;
    private final long height;
    private final StoragePower minimum;
    private final List<ClaimDecision> decisions = new ArrayList<>();
    private StateTree tree;
    private PowerState power;
    private boolean minimumApplies;

    Computation(BlockSource source, long height, StoragePower minimum) {
      this.source = source;
      this.height = height;
      this.minimum = minimum;
    }

    StatePowerTable run(List<Cid> tipset, Cid stateRoot)
        throws PowerTableComputationException, InterruptedException {
      tree = guard(() -> StateTree.load(source, stateRoot), Optional.empty());
      power = guard(tree::powerState, Optional.of(StateTree.POWER_ACTOR));
      minimumApplies = power.minerAboveMinPowerCount() >= CONSENSUS_MINER_MIN_MINERS;
      List<PowerEntry> entries = new ArrayList<>();
      for (PowerClaim claim : eligibleClaims()) {
        decide(claim).ifPresent(entries::add);
      }
      entries.sort(PowerEntry.CANONICAL_ORDER);
      PowerTable table;
      try {
        table = PowerTable.of(entries);
      } catch (InvalidPowerTableException e) {
        throw new PowerTableComputationException(
            FailureReason.INVALID_TABLE,
            Optional.empty(),
            Optional.of(power.claims()),
            "the computed table is not valid: " + e.getMessage(),
            e);
      }
      decisions.sort(Comparator.comparing(d -> ActorIdOrder.of(d.miner())));
      return new StatePowerTable(
          table,
          tipset,
          height,
          stateRoot,
          tree.root().version(),
          power.layout(),
          minimum,
          power.minerAboveMinPowerCount(),
          source.blocksRead(),
          decisions);
    }

    /**
     * Step 1, over every claim before any miner is read (go-state-types {@code
     * CollectEligibleClaims}, or Lotus's {@code ForEachClaim(…, true)} up to v15): the eligible
     * claims in map order; the others get their decision.
     */
    private List<PowerClaim> eligibleClaims()
        throws PowerTableComputationException, InterruptedException {
      OptionalInt powerVersion =
          guard(
              () -> tree.code(tree.actor(StateTree.POWER_ACTOR)).version(),
              Optional.of(StateTree.POWER_ACTOR));
      List<PowerClaim> claims =
          guard(() -> tree.claims(power, MAX_CLAIMS), Optional.of(StateTree.POWER_ACTOR));
      List<PowerClaim> eligible = new ArrayList<>();
      for (PowerClaim claim : claims) {
        long proof = claim.claim().windowPoStProofType();
        boolean knownProof = proof >= FIRST_WINDOW_POST && proof <= LAST_WINDOW_POST;
        if (!knownProof
            && (minimumApplies
                || looksUpProofTypeInEveryBranch(tree, power, powerVersion, claim))) {
          throw new PowerTableComputationException(
              FailureReason.UNKNOWN_PROOF_TYPE,
              Optional.of(claim.miner()),
              Optional.of(power.claims()),
              "claim of "
                  + claim.miner()
                  + " has Window PoSt proof type "
                  + proof
                  + ", which has no consensus-minimum policy (only types "
                  + FIRST_WINDOW_POST
                  + "–"
                  + LAST_WINDOW_POST
                  + " have one); Lotus fails the whole table ("
                  + (minimumApplies
                      ? power.minerAboveMinPowerCount()
                          + " miners reach the"
                          + " consensus minimum, so it applies and every claim's type is looked up"
                      : "actors " + power.layout() + " look the type up for every claim")
                  + ")");
        }
        StoragePower raw = claim.claim().rawBytePower();
        if (minimumApplies && raw.compareTo(minimum) < 0) {
          decisions.add(
              excluded(
                  claim, Decision.BELOW_MINIMUM_POWER, Optional.empty(), OptionalLong.empty()));
        } else if (!minimumApplies && raw.signum() <= 0) {
          decisions.add(
              excluded(claim, Decision.ZERO_RAW_POWER, Optional.empty(), OptionalLong.empty()));
        } else {
          eligible.add(claim);
        }
      }
      return eligible;
    }

    /** Step 2, one eligible claim (Lotus {@code ec.go}): its entry, or why it has none. */
    private Optional<PowerEntry> decide(PowerClaim claim)
        throws PowerTableComputationException, InterruptedException {
      if (claim.claim().qualityAdjPower().signum() <= 0) {
        decisions.add(
            excluded(claim, Decision.ZERO_QA_POWER, Optional.empty(), OptionalLong.empty()));
        return Optional.empty();
      }
      Address miner = claim.miner();
      if (!miner.isId()) {
        throw new PowerTableComputationException(
            FailureReason.NOT_AN_ID_ADDRESS,
            Optional.of(miner),
            Optional.of(power.claims()),
            "claims map "
                + power.claims()
                + " has the key "
                + miner
                + ", which is not an ID address");
      }
      MinerState state = guard(() -> tree.minerState(miner), Optional.of(miner));
      MinerInfo info = guard(() -> tree.minerInfo(miner), Optional.of(miner));
      Optional<StoragePower> feeDebt = Optional.of(state.feeDebt());
      OptionalLong faultElapsed = OptionalLong.of(info.consensusFaultElapsed());
      if (state.feeDebt().signum() != 0) {
        decisions.add(excluded(claim, Decision.FEE_DEBT, feeDebt, faultElapsed));
        return Optional.empty();
      }
      if (height <= info.consensusFaultElapsed()) {
        decisions.add(excluded(claim, Decision.CONSENSUS_FAULT, feeDebt, faultElapsed));
        return Optional.empty();
      }
      Address key = resolveWorker(tree, miner, info.worker());
      if (key.protocol() != Address.Protocol.BLS) {
        throw new PowerTableComputationException(
            FailureReason.NON_BLS_WORKER,
            Optional.of(miner),
            Optional.of(info.cid()),
            "worker "
                + info.worker()
                + " of miner "
                + miner
                + " resolves to "
                + key
                + ", a "
                + key.protocol()
                + " address; Lotus fails the whole table (wrong type of"
                + " worker address)");
      }
      PubKey pubKey = PubKey.of(key.payload());
      decisions.add(
          new ClaimDecision(
              miner,
              Decision.INCLUDED,
              claim.claim().windowPoStProofType(),
              claim.claim().rawBytePower(),
              claim.claim().qualityAdjPower(),
              appliedMinimum(),
              feeDebt,
              faultElapsed,
              Optional.of(info.worker()),
              Optional.of(key),
              Optional.of(pubKey)));
      return Optional.of(
          new PowerEntry(ActorId.of(miner.idValue()), claim.claim().qualityAdjPower(), pubKey));
    }

    private Optional<StoragePower> appliedMinimum() {
      return minimumApplies ? Optional.of(minimum) : Optional.empty();
    }

    /**
     * Lotus {@code ResolveToDeterministicAddr}: key addresses as they are; an ID address through
     * its actor (its f4 address in state tree 5, else an account's key).
     */
    private Address resolveWorker(StateTree tree, Address miner, Address worker)
        throws PowerTableComputationException, InterruptedException {
      if (!worker.isId()) {
        return worker;
      }
      Actor actor = guard(() -> tree.actor(worker), Optional.of(worker));
      if (tree.root().version() >= 5 && actor.delegatedAddress().isPresent()) {
        return actor.delegatedAddress().get();
      }
      ActorKind kind = guard(() -> tree.code(actor).kind(), Optional.of(worker));
      if (kind != ActorKind.ACCOUNT) {
        throw new PowerTableComputationException(
            FailureReason.WORKER_NOT_ACCOUNT,
            Optional.of(worker),
            Optional.of(actor.code()),
            "worker "
                + worker
                + " of miner "
                + miner
                + " is a "
                + kind.manifestName()
                + " actor ("
                + actor.code()
                + "), not an account; Lotus fails the whole table");
      }
      return guard(() -> tree.accountState(worker).address(), Optional.of(worker));
    }

    private ClaimDecision excluded(
        PowerClaim claim,
        Decision decision,
        Optional<StoragePower> feeDebt,
        OptionalLong faultElapsed) {
      return new ClaimDecision(
          claim.miner(),
          decision,
          claim.claim().windowPoStProofType(),
          claim.claim().rawBytePower(),
          claim.claim().qualityAdjPower(),
          appliedMinimum(),
          feeDebt,
          faultElapsed,
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
  }

  /**
   * Whether Lotus looks a claim's proof type up even when the consensus minimum does not apply: yes
   * for actors v7–v15 ({@code ClaimMeetsConsensusMinimums} first, for every claim), no for v16 on
   * ({@code CollectEligibleClaims}). A 17-field power state is v15 or later, so the claim's miner
   * state tells the two apart (VestingFunds a CID up to v15, inline from v16).
   */
  private static boolean looksUpProofTypeInEveryBranch(
      StateTree tree, PowerState power, OptionalInt powerVersion, PowerClaim claim)
      throws PowerTableComputationException, InterruptedException {
    if (powerVersion.isPresent()) {
      return powerVersion.getAsInt() <= 15;
    }
    if (power.layout().to() <= 15) {
      return true;
    }
    if (power.layout().from() >= 16) {
      return false;
    }
    VersionRange miner =
        guard(() -> tree.minerState(claim.miner()).layout(), Optional.of(claim.miner()));
    return miner.to() <= 15;
  }

  /** A step that reads state. */
  private interface StateStep<T> {
    T run() throws StateException, InterruptedException;
  }

  /** Runs a step, turning a {@link StateException} into a failure with a reason code. */
  private static <T> T guard(StateStep<T> step, Optional<Address> actor)
      throws PowerTableComputationException, InterruptedException {
    try {
      return step.run();
    } catch (StateException e) {
      throw new PowerTableComputationException(reasonOf(e), actor, e.cid(), e.getMessage(), e);
    }
  }

  static FailureReason reasonOf(StateException e) {
    return switch (e.reason()) {
      case MISSING_BLOCK -> FailureReason.MISSING_BLOCK;
      case BAD_BLOCK -> FailureReason.BAD_BLOCK;
      case MALFORMED, MALFORMED_HAMT, HAMT_TOO_DEEP -> FailureReason.MALFORMED_STATE;
      case UNSUPPORTED_STATE_TREE, UNKNOWN_ACTOR_CODE, UNKNOWN_VERSION ->
          FailureReason.UNSUPPORTED_STATE;
      case WRONG_ACTOR_KIND -> FailureReason.WRONG_ACTOR_KIND;
      case ACTOR_NOT_FOUND -> FailureReason.ACTOR_NOT_FOUND;
      case NOT_AN_ID_ADDRESS -> FailureReason.NOT_AN_ID_ADDRESS;
    };
  }

  /** Orders miners by ID (non-ID keys last, by text). */
  private record ActorIdOrder(boolean isId, long id, String text)
      implements Comparable<ActorIdOrder> {
    static ActorIdOrder of(Address address) {
      return address.isId()
          ? new ActorIdOrder(true, address.idValue(), "")
          : new ActorIdOrder(false, 0, address.toString());
    }

    @Override
    public int compareTo(ActorIdOrder other) {
      if (isId != other.isId) {
        return isId ? -1 : 1;
      }
      return isId ? Long.compareUnsigned(id, other.id) : text.compareTo(other.text);
    }
  }
}
