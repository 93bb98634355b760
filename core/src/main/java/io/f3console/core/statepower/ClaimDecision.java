package io.f3console.core.statepower;

import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.state.Address;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the computation decided for one claim, with the values the decision rests on.
 *
 * @param miner the miner (the claim's key, an ID address)
 * @param decision {@link Decision#INCLUDED} or why it was left out
 * @param proofType the claim's Window PoSt proof type
 * @param rawPower the claim's raw byte power
 * @param qaPower the claim's quality-adjusted power (an included miner's table power)
 * @param minimum the consensus minimum the raw power was held to, when it applied
 * @param feeDebt the miner's fee debt, when its state was read
 * @param consensusFaultElapsed the end of its consensus-fault window, when its info was read
 * @param worker the stored worker address, for an included miner
 * @param key the worker's BLS key address, for an included miner
 * @param pubKey the key as it appears in the table, for an included miner
 */
public record ClaimDecision(
    Address miner,
    Decision decision,
    long proofType,
    StoragePower rawPower,
    StoragePower qaPower,
    Optional<StoragePower> minimum,
    Optional<StoragePower> feeDebt,
    OptionalLong consensusFaultElapsed,
    Optional<Address> worker,
    Optional<Address> key,
    Optional<PubKey> pubKey) {

  public ClaimDecision {
    Objects.requireNonNull(miner, "miner");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(rawPower, "rawPower");
    Objects.requireNonNull(qaPower, "qaPower");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(feeDebt, "feeDebt");
    Objects.requireNonNull(consensusFaultElapsed, "consensusFaultElapsed");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(pubKey, "pubKey");
    if ((decision == Decision.INCLUDED) != pubKey.isPresent()) {
      throw new IllegalArgumentException("a key belongs to exactly the included decisions");
    }
  }

  /** The decision as a sentence, e.g. for {@code --explain}. */
  public String explain(long height) {
    String qa = qaPower + " QA bytes";
    String raw = rawPower + " raw bytes";
    return switch (decision) {
      case INCLUDED ->
          miner
              + " is included with "
              + qa
              + " (its power in the table); worker "
              + worker.map(Address::toString).orElse("?")
              + " resolves to the BLS key "
              + key.map(Address::toString).orElse("?")
              + ".";
      case BELOW_MINIMUM_POWER ->
          miner
              + " is left out: its "
              + raw
              + " are below the consensus minimum of "
              + minimum.map(Object::toString).orElse("?")
              + " bytes, which applies because four or more miners reach it.";
      case ZERO_RAW_POWER ->
          miner
              + " is left out: it has no raw power (fewer than four miners"
              + " reach the consensus minimum, so any raw power above zero would do).";
      case ZERO_QA_POWER ->
          miner
              + " is left out: it is eligible ("
              + raw
              + ") but its quality-adjusted power is "
              + qaPower
              + ".";
      case FEE_DEBT ->
          miner
              + " is left out: it owes a fee debt of "
              + feeDebt.map(Object::toString).orElse("?")
              + " attoFIL.";
      case CONSENSUS_FAULT ->
          miner
              + " is left out: it is in a consensus-fault window until"
              + " epoch "
              + consensusFaultElapsed.orElse(-1)
              + " inclusive, and the tipset is at "
              + height
              + ".";
    };
  }
}
