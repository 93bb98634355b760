package io.f3console.core.statepower;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.state.Address;
import io.f3console.core.state.VersionRange;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A power table computed from chain state, with what was decided for every claim.
 *
 * @param table the table, in go-f3's canonical order (its CID is {@code table.cid()})
 * @param tipset the tipset's block header CIDs, as given
 * @param height the tipset's height (used for the consensus-fault check)
 * @param stateRoot the state read: the tipset's {@code ParentStateRoot}
 * @param stateTreeVersion the state root's version
 * @param powerLayout the actors versions the power state's layout belongs to
 * @param consensusMinimum the network's consensus minimum raw power
 * @param minerAboveMinPowerCount the power state's count of miners at or above the minimum
 * @param blocksRead how many distinct blocks were read from the source
 * @param decisions a decision for every claim, by miner ID ascending
 */
public record StatePowerTable(
    PowerTable table,
    List<Cid> tipset,
    long height,
    Cid stateRoot,
    long stateTreeVersion,
    VersionRange powerLayout,
    StoragePower consensusMinimum,
    long minerAboveMinPowerCount,
    long blocksRead,
    List<ClaimDecision> decisions) {

  public StatePowerTable {
    Objects.requireNonNull(table, "table");
    tipset = List.copyOf(tipset);
    Objects.requireNonNull(stateRoot, "stateRoot");
    Objects.requireNonNull(powerLayout, "powerLayout");
    Objects.requireNonNull(consensusMinimum, "consensusMinimum");
    decisions = List.copyOf(decisions);
  }

  /** The table's CID. */
  public Cid cid() {
    return table.cid();
  }

  /** Whether the consensus minimum applied (four or more miners reach it). */
  public boolean minimumApplies() {
    return minerAboveMinPowerCount >= PowerTableComputation.CONSENSUS_MINER_MIN_MINERS;
  }

  /** How many claims got each decision (every decision listed, zero when none). */
  public Map<Decision, Integer> counts() {
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    for (Decision decision : Decision.values()) {
      counts.put(decision, 0);
    }
    decisions.forEach(d -> counts.merge(d.decision(), 1, Integer::sum));
    return counts;
  }

  /** The decision for {@code miner}'s claim, if it has one. */
  public Optional<ClaimDecision> decision(Address miner) {
    return decisions.stream().filter(d -> d.miner().equals(miner)).findFirst();
  }
}
