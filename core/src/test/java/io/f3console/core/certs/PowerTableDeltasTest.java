package io.f3console.core.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.InvalidPowerDeltaException.Problem;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.testing.RandomPowerTables;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** go-f3's ApplyPowerTableDiffs rules, one by one, and the round trip with MakePowerTableDiff. */
class PowerTableDeltasTest {
  static final PubKey K1 = key(1);
  static final PubKey K2 = key(2);
  static final PubKey K3 = key(3);
  static final PubKey K9 = key(9);

  static PubKey key(int fill) {
    byte[] bytes = new byte[48];
    java.util.Arrays.fill(bytes, (byte) fill);
    return PubKey.of(bytes);
  }

  static PowerTable table() throws Exception {
    return PowerTable.of(
        List.of(
            PowerEntry.of(10, 300, K1), PowerEntry.of(20, 200, K2), PowerEntry.of(30, 100, K3)));
  }

  static PowerTableDelta delta(long id, long power, PubKey key) {
    return new PowerTableDelta(ActorId.of(id), StoragePower.of(power), key);
  }

  @Test
  void anEmptyDeltaKeepsACanonicalTable() throws Exception {
    PowerTable table = table();
    assertThat(PowerTableDeltas.apply(table, List.of())).isSameAs(table);
  }

  @Test
  void anEmptyDeltaSortsATableThatWasOutOfOrder() throws Exception {
    PowerTable unsorted =
        PowerTable.of(List.of(PowerEntry.of(30, 100, K3), PowerEntry.of(10, 300, K1)));
    PowerTable result = PowerTableDeltas.apply(unsorted, List.of());
    assertThat(result.isCanonicalOrder()).isTrue();
    assertThat(result.cid()).isNotEqualTo(unsorted.cid());
    assertThat(result.entry(0).id()).isEqualTo(ActorId.of(10));
  }

  @Test
  void powerChangesReorderJoinsAddAndZeroPowerRemoves() throws Exception {
    PowerTable result =
        PowerTableDeltas.apply(
            table(),
            List.of(delta(10, -300, PubKey.EMPTY), delta(30, 250, PubKey.EMPTY), delta(40, 5, K9)));
    assertThat(result.entries())
        .containsExactly(
            PowerEntry.of(30, 350, K3), PowerEntry.of(20, 200, K2), PowerEntry.of(40, 5, K9));
  }

  @Test
  void aNewKeyReplacesTheOldOneWithOrWithoutAPowerChange() throws Exception {
    PowerTable result =
        PowerTableDeltas.apply(table(), List.of(delta(20, 0, K9), delta(30, 1, K1)));
    assertThat(result.entries())
        .containsExactly(
            PowerEntry.of(10, 300, K1), PowerEntry.of(20, 200, K9), PowerEntry.of(30, 101, K1));
  }

  @Test
  void eachRuleNamesItsDeltaAndParticipant() throws Exception {
    assertProblem(
        List.of(delta(20, 1, PubKey.EMPTY), delta(10, 1, PubKey.EMPTY)), Problem.NOT_SORTED, 1, 10);
    assertProblem(
        List.of(delta(20, 1, PubKey.EMPTY), delta(20, 1, PubKey.EMPTY)), Problem.NOT_SORTED, 1, 20);
    assertProblem(List.of(delta(20, 0, PubKey.EMPTY)), Problem.EMPTY_DELTA, 0, 20);
    assertProblem(List.of(delta(20, 5, K2)), Problem.UNCHANGED_KEY, 0, 20);
    assertProblem(List.of(delta(20, -200, K9)), Problem.KEY_WITH_ZERO_POWER, 0, 20);
    assertProblem(List.of(delta(50, -1, K9)), Problem.NEW_ENTRY_NON_POSITIVE_POWER, 0, 50);
    assertProblem(List.of(delta(50, 0, K9)), Problem.NEW_ENTRY_NON_POSITIVE_POWER, 0, 50);
    assertProblem(List.of(delta(50, 7, PubKey.EMPTY)), Problem.NEW_ENTRY_WITHOUT_KEY, 0, 50);
    assertProblem(List.of(delta(30, -101, PubKey.EMPTY)), Problem.NEGATIVE_POWER, 0, 30);
  }

  @Test
  void theRulesApplyInOrderSoTheFirstBrokenDeltaIsReported() throws Exception {
    assertProblem(
        List.of(delta(10, 1, PubKey.EMPTY), delta(20, 0, PubKey.EMPTY), delta(5, 1, PubKey.EMPTY)),
        Problem.EMPTY_DELTA,
        1,
        20);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void applyingMakePowerTableDiffGivesTheNewTable(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<PowerEntry> entries = RandomPowerTables.entries(random, 1 + random.nextInt(40));
    PowerTable before = PowerTable.of(entries).canonical();
    List<PowerEntry> changed = new ArrayList<>();
    for (PowerEntry entry : entries) {
      switch (random.nextInt(5)) {
        case 0 -> {} // leaves
        case 1 ->
            changed.add(
                new PowerEntry(entry.id(), RandomPowerTables.power(random), entry.pubKey()));
        case 2 ->
            changed.add(new PowerEntry(entry.id(), entry.power(), RandomPowerTables.key(random)));
        default -> changed.add(entry);
      }
    }
    for (PowerEntry joined : RandomPowerTables.entries(random, random.nextInt(5))) {
      if (before.indexOf(joined.id()).isEmpty()) {
        changed.add(joined);
      }
    }
    PowerTable after = PowerTable.of(changed).canonical();

    List<PowerTableDelta> deltas = PowerTableDiff.between(before, after).toDeltas();

    assertThat(PowerTableDeltas.apply(before, deltas).cid()).isEqualTo(after.cid());
  }

  private static void assertProblem(
      List<PowerTableDelta> deltas, Problem problem, int index, long participant) {
    assertThatThrownBy(() -> PowerTableDeltas.apply(table(), deltas))
        .isInstanceOfSatisfying(
            InvalidPowerDeltaException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.deltaIndex()).isEqualTo(index);
              assertThat(e.participant()).isEqualTo(ActorId.of(participant));
              assertThat(e.getMessage()).contains("delta " + index).contains("f0" + participant);
            });
  }
}
