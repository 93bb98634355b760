package io.f3console.core.statepower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.state.Address;
import io.f3console.core.state.StateTree;
import io.f3console.core.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The power table computed from every real genesis subset equals its derived table, and edits of
 * the real blocks exercise each rule: fee debt, the consensus-fault window, zero QA power, the
 * minimum with four or more miners, a non-BLS or non-account worker, unknown proof types per actors
 * version, ties on power.
 */
class PowerTableComputationTest {
  static final String V17 = "butterflynet_2026-05_actorsv17";
  static final String V15 = "butterflynet_2025-03_actorsv15";
  static final String V13 = "butterflynet_2024-09_actorsv13";
  static final String V7 = "interopnet_actorsv7";
  static final StoragePower BUTTERFLY_MIN = minimum("butterfly");
  static final StoragePower INTEROP_MIN = minimum("interopnet");

  static StoragePower minimum(String network) {
    return NetworkProfiles.builtIn().byKey(network).orElseThrow().consensusMinerMinPower();
  }

  static Stream<Arguments> states() {
    return Stream.of(
        Arguments.of(V17, "butterfly"),
        Arguments.of(V15, "butterfly"),
        Arguments.of(V13, "butterfly"),
        Arguments.of(V7, "interopnet"));
  }

  static String car(String name) {
    return "state/" + name + "_genesis_powertable_subset.car";
  }

  static JsonNode derived(String name) throws Exception {
    return new ObjectMapper()
        .readTree(SharedData.text("state/" + name + "_genesis_powertable.DERIVED.json"));
  }

  static StatePowerTable compute(StateEdits edits, StoragePower minimum) throws Exception {
    return PowerTableComputation.compute(edits.source(), List.of(edits.header()), minimum);
  }

  static PowerTableComputationException failure(StateEdits edits, StoragePower minimum) {
    return (PowerTableComputationException)
        org.assertj.core.api.Assertions.catchThrowable(() -> compute(edits, minimum));
  }

  static ClaimDecision decision(StatePowerTable table, long miner) {
    return table.decision(Address.id(miner)).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void everyRealSubsetGivesExactlyItsDerivedTable(String name, String network) throws Exception {
    JsonNode expected = derived(name);
    MemoryBlockSource source = MemoryBlockSource.fromCar(SharedData.file(car(name)));
    Cid header = Cid.fromString(expected.get("tipset").get(0).asText());

    StatePowerTable table =
        PowerTableComputation.compute(
            source, List.of(header), NetworkProfiles.builtIn().byKey(network).orElseThrow());

    assertThat(table.cid().toString()).isEqualTo(expected.get("powerTableCID").asText());
    assertThat(java.util.HexFormat.of().formatHex(table.table().toCbor()))
        .isEqualTo(expected.get("powerTableCBORHex").asText());
    List<String> entries = new ArrayList<>();
    for (PowerEntry entry : table.table().entries()) {
      entries.add(entry.id().bits() + " " + entry.power() + " " + entry.pubKey().toBase64());
    }
    List<String> wanted = new ArrayList<>();
    expected
        .get("powerTable")
        .forEach(
            e ->
                wanted.add(
                    e.get("ID").asLong()
                        + " "
                        + e.get("Power").asText()
                        + " "
                        + e.get("PubKey").asText()));
    assertThat(entries).containsExactlyElementsOf(wanted);
    assertThat(table.height()).isEqualTo(expected.get("height").asLong());
    assertThat(table.stateRoot().toString()).isEqualTo(expected.get("parentStateRoot").asText());
    assertThat(table.tipset()).containsExactly(header);
    assertThat(table.consensusMinimum().toString())
        .isEqualTo(expected.get("consensusMinerMinPower").asText());
    assertThat(table.minimumApplies())
        .isEqualTo(expected.get("minerAboveMinPowerCount").asLong() >= 4);
    // every block of the subset (what Lotus reads) but the empty StateInfo, which needs no read
    assertThat(table.blocksRead())
        .as("distinct blocks read")
        .isEqualTo(expected.get("subsetBlocks").asLong() - 1);
    // a decision for every claim, each as derived
    assertThat(table.decisions()).hasSize(expected.get("claims").size());
    for (JsonNode claim : expected.get("claims")) {
      ClaimDecision d = decision(table, claim.get("id").asLong());
      assertThat(d.decision())
          .isEqualTo(
              claim.get("included").asBoolean() ? Decision.INCLUDED : Decision.BELOW_MINIMUM_POWER);
      assertThat(d.rawPower().toString()).isEqualTo(claim.get("rawBytePower").asText());
      assertThat(d.qaPower().toString()).isEqualTo(claim.get("qualityAdjPower").asText());
      assertThat(d.proofType()).isEqualTo(claim.get("windowPoStProofType").asLong());
      assertThat(d.worker().orElseThrow().toString()).isEqualTo(claim.get("worker").asText());
      assertThat(d.key().orElseThrow().toString()).isEqualTo(claim.get("workerKey").asText());
      assertThat(d.consensusFaultElapsed()).hasValue(claim.get("consensusFaultElapsed").asLong());
    }
    assertThat(table.decisions()).extracting(d -> d.miner().idValue()).isSorted();
  }

  @Test
  void interopnetIsTheFourOrMoreBranchAndButterflyTheFewerBranch() throws Exception {
    StatePowerTable interop = compute(StateEdits.of(car(V7)), INTEROP_MIN);
    assertThat(interop.minerAboveMinPowerCount()).isEqualTo(6);
    assertThat(interop.minimumApplies()).isTrue();
    assertThat(interop.decisions()).allSatisfy(d -> assertThat(d.minimum()).contains(INTEROP_MIN));
    StatePowerTable butterfly = compute(StateEdits.of(car(V17)), BUTTERFLY_MIN);
    assertThat(butterfly.minerAboveMinPowerCount()).isEqualTo(3);
    assertThat(butterfly.minimumApplies()).isFalse();
    assertThat(butterfly.decisions()).allSatisfy(d -> assertThat(d.minimum()).isEmpty());
  }

  @Test
  void aMinerWithFeeDebtIsLeftOutWithTheAmount() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    edits.editMinerState(1001, 4, StateEdits.bigInt(12345)); // FeeDebt
    StatePowerTable table = compute(edits, BUTTERFLY_MIN);
    assertThat(decision(table, 1001).decision()).isEqualTo(Decision.FEE_DEBT);
    assertThat(decision(table, 1001).feeDebt()).contains(StoragePower.of(12345));
    assertThat(decision(table, 1001).explain(0)).contains("fee debt of 12345 attoFIL");
    assertThat(table.table().entries())
        .extracting(e -> e.id().bits())
        .containsExactly(1000L, 1002L);
    assertThat(table.counts())
        .containsEntry(Decision.INCLUDED, 2)
        .containsEntry(Decision.FEE_DEBT, 1);
  }

  @Test
  void aConsensusFaultExcludesThroughItsLastEpochAndNotAfter() throws Exception {
    StateEdits at = StateEdits.of(car(V15));
    at.editHeader(7, StateEdits.int64(20)); // Height
    at.editMinerInfo(1000, 9, StateEdits.int64(20)); // ConsensusFaultElapsed
    StatePowerTable atTable = compute(at, BUTTERFLY_MIN);
    assertThat(atTable.height()).isEqualTo(20);
    assertThat(decision(atTable, 1000).decision()).isEqualTo(Decision.CONSENSUS_FAULT);
    assertThat(decision(atTable, 1000).consensusFaultElapsed()).hasValue(20);
    assertThat(decision(atTable, 1000).explain(20)).contains("until epoch 20");
    assertThat(atTable.table().size()).isEqualTo(2);

    StateEdits after = StateEdits.of(car(V15));
    after.editHeader(7, StateEdits.int64(21));
    after.editMinerInfo(1000, 9, StateEdits.int64(20));
    StatePowerTable afterTable = compute(after, BUTTERFLY_MIN);
    assertThat(decision(afterTable, 1000).decision()).isEqualTo(Decision.INCLUDED);
    assertThat(afterTable.table().size()).isEqualTo(3);
  }

  @Test
  void aZeroQaClaimIsLeftOut() throws Exception {
    StateEdits edits = StateEdits.of(car(V13));
    edits.editClaim(1002, 2, StateEdits.bigInt(0)); // QualityAdjPower
    StatePowerTable table = compute(edits, BUTTERFLY_MIN);
    assertThat(decision(table, 1002).decision()).isEqualTo(Decision.ZERO_QA_POWER);
    assertThat(decision(table, 1002).qaPower()).isEqualTo(StoragePower.ZERO);
    assertThat(table.table().entries())
        .extracting(e -> e.id().bits())
        .containsExactly(1000L, 1001L);
  }

  @Test
  void belowTheMinimumWithFourOrMoreMinersIsLeftOut() throws Exception {
    StateEdits edits = StateEdits.of(car(V7));
    edits.editClaim(1003, 1, StateEdits.bigInt(2047)); // RawBytePower, just below 2048
    StatePowerTable table = compute(edits, INTEROP_MIN);
    ClaimDecision below = decision(table, 1003);
    assertThat(below.decision()).isEqualTo(Decision.BELOW_MINIMUM_POWER);
    assertThat(below.rawPower()).isEqualTo(StoragePower.of(2047));
    assertThat(below.minimum()).contains(StoragePower.of(2048));
    assertThat(below.explain(0)).contains("2047 raw bytes").contains("2048 bytes");
    assertThat(table.table().size()).isEqualTo(5);
    assertThat(table.table().indexOf(io.f3console.core.gpbft.ActorId.of(1003))).isEmpty();

    StateEdits exact = StateEdits.of(car(V7));
    exact.editClaim(1003, 1, StateEdits.bigInt(2048));
    assertThat(decision(compute(exact, INTEROP_MIN), 1003).decision()).isEqualTo(Decision.INCLUDED);
  }

  @Test
  void aMinimumAboveEveryMinerGivesAnEmptyTableWhenFourOrMoreReachedItOnChain() throws Exception {
    StatePowerTable table = compute(StateEdits.of(car(V7)), StoragePower.of(1L << 50));
    assertThat(table.table().size()).isZero();
    assertThat(table.counts()).containsEntry(Decision.BELOW_MINIMUM_POWER, 6);
  }

  @Test
  void withFewerThanFourMinersOnlyZeroRawPowerIsIneligible() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    edits.editClaim(1000, 1, StateEdits.bigInt(0));
    StatePowerTable table = compute(edits, BUTTERFLY_MIN);
    assertThat(decision(table, 1000).decision()).isEqualTo(Decision.ZERO_RAW_POWER);
    // a raw power far below the 2 GiB minimum still counts when fewer than four reach it
    StateEdits small = StateEdits.of(car(V17));
    small.editClaim(1000, 1, StateEdits.bigInt(1));
    assertThat(decision(compute(small, BUTTERFLY_MIN), 1000).decision())
        .isEqualTo(Decision.INCLUDED);
  }

  @Test
  void aSecpWorkerFailsTheWholeTable() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    Address secp = Address.secp256k1(new byte[20]);
    edits.replaceActorState(
        101, new CborWriter().writeArrayHeader(1).writeByteString(secp.toBytes()).toByteArray());
    PowerTableComputationException e = failure(edits, BUTTERFLY_MIN);
    assertThat(e.reason()).isEqualTo(FailureReason.NON_BLS_WORKER);
    assertThat(e.reason().unreadableInput()).isFalse();
    assertThat(e.actor()).contains(Address.id(1001));
    assertThat(e.getMessage()).contains("f0101").contains(secp.toString());
  }

  @Test
  void aWorkerWithADelegatedAddressResolvesToItAndFails() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    Address f4 = Address.delegated(10, new byte[20]);
    edits.editActor(100, 4, StateEdits.address(f4)); // DelegatedAddress (state tree 5)
    PowerTableComputationException e = failure(edits, BUTTERFLY_MIN);
    assertThat(e.reason()).isEqualTo(FailureReason.NON_BLS_WORKER);
    assertThat(e.actor()).contains(Address.id(1000));
    assertThat(e.getMessage()).contains(f4.toString());
  }

  @Test
  void aWorkerThatIsNotAnAccountFailsTheWholeTable() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    Cid powerCode = edits.tree().actor(StateTree.POWER_ACTOR).code();
    edits.editActor(102, 0, StateEdits.link(powerCode)); // Code
    PowerTableComputationException e = failure(edits, BUTTERFLY_MIN);
    assertThat(e.reason()).isEqualTo(FailureReason.WORKER_NOT_ACCOUNT);
    assertThat(e.actor()).contains(Address.id(102));
    assertThat(e.cid()).contains(powerCode);
  }

  @Test
  void anUnknownProofTypeFailsOnV15AndV13EvenWithFewerThanFourMiners() throws Exception {
    for (String name : List.of(V15, V13)) {
      StateEdits edits = StateEdits.of(car(name));
      edits.editClaim(1001, 0, StateEdits.int64(99));
      PowerTableComputationException e = failure(edits, BUTTERFLY_MIN);
      assertThat(e.reason()).as(name).isEqualTo(FailureReason.UNKNOWN_PROOF_TYPE);
      assertThat(e.actor()).contains(Address.id(1001));
      assertThat(e.getMessage()).contains("99");
    }
  }

  @Test
  void anUnknownProofTypeIsNotLookedUpOnV17WithFewerThanFourMiners() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    edits.editClaim(1001, 0, StateEdits.int64(99));
    StatePowerTable table = compute(edits, BUTTERFLY_MIN);
    assertThat(decision(table, 1001).decision()).isEqualTo(Decision.INCLUDED);
    assertThat(decision(table, 1001).proofType()).isEqualTo(99);
    assertThat(table.table().size()).isEqualTo(3);
  }

  @Test
  void anUnknownProofTypeFailsWithFourOrMoreMinersEvenForAZeroQaClaim() throws Exception {
    StateEdits edits = StateEdits.of(car(V7));
    edits.editClaim(1004, 2, StateEdits.bigInt(0));
    edits.editClaim(1004, 0, StateEdits.int64(4)); // a Winning PoSt type: no window policy
    PowerTableComputationException e = failure(edits, INTEROP_MIN);
    assertThat(e.reason()).isEqualTo(FailureReason.UNKNOWN_PROOF_TYPE);
    assertThat(e.actor()).contains(Address.id(1004));
  }

  @Test
  void tiesOnPowerAreBrokenByIdAscending() throws Exception {
    // the claims map holds f01002, f01000, f01001; all three have equal power
    StatePowerTable equal = compute(StateEdits.of(car(V17)), BUTTERFLY_MIN);
    assertThat(equal.table().entries())
        .extracting(e -> e.id().bits())
        .containsExactly(1000L, 1001L, 1002L);
    StateEdits edits = StateEdits.of(car(V17));
    edits.editClaim(1002, 2, StateEdits.bigInt(3_000_000_000_000L));
    edits.editClaim(1000, 2, StateEdits.bigInt(5));
    StatePowerTable table = compute(edits, BUTTERFLY_MIN);
    assertThat(table.table().entries())
        .extracting(e -> e.id().bits())
        .containsExactly(1002L, 1001L, 1000L);
    assertThat(table.table().isCanonicalOrder()).isTrue();
  }

  @Test
  void aMissingBlockIsUnreadableInputNamingTheBlock() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    MemoryBlockSource source = MemoryBlockSource.empty("partial");
    Cid info = edits.tree().minerState(Address.id(1001)).info();
    MemoryBlockSource full = edits.source();
    for (Cid cid : edits.cids()) {
      if (!cid.equals(info)) {
        source.put(cid, full.block(cid));
      }
    }
    assertThatThrownBy(
            () -> PowerTableComputation.compute(source, List.of(edits.header()), BUTTERFLY_MIN))
        .isInstanceOfSatisfying(
            PowerTableComputationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FailureReason.MISSING_BLOCK);
              assertThat(e.reason().unreadableInput()).isTrue();
              assertThat(e.cid()).contains(info);
              assertThat(e.actor()).contains(Address.id(1001));
            });
  }

  @Test
  void aBlockThatDoesNotMatchItsCidIsABadBlock() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    Cid head = edits.tree().actor(Address.id(1000)).head();
    MemoryBlockSource source = edits.source();
    byte[] bytes = source.block(head);
    bytes[bytes.length - 1] ^= 1;
    source.put(head, bytes);
    assertThatThrownBy(
            () -> PowerTableComputation.compute(source, List.of(edits.header()), BUTTERFLY_MIN))
        .isInstanceOfSatisfying(
            PowerTableComputationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FailureReason.BAD_BLOCK);
              assertThat(e.cid()).contains(head);
            });
  }

  @Test
  void headersOfDifferentHeightsAreNotOneTipset() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    Cid genesis = edits.header();
    MemoryBlockSource original = edits.source();
    edits.editHeader(7, StateEdits.int64(3));
    MemoryBlockSource source = edits.source();
    source.put(genesis, original.block(genesis));
    assertThatThrownBy(
            () ->
                PowerTableComputation.compute(
                    source, List.of(genesis, edits.header()), BUTTERFLY_MIN))
        .isInstanceOfSatisfying(
            PowerTableComputationException.class,
            e -> assertThat(e.reason()).isEqualTo(FailureReason.BAD_TIPSET));
  }

  @Test
  void eachExclusionExplainsItselfAndOnlyIncludedDecisionsCarryAKey() throws Exception {
    StateEdits edits = StateEdits.of(car(V17));
    edits.editClaim(1000, 1, StateEdits.bigInt(0));
    edits.editClaim(1001, 2, StateEdits.bigInt(0));
    StatePowerTable table = compute(edits, BUTTERFLY_MIN);
    assertThat(decision(table, 1000).explain(0)).contains("no raw power");
    assertThat(decision(table, 1001).explain(0)).contains("quality-adjusted power is 0");
    assertThat(table.decisions())
        .filteredOn(d -> d.decision() != Decision.INCLUDED)
        .allSatisfy(d -> assertThat(d.pubKey()).isEmpty());
    ClaimDecision included = decision(table, 1002);
    assertThatThrownBy(
            () ->
                new ClaimDecision(
                    included.miner(),
                    Decision.FEE_DEBT,
                    included.proofType(),
                    included.rawPower(),
                    included.qaPower(),
                    included.minimum(),
                    included.feeDebt(),
                    included.consensusFaultElapsed(),
                    included.worker(),
                    included.key(),
                    included.pubKey()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.decisions().add(included))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void countsListEveryDecision() throws Exception {
    Map<Decision, Integer> counts = compute(StateEdits.of(car(V7)), INTEROP_MIN).counts();
    assertThat(counts).containsOnlyKeys(Decision.values()).containsEntry(Decision.INCLUDED, 6);
  }
}
