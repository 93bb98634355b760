package io.f3console.app.ui.powertable;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.powertable.PowerTableDiff;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Compare mode: two tables of the workspace (by default the starting table and the last committee
 * the chain reached) and their differences participant by participant, as {@link PowerTableDiff}
 * finds them. Computed in the background, only while compare mode is on; each comparison computed
 * is recorded in the history; its Markdown is what the view copies and exports. UI thread only.
 */
public final class CompareViewModel {
  /** Where the comparison stands. */
  public enum Status {
    /** No power table is open. */
    EMPTY,
    /** A table is open but no validated chain offers a second one. */
    NO_CHAIN,
    /** The two tables are being compared. */
    COMPUTING,
    /** The comparison is shown. */
    READY,
    /** The user cancelled it. */
    CANCELLED,
    /** It failed. */
    FAILED
  }

  private final BackgroundLane lane;
  private final Workspace workspace;
  private final SessionRecorder history;
  private final UiTaskRunner runner;
  private final Consumer<String> notices;
  private final ObservableList<TableChoice> choices = FXCollections.observableArrayList();
  private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
  private final ObjectProperty<TableChoice> tableA = new SimpleObjectProperty<>(this, "tableA");
  private final ObjectProperty<TableChoice> tableB = new SimpleObjectProperty<>(this, "tableB");
  private final ReadOnlyObjectWrapper<CompareResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyObjectWrapper<Status> status =
      new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
  private final ObjectProperty<PowerTableDiff.Kind> kindFilter =
      new SimpleObjectProperty<>(this, "kindFilter");
  private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
  private final FilteredList<ChangeRow> filteredChanges = new FilteredList<>(changes);
  private final SortedList<ChangeRow> sortedChanges = new SortedList<>(filteredChanges);
  private final StringBinding changeCount;
  private Optional<TableSource> source = Optional.empty();

  CompareViewModel(
      Workspace workspace, UiTaskRunner runner, SessionRecorder history, Consumer<String> notices) {
    this.lane = new BackgroundLane(runner, "power-table-compare");
    this.runner = runner;
    this.workspace = workspace;
    this.history = history;
    this.notices = notices;
    filteredChanges
        .predicateProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> {
                  PowerTableDiff.Kind kind = kindFilter.get();
                  return kind == null ? row -> true : row -> row.kind() == kind;
                },
                kindFilter));
    changeCount =
        Bindings.createStringBinding(
            () ->
                changes.isEmpty()
                    ? ""
                    : Formats.integer(filteredChanges.size())
                        + " of "
                        + Formats.integer(changes.size())
                        + " changes",
            filteredChanges,
            changes);
    lane.stateProperty().addListener((obs, old, state) -> updateStatus());
    active.addListener((obs, old, on) -> compareIfActive());
    tableA.addListener((obs, old, choice) -> compareIfActive());
    tableB.addListener((obs, old, choice) -> compareIfActive());
  }

  /** Whether compare mode is on; the comparison is computed only then. */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** The tables that can be compared (the same ones the view can show). */
  public ObservableList<TableChoice> choices() {
    return FXCollections.unmodifiableObservableList(choices);
  }

  /** Table A, the "before". */
  public ObjectProperty<TableChoice> tableAProperty() {
    return tableA;
  }

  /** Table B, the "after". */
  public ObjectProperty<TableChoice> tableBProperty() {
    return tableB;
  }

  /** Exchanges A and B. */
  public void swap() {
    TableChoice a = tableA.get();
    tableA.set(tableB.get());
    tableB.set(a);
  }

  /** The comparison on show; null while computing or when there is none. */
  public ReadOnlyObjectProperty<CompareResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** One sentence: how B differs from A, or why nothing can be compared. */
  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  /** The one kind of change to list; null lists every kind. */
  public ObjectProperty<PowerTableDiff.Kind> kindFilterProperty() {
    return kindFilter;
  }

  /** Every change, by actor ID. */
  public ObservableList<ChangeRow> changes() {
    return FXCollections.unmodifiableObservableList(changes);
  }

  /** The changes of the kind filtered for, sorted by the comparator the table binds to it. */
  public SortedList<ChangeRow> sortedChanges() {
    return sortedChanges;
  }

  /** {@code 3 of 12 changes}. */
  public StringBinding changeCount() {
    return changeCount;
  }

  /** How many changes of {@code kind} the comparison found (0 when there is none). */
  public long count(PowerTableDiff.Kind kind) {
    CompareResult shown = result.get();
    return shown == null ? 0 : shown.count(kind);
  }

  /**
   * Turns compare mode on with the starting table as A and {@code beside} (a table kept for
   * comparison) as B.
   */
  void compareWith(LoadedTable beside) {
    if (source.isEmpty()) {
      return;
    }
    TableSource current = source.get();
    tableA.set(current.startingChoice());
    tableB.set(
        current.kept().stream()
            .filter(t -> t.table().cid().equals(beside.table().cid()))
            .findFirst()
            .map(t -> TableChoice.kept(current.generation(), t))
            .orElse(current.startingChoice()));
    active.set(true);
  }

  /** The comparison on show as Markdown; empty when there is none. */
  public String markdown() {
    CompareResult shown = result.get();
    return shown == null ? "" : shown.markdown();
  }

  /** Computes the comparison again (after a cancellation). */
  public void recompute() {
    compareIfActive();
  }

  void setSource(Optional<TableSource> newSource) {
    // A and B carry over while the starting table stays; another starting table (a new load,
    // a table reopened from the history) starts again from the defaults.
    boolean sameStart =
        source.isPresent()
            && newSource.isPresent()
            && source
                .get()
                .starting()
                .table()
                .cid()
                .equals(newSource.get().starting().table().cid());
    TableChoice oldA = sameStart ? tableA.get() : null;
    TableChoice oldB = sameStart ? tableB.get() : null;
    source = newSource;
    // Replacing the choices may clear the selectors' values: A and B are set afterwards.
    choices.setAll(newSource.map(TableSource::choices).orElse(List.of()));
    if (newSource.isEmpty()) {
      tableA.set(null);
      tableB.set(null);
      compareIfActive();
      return;
    }
    TableSource current = newSource.get();
    TableChoice a =
        oldA == null
            ? current.startingChoice()
            : current.choiceLike(oldA).orElse(current.startingChoice());
    TableChoice b =
        oldB == null || oldB.starting() && oldA != null && oldA.starting()
            ? current.lastChoice()
            : current.choiceLike(oldB).orElse(current.lastChoice());
    tableA.set(a);
    tableB.set(b);
    compareIfActive();
  }

  private void compareIfActive() {
    show(null);
    TableChoice a = tableA.get();
    TableChoice b = tableB.get();
    boolean current =
        source.isPresent()
            && a != null
            && b != null
            && a.generation() == source.get().generation()
            && b.generation() == source.get().generation();
    if (!active.get() || !current || !source.get().hasSecondTable()) {
      lane.withdraw();
      updateStatus();
      return;
    }
    TableSource from = source.get();
    SessionRecord.Builder session =
        CompareSession.begin(
            a,
            b,
            Optional.ofNullable(workspace.network()).map(NetworkProfile::key),
            List.copyOf(workspace.sources()));
    lane.submit(
        "Comparing power tables",
        progress -> {
          progress.message("Comparing " + a.label() + " with " + b.label() + "…");
          return CompareResult.of(from.resolve(a), from.resolve(b));
        },
        compared -> {
          show(compared);
          history.record(() -> CompareSession.compared(session, compared).build());
        });
  }

  private void show(CompareResult shown) {
    result.set(shown);
    if (shown == null) {
      changes.clear();
    } else {
      changes.setAll(shown.rows());
    }
    updateStatus();
  }

  private void updateStatus() {
    if (source.isEmpty()) {
      status.set(Status.EMPTY);
      verdict.set("No power table is open.");
      return;
    }
    if (!source.get().hasSecondTable()) {
      status.set(Status.NO_CHAIN);
      verdict.set(
          "Only the starting table is open. Open finality certificates too: once they"
              + " are validated, the committee of every instance they reach can be compared. Power"
              + " tables reopened from the History view can be compared as well.");
      return;
    }
    CompareResult shown = result.get();
    if (shown == null && (tableA.get() == null || tableB.get() == null)) {
      status.set(Status.READY);
      verdict.set("Choose the tables A and B to compare.");
      return;
    }
    status.set(
        switch (lane.stateProperty().get()) {
          case IDLE, DONE -> shown == null ? Status.COMPUTING : Status.READY;
          case WORKING -> Status.COMPUTING;
          case CANCELLED -> Status.CANCELLED;
          case FAILED -> Status.FAILED;
        });
    verdict.set(
        switch (status.get()) {
          case READY -> shown.verdict();
          case CANCELLED -> "The comparison was cancelled.";
          case FAILED -> "The comparison failed.";
          default -> "Comparing…";
        });
  }
}
