package io.f3console.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.testing.SharedData;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real genesis-state subset decoded end to end and compared with the values in its {@code
 * .DERIVED.json}: header, state root, power actor and state, every claim, every miner's state and
 * info, every worker's account key.
 */
class RealStateTest {
  static Stream<String> states() {
    return Stream.of(
        "butterflynet_2026-05_actorsv17",
        "butterflynet_2025-03_actorsv15",
        "butterflynet_2024-09_actorsv13",
        "interopnet_actorsv7");
  }

  static JsonNode derived(String name) throws Exception {
    return new ObjectMapper()
        .readTree(SharedData.text("state/" + name + "_genesis_powertable.DERIVED.json"));
  }

  static MemoryBlockSource subset(String name) throws Exception {
    return MemoryBlockSource.fromCar(
        SharedData.file("state/" + name + "_genesis_powertable_subset.car"));
  }

  @ParameterizedTest
  @MethodSource("states")
  void headerAndStateRootMatchTheDerivedValues(String name) throws Exception {
    JsonNode expected = derived(name);
    MemoryBlockSource source = subset(name);
    BlockHeader header =
        BlockHeader.load(source, Cid.fromString(expected.get("tipset").get(0).asText()));
    assertThat(header.height()).isEqualTo(expected.get("height").asLong());
    assertThat(header.parentStateRoot().toString())
        .isEqualTo(expected.get("parentStateRoot").asText());
    StateTree tree = StateTree.load(source, header.parentStateRoot());
    assertThat(tree.root().version()).isEqualTo(expected.get("stateTreeVersion").asLong());
    assertThat(tree.builtinActors().manifest().isPresent())
        .isEqualTo(!name.startsWith("interopnet"));
  }

  @ParameterizedTest
  @MethodSource("states")
  void powerActorAndStateMatchTheDerivedValues(String name) throws Exception {
    JsonNode expected = derived(name);
    StateTree tree = tree(name, expected);
    Actor power = tree.actor(StateTree.POWER_ACTOR);
    String[] code = expected.get("powerActorCode").asText().split(" ");
    assertThat(power.code().toString()).isEqualTo(code[1]);
    assertThat(tree.code(power).kind()).isEqualTo(ActorKind.POWER);
    assertThat(power.delegatedAddress()).isEmpty();
    PowerState state = tree.powerState();
    int fields = expected.get("powerStateFields").asInt();
    assertThat(state.rampStartEpoch().isPresent()).isEqualTo(fields == PowerState.FIELDS_V15);
    assertThat(state.layout().from())
        .isEqualTo(fields == PowerState.FIELDS_V15 ? 15 : name.startsWith("interopnet") ? 7 : 8);
    assertThat(state.minerCount()).isEqualTo(expected.get("minerCount").asLong());
    assertThat(state.minerAboveMinPowerCount())
        .isEqualTo(expected.get("minerAboveMinPowerCount").asLong());
    StoragePower qaSum = StoragePower.ZERO;
    for (PowerClaim claim : tree.claims(state, 100)) {
      qaSum = qaSum.add(claim.claim().qualityAdjPower());
    }
    assertThat(state.totalQualityAdjPower()).isEqualTo(qaSum);
  }

  @ParameterizedTest
  @MethodSource("states")
  void everyClaimMinerAndWorkerMatchTheDerivedValues(String name) throws Exception {
    JsonNode expected = derived(name);
    StateTree tree = tree(name, expected);
    List<PowerClaim> claims = tree.claims(tree.powerState(), 100);
    JsonNode derivedClaims = expected.get("claims");
    assertThat(claims).hasSize(derivedClaims.size()).isNotEmpty();
    Map<Long, String> keys = new HashMap<>();
    for (JsonNode entry : expected.get("powerTable")) {
      keys.put(entry.get("ID").asLong(), entry.get("PubKey").asText());
    }
    for (int i = 0; i < claims.size(); i++) {
      PowerClaim claim = claims.get(i);
      JsonNode want = derivedClaims.get(i);
      assertThat(claim.miner().toString()).isEqualTo(want.get("miner").asText());
      assertThat(claim.miner().idValue()).isEqualTo(want.get("id").asLong());
      assertThat(claim.claim().windowPoStProofType())
          .isEqualTo(want.get("windowPoStProofType").asLong());
      assertThat(claim.claim().rawBytePower().toString())
          .isEqualTo(want.get("rawBytePower").asText());
      assertThat(claim.claim().qualityAdjPower().toString())
          .isEqualTo(want.get("qualityAdjPower").asText());

      MinerState miner = tree.minerState(claim.miner());
      assertThat(miner.feeDebt().toString()).isEqualTo(want.get("feeDebt").asText());
      assertThat(miner.vestingFunds().isPresent()).isTrue();
      MinerInfo info = tree.minerInfo(claim.miner());
      assertThat(info.cid()).isEqualTo(miner.info());
      assertThat(info.consensusFaultElapsed())
          .isEqualTo(want.get("consensusFaultElapsed").asLong());
      assertThat(info.worker().toString()).isEqualTo(want.get("worker").asText());
      assertThat(info.windowPoStProofType()).isEqualTo(claim.claim().windowPoStProofType());
      assertThat(info.beneficiary().isPresent()).isEqualTo(!name.startsWith("interopnet"));

      Actor worker = tree.actor(info.worker());
      String workerCode = want.get("workerActorCode").asText();
      ActorCode resolved = tree.code(worker);
      assertThat(resolved.kind()).isEqualTo(ActorKind.ACCOUNT);
      if (name.startsWith("interopnet")) {
        assertThat(worker.code().toString()).isEqualTo(workerCode);
        assertThat(resolved.version()).hasValue(7);
      } else {
        assertThat(resolved.kind().manifestName()).isEqualTo(workerCode);
      }
      AccountState account = tree.accountState(info.worker());
      assertThat(account.address().toString()).isEqualTo(want.get("workerKey").asText());
      assertThat(account.address().protocol()).isEqualTo(Address.Protocol.BLS);
      if (want.get("included").asBoolean()) {
        assertThat(Base64.getEncoder().encodeToString(account.address().payload()))
            .isEqualTo(keys.get(claim.miner().idValue()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("states")
  void layoutsAreTheOnesTheActorsVersionHas(String name) throws Exception {
    JsonNode expected = derived(name);
    StateTree tree = tree(name, expected);
    Address first = tree.claims(tree.powerState(), 100).get(0).miner();
    MinerState miner = tree.minerState(first);
    MinerInfo info = tree.minerInfo(first);
    switch (name) {
      case "butterflynet_2026-05_actorsv17" -> {
        assertThat(miner.layout()).isEqualTo(new VersionRange(16, 19));
        assertThat(info.layout()).isEqualTo(new VersionRange(9, 19));
      }
      case "interopnet_actorsv7" -> {
        assertThat(miner.layout()).isEqualTo(new VersionRange(7, 7));
        assertThat(info.layout()).isEqualTo(new VersionRange(7, 7));
      }
      default -> {
        assertThat(miner.layout()).isEqualTo(new VersionRange(8, 15));
        assertThat(info.layout()).isEqualTo(new VersionRange(9, 19));
      }
    }
  }

  private static StateTree tree(String name, JsonNode expected) throws Exception {
    return StateTree.load(subset(name), Cid.fromString(expected.get("parentStateRoot").asText()));
  }
}
