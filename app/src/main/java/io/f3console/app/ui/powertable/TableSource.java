package io.f3console.app.ui.powertable;

import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.PowerTableTimeline;
import io.f3console.core.inspect.TableTrust;
import io.f3console.core.network.NetworkProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables one state of the workspace offers: its starting table and, when its certificates
 * have been validated, the committee of every instance the validation reached. Immutable, so
 * background work can resolve choices while the workspace moves on.
 *
 * @param generation distinguishes this state of the workspace from earlier ones
 * @param starting the workspace's starting table
 * @param timeline the committees the chain's validation reached, if it has run
 * @param initial whether the starting table is the network's initial table (by instance)
 */
record TableSource(long generation, LoadedTable starting, Optional<PowerTableTimeline> timeline,
    boolean initial) {

  /**
   * A table resolved from a choice.
   *
   * @param choice what was chosen
   * @param table the table
   * @param trust how far it is proved
   */
  record Resolved(TableChoice choice, PowerTable table, TableTrust trust) {}

  TableSource {
    Objects.requireNonNull(starting, "starting");
    Objects.requireNonNull(timeline, "timeline");
  }

  /** What the workspace holds now; empty when no table is open. Call on the FX thread. */
  static Optional<TableSource> of(Workspace workspace, long generation) {
    Optional<LoadedTable> table = workspace.table();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<PowerTableTimeline> timeline = workspace.chain()
        .flatMap(LoadedChain::inspection)
        .map(ChainInspection::timeline)
        .filter(t -> t.firstInstance() == table.get().instance());
    NetworkProfile network = workspace.network();
    boolean initial = network != null && network.initialInstance() == table.get().instance();
    return Optional.of(new TableSource(generation, table.get(), timeline, initial));
  }

  /** The starting table's choice. */
  TableChoice startingChoice() {
    return TableChoice.starting(generation, starting.instance(), initial);
  }

  /** The last committee the chain reached, or the starting table without a chain. */
  TableChoice lastChoice() {
    return timeline.filter(t -> t.lastInstance() != t.firstInstance())
        .map(t -> TableChoice.committee(generation, t.lastInstance()))
        .orElse(startingChoice());
  }

  /** Whether later committees can be chosen. */
  boolean hasCommittees() {
    return !lastChoice().starting();
  }

  /** Every choice: the starting table, then each later committee by instance. */
  List<TableChoice> choices() {
    List<TableChoice> choices = new ArrayList<>();
    choices.add(startingChoice());
    timeline.ifPresent(t -> {
      for (long instance = t.firstInstance() + 1; instance <= t.lastInstance(); instance++) {
        choices.add(TableChoice.committee(generation, instance));
      }
    });
    return choices;
  }

  /** The choice for {@code instance} in this state, if it offers one. */
  Optional<TableChoice> choiceFor(long instance) {
    if (instance == starting.instance()) {
      return Optional.of(startingChoice());
    }
    return timeline.filter(t -> t.covers(instance))
        .map(t -> TableChoice.committee(generation, instance));
  }

  /** The table of a choice and its trust; may take a while (rebuilds a committee). */
  Resolved resolve(TableChoice choice) {
    if (choice.starting()) {
      return new Resolved(choice, starting.table(), starting.trust());
    }
    PowerTableTimeline reached = timeline.orElseThrow(
        () -> new IllegalArgumentException("no chain to take " + choice.label() + " from"));
    PowerTable table = reached.committee(choice.instance());
    long certificates = choice.instance() - reached.firstInstance();
    return new Resolved(choice, table,
        TableTrust.descendant(table.cid(), starting.trust(), choice.instance(), certificates));
  }
}
