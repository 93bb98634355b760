package io.f3console.app.ui.powertable;

import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.PowerTableTimeline;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.trust.Trust;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables one state of the workspace offers: its starting table, when its certificates have been
 * validated the committee of every instance the validation reached, and the tables kept beside it
 * for comparison (reopened from the history). Immutable, so background work can resolve choices
 * while the workspace moves on.
 *
 * @param generation distinguishes this state of the workspace from earlier ones
 * @param starting the workspace's starting table
 * @param timeline the committees the chain's validation reached, if it has run
 * @param initial whether the starting table is the network's initial table (by instance)
 * @param kept tables kept beside the starting one for comparison, other than it
 */
record TableSource(
    long generation,
    LoadedTable starting,
    Optional<PowerTableTimeline> timeline,
    boolean initial,
    List<LoadedTable> kept) {

  /**
   * A table resolved from a choice.
   *
   * @param choice what was chosen
   * @param table the table
   * @param trust how far it is proved
   */
  record Resolved(TableChoice choice, PowerTable table, Trust trust) {}

  TableSource {
    Objects.requireNonNull(starting, "starting");
    Objects.requireNonNull(timeline, "timeline");
    kept = List.copyOf(kept);
  }

  /** What the workspace holds now; empty when no table is open. Call on the FX thread. */
  static Optional<TableSource> of(Workspace workspace, long generation) {
    Optional<LoadedTable> table = workspace.table();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<PowerTableTimeline> timeline =
        workspace
            .chain()
            .flatMap(LoadedChain::inspection)
            .map(ChainInspection::timeline)
            .filter(t -> t.firstInstance() == table.get().instance());
    NetworkProfile network = workspace.network();
    boolean initial = network != null && network.initialInstance() == table.get().instance();
    List<LoadedTable> kept =
        workspace.comparedTables().stream()
            .filter(t -> !t.table().cid().equals(table.get().table().cid()))
            .toList();
    return Optional.of(new TableSource(generation, table.get(), timeline, initial, kept));
  }

  /** The starting table's choice. */
  TableChoice startingChoice() {
    return TableChoice.starting(generation, starting.instance(), initial);
  }

  /**
   * The last committee the chain reached; without a chain the newest kept table, else the starting
   * table.
   */
  TableChoice lastChoice() {
    return timeline
        .filter(t -> t.lastInstance() != t.firstInstance())
        .map(t -> TableChoice.committee(generation, t.lastInstance()))
        .or(
            () ->
                kept.isEmpty()
                    ? Optional.empty()
                    : Optional.of(TableChoice.kept(generation, kept.get(kept.size() - 1))))
        .orElse(startingChoice());
  }

  /** Whether a second table (a later committee or a kept table) can be chosen. */
  boolean hasSecondTable() {
    return !lastChoice().starting();
  }

  /** Every choice: the starting table, each later committee by instance, the kept tables. */
  List<TableChoice> choices() {
    List<TableChoice> choices = new ArrayList<>();
    choices.add(startingChoice());
    timeline.ifPresent(
        t -> {
          for (long instance = t.firstInstance() + 1; instance <= t.lastInstance(); instance++) {
            choices.add(TableChoice.committee(generation, instance));
          }
        });
    kept.forEach(table -> choices.add(TableChoice.kept(generation, table)));
    return choices;
  }

  /** The choice in this state that stands for {@code earlier} (of an older state), if any. */
  Optional<TableChoice> choiceLike(TableChoice earlier) {
    if (earlier.kept().isPresent()) {
      return kept.stream()
          .filter(t -> t.table().cid().toString().equals(earlier.kept().get()))
          .findFirst()
          .map(t -> TableChoice.kept(generation, t));
    }
    return choiceFor(earlier.instance());
  }

  /** The choice for {@code instance} in this state, if it offers one. */
  Optional<TableChoice> choiceFor(long instance) {
    if (instance == starting.instance()) {
      return Optional.of(startingChoice());
    }
    return timeline
        .filter(t -> t.covers(instance))
        .map(t -> TableChoice.committee(generation, instance));
  }

  /** The table of a choice and its trust; may take a while (rebuilds a committee). */
  Resolved resolve(TableChoice choice) {
    if (choice.starting()) {
      return new Resolved(choice, starting.table(), starting.trust());
    }
    if (choice.kept().isPresent()) {
      LoadedTable table =
          kept.stream()
              .filter(t -> t.table().cid().toString().equals(choice.kept().get()))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException(choice.label() + " is not kept"));
      return new Resolved(choice, table.table(), table.trust());
    }
    PowerTableTimeline reached =
        timeline.orElseThrow(
            () -> new IllegalArgumentException("no chain to take " + choice.label() + " from"));
    PowerTable table = reached.committee(choice.instance());
    long certificates = choice.instance() - reached.firstInstance();
    return new Resolved(
        choice, table, starting.trust().reached(table.cid(), choice.instance(), certificates));
  }
}
