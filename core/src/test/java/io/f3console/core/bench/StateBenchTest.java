package io.f3console.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.sim.StateGenerator;
import io.f3console.core.sim.SyntheticState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state benchmark at a small size: both paths give the generator's table. */
class StateBenchTest {
  @Test
  void computesTheGeneratedTableFromTheCarAndThroughTheLoopbackNode() throws Exception {
    List<String> lines = new ArrayList<>();
    StateBench.Report report =
        new StateBench(new StateBench.Spec(5000, 120, 3, true), lines::add).run();
    StateGenerator.Generated generated =
        StateGenerator.generate(3, 5000, 120, StateBench.MINIMUM, 1000, SyntheticState.Layout.V17);

    assertThat(report.tableCid()).isEqualTo(PowerTable.of(generated.expected()).cid());
    assertThat(report.entries()).isEqualTo(generated.expected().size()).isPositive();
    assertThat(report.node()).isPresent();
    assertThat(report.node().get().blocksRead()).isEqualTo(report.car().blocksRead());
    assertThat(report.node().get().requests()).isGreaterThanOrEqualTo(report.car().blocksRead());
    assertThat(report.indexOffHeapBytes()).isEqualTo(16L * report.blocks());
    assertThat(report.carBytes()).isGreaterThan(report.blocks() * 40);
    assertThat(lines).anyMatch(l -> l.startsWith("wrote "));
  }

  @Test
  void refusesMoreEligibleMinersThanClaims() {
    assertThatThrownBy(() -> new StateBench.Spec(10, 11, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--eligible");
  }
}
