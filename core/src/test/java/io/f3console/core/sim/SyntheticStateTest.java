package io.f3console.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.state.Actor;
import io.f3console.core.state.Address;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.state.Hamt;
import io.f3console.core.state.HamtEntry;
import io.f3console.core.state.MinerInfo;
import io.f3console.core.state.PowerClaim;
import io.f3console.core.state.StateTree;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.PowerTableComputation;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state writer's blocks against real ones, and generated states against their tables. */
class SyntheticStateTest {
  static final String GENESIS_V17 = HamtWriterTest.GENESIS_V17;
  static final StoragePower MINIMUM = StoragePower.of(10L << 40);

  @Test
  void encodesTheRealGenesisActorsClaimsMinerInfosAndAccountsByteForByte() throws Exception {
    try (CarBlockSource real = CarBlockSource.open(SharedData.file(GENESIS_V17))) {
      StateTree tree =
          StateTree.load(real, BlockHeader.load(real, real.roots().get(0)).parentStateRoot());
      List<HamtEntry> actors = Hamt.of(real, tree.root().actors(), "actors").entries(100);
      assertThat(actors).hasSize(21);
      for (HamtEntry entry : actors) {
        Actor actor = tree.actor(Address.fromBytes(entry.key()));
        assertThat(
                SyntheticState.actor(
                    actor.code(),
                    actor.head(),
                    actor.nonce(),
                    actor.balance(),
                    actor.delegatedAddress()))
            .isEqualTo(entry.value());
      }
      List<PowerClaim> claims = tree.claims(tree.powerState(), 100);
      List<HamtEntry> claimEntries =
          Hamt.of(real, tree.powerState().claims(), "claims").entries(100);
      assertThat(claims).hasSize(3);
      for (int i = 0; i < claims.size(); i++) {
        var claim = claims.get(i).claim();
        assertThat(
                SyntheticState.claim(
                    claim.windowPoStProofType(),
                    claim.rawBytePower().value(),
                    claim.qualityAdjPower().value()))
            .isEqualTo(claimEntries.get(i).value());
        Address miner = claims.get(i).miner();
        MinerInfo info = tree.minerInfo(miner);
        assertThat(info.owner()).isEqualTo(info.worker());
        assertThat(
                SyntheticState.minerInfo(
                    info.owner(),
                    info.worker(),
                    info.windowPoStProofType(),
                    info.sectorSize(),
                    info.windowPoStPartitionSectors(),
                    info.consensusFaultElapsed(),
                    HexFormat.of().parseHex(info.peerId())))
            .isEqualTo(real.block(info.cid()));
        Actor worker = tree.actor(info.worker());
        assertThat(SyntheticState.accountState(tree.accountState(info.worker()).address()))
            .isEqualTo(real.block(worker.head()));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}: {1} claims, {2} above the minimum, {4}")
  @CsvSource({
    "1, 200, 60, 1000, V17",
    "2, 500, 150, 5, V15",
    "3, 120, 40, 0, V13",
    "4, 40, 4, 77, V17",
    "5, 30, 3, 200, V17",
    "6, 12, 0, 9, V17",
    "7, 26, 2, 50, V15",
  })
  void generatedStatesGiveTheTableTheGeneratorWorkedOut(
      long seed, int claims, int above, long height, SyntheticState.Layout layout)
      throws Exception {
    StateGenerator.Generated generated =
        StateGenerator.generate(seed, claims, above, MINIMUM, height, layout);
    MemoryBlockSource blocks = MemoryBlockSource.empty("generated");
    SyntheticState.Written written = SyntheticState.write(generated.spec(), blocks::put);

    StatePowerTable computed =
        PowerTableComputation.compute(blocks, List.of(written.header()), MINIMUM);

    assertThat(computed.table().entries()).containsExactlyElementsOf(generated.expected());
    assertThat(computed.cid()).isEqualTo(PowerTable.of(generated.expected()).cid());
    assertThat(computed.minimumApplies()).isEqualTo(above >= 4);
    Map<Long, String> decided = new LinkedHashMap<>();
    for (ClaimDecision decision : computed.decisions()) {
      decided.put(decision.miner().idValue(), decision.decision().name());
    }
    Map<Long, String> want = new LinkedHashMap<>();
    generated.outcomes().forEach((id, outcome) -> want.put(id, outcome.name()));
    assertThat(decided).containsExactlyInAnyOrderEntriesOf(want);
  }

  @Test
  void theGeneratorCoversEveryCase() {
    StateGenerator.Generated big =
        StateGenerator.generate(11, 400, 100, MINIMUM, 500, SyntheticState.Layout.V17);
    assertThat(big.outcomes().values())
        .contains(StateGenerator.Outcome.values()[0])
        .contains(
            StateGenerator.Outcome.BELOW_MINIMUM_POWER,
            StateGenerator.Outcome.FEE_DEBT,
            StateGenerator.Outcome.CONSENSUS_FAULT,
            StateGenerator.Outcome.ZERO_QA_POWER);
    assertThat(big.expected())
        .anySatisfy(e -> assertThat(e.power().value().bitLength()).isGreaterThan(64));
    List<StoragePower> powers = new ArrayList<>();
    big.expected().forEach(e -> powers.add(e.power()));
    assertThat(powers).hasSizeGreaterThan(new java.util.HashSet<>(powers).size());
    assertThat(big.spec().miners())
        .anySatisfy(
            m -> {
              assertThat(m.raw()).isEqualTo(MINIMUM.value());
              assertThat(big.outcomes().get(m.id())).isEqualTo(StateGenerator.Outcome.INCLUDED);
            });
    StateGenerator.Generated few =
        StateGenerator.generate(12, 20, 3, MINIMUM, 500, SyntheticState.Layout.V17);
    assertThat(few.outcomes().values())
        .contains(StateGenerator.Outcome.ZERO_RAW_POWER)
        .doesNotContain(StateGenerator.Outcome.BELOW_MINIMUM_POWER);
    assertThat(few.expected())
        .anySatisfy(e -> assertThat(e.power().compareTo(MINIMUM)).isNegative());
    assertThat(
            StateGenerator.generate(12, 20, 3, MINIMUM, 500, SyntheticState.Layout.V17).expected())
        .isEqualTo(few.expected());
  }

  @Test
  void aGeneratedCarGivesTheSameTableAsItsBlocksInMemory(@TempDir Path dir) throws Exception {
    StateGenerator.Generated generated =
        StateGenerator.generate(21, 3000, 300, MINIMUM, 100, SyntheticState.Layout.V17);
    Path car = dir.resolve("state.car");
    SyntheticState.Written written = SyntheticState.writeCar(generated.spec(), car);
    try (CarBlockSource source = CarBlockSource.open(car)) {
      assertThat(source.roots()).containsExactly(written.header());
      assertThat((long) source.indexedBlocks()).isEqualTo(written.blocks());
      assertThat(Files.size(car)).isGreaterThan(written.bytes());
      StatePowerTable computed =
          PowerTableComputation.compute(source, List.of(written.header()), MINIMUM);
      assertThat(computed.table().entries()).containsExactlyElementsOf(generated.expected());
      assertEveryBlockReads(source, written);
    }
  }

  private static void assertEveryBlockReads(BlockSource source, SyntheticState.Written written)
      throws Exception {
    assertThat(source.block(written.stateRoot())).isNotEmpty();
    assertThat(source.block(written.claims())).isNotEmpty();
  }
}
