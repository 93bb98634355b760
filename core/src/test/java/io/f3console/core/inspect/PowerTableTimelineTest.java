package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import org.junit.jupiter.api.Test;

/**
 * The timeline answers with the real committee of every instance whether it kept that table or
 * rebuilt it from an earlier one, and keeps fewer tables once a chain is too big to keep them all.
 */
class PowerTableTimelineTest {

  static PowerTableTimeline timelineOf(SyntheticChain chain) {
    PowerTableTimeline.Builder builder =
        PowerTableTimeline.builder(chain.initialTable(), 0, chain.certificates());
    for (int i = 1; i <= chain.certificates().size(); i++) {
      builder.reached(i, chain.tableOf(i));
    }
    return builder.build();
  }

  @Test
  void aSmallChainKeepsEveryTable() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(5, 30, 20, "testnet")).generate();

    PowerTableTimeline timeline = timelineOf(chain);

    assertThat(timeline.checkpointCount()).isEqualTo(21);
    for (int i = 0; i <= 20; i++) {
      assertThat(timeline.committee(i)).as("instance %d", i).isEqualTo(chain.tableOf(i));
    }
  }

  @Test
  void aChainBeyondTheEntryBudgetIsThinnedButEveryCommitteeIsStillTheRealOne() throws Exception {
    int participants = 2000;
    int instances = 401;
    assertThat((long) participants * (instances + 1))
        .as("entries if every table were kept")
        .isGreaterThan(2 * PowerTableTimeline.ENTRY_BUDGET);
    SyntheticChain chain =
        SyntheticNetwork.of(SimulationSpec.of(17, participants, instances, "testnet")).generate();

    PowerTableTimeline timeline = timelineOf(chain);

    assertThat(timeline.checkpointCount()).isLessThan(instances / 2);
    assertThat((long) timeline.checkpointCount() * participants)
        .isLessThanOrEqualTo(PowerTableTimeline.ENTRY_BUDGET + participants);
    assertThat(timeline.lastInstance()).isEqualTo(instances);
    for (int i = 0; i <= instances; i++) {
      assertThat(timeline.committee(i).cid())
          .as("instance %d", i)
          .isEqualTo(chain.tableOf(i).cid());
    }
  }

  @Test
  void instancesMustBeReachedInOrder() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(5, 30, 4, "testnet")).generate();
    PowerTableTimeline.Builder builder =
        PowerTableTimeline.builder(chain.initialTable(), 0, chain.certificates());
    builder.reached(1, chain.tableOf(1));

    assertThatThrownBy(() -> builder.reached(3, chain.tableOf(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected instance 2");
    assertThatThrownBy(() -> builder.reached(1, chain.tableOf(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().lastInstance()).isEqualTo(1);
  }

  @Test
  void aTimelineCoversOnlyTheInstancesReached() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(5, 30, 6, "testnet")).generate();
    PowerTableTimeline.Builder builder =
        PowerTableTimeline.builder(chain.tableOf(2), 2, chain.certificates().subList(2, 6));
    builder.reached(3, chain.tableOf(3));
    builder.reached(4, chain.tableOf(4));

    PowerTableTimeline timeline = builder.build();

    assertThat(timeline.firstInstance()).isEqualTo(2);
    assertThat(timeline.lastInstance()).isEqualTo(4);
    assertThat(timeline.covers(1)).isFalse();
    assertThat(timeline.covers(5)).isFalse();
    assertThat(timeline.committee(4)).isEqualTo(chain.tableOf(4));
    assertThatThrownBy(() -> timeline.committee(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> timeline.committee(5)).isInstanceOf(IllegalArgumentException.class);
  }
}
