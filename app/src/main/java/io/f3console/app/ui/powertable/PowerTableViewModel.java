package io.f3console.app.ui.powertable;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.trust.Trust;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The power-table view's state: which table is on show (the workspace's starting table or the
 * committee of a later instance), its analysis (computed in the background), the summary, the
 * filtered entries and the comparison of two tables. Follows the workspace: a new file, a new chain
 * or a change of network recomputes what is shown. Given only the services it uses (the workspace,
 * the runner, the history, navigation and notices), so it runs without a toolkit. UI thread only.
 */
public final class PowerTableViewModel {
  /** What the view can show. */
  public enum Status {
    /** No power table is open. */
    EMPTY,
    /** The table on show is being analysed. */
    COMPUTING,
    /** The analysis is shown. */
    READY,
    /** The user cancelled the analysis. */
    CANCELLED,
    /** The analysis failed. */
    FAILED
  }

  private static final int CACHED_ANALYSES = 4;

  private final Workspace workspace;
  private final UiTaskRunner runner;
  private final Consumer<Page> navigate;
  private final BackgroundLane lane;
  private final ObservableList<TableChoice> choices = FXCollections.observableArrayList();
  private final ObjectProperty<TableChoice> selectedChoice =
      new SimpleObjectProperty<>(this, "selectedChoice");
  private final ReadOnlyObjectWrapper<TableAnalysis> analysis =
      new ReadOnlyObjectWrapper<>(this, "analysis");
  private final ReadOnlyObjectWrapper<Status> status =
      new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);
  private final ReadOnlyStringWrapper heading =
      new ReadOnlyStringWrapper(this, "heading", "Power table");
  private final ReadOnlyStringWrapper cid = new ReadOnlyStringWrapper(this, "cid", "");
  private final ReadOnlyObjectWrapper<Trust> trust = new ReadOnlyObjectWrapper<>(this, "trust");
  private final ReadOnlyStringWrapper explanation =
      new ReadOnlyStringWrapper(this, "explanation", "");
  private final ReadOnlyObjectWrapper<List<SummaryCard>> cards =
      new ReadOnlyObjectWrapper<>(this, "cards", List.of());
  private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
  private final FilteredList<EntryRow> filteredRows = new FilteredList<>(rows);
  private final SortedList<EntryRow> sortedRows = new SortedList<>(filteredRows);
  private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
  private final StringBinding filterCount;
  private final Map<TableChoice, TableAnalysis> cache =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TableChoice, TableAnalysis> eldest) {
          return size() > CACHED_ANALYSES;
        }
      };
  private final CompareViewModel compare;
  private Optional<TableSource> source = Optional.empty();
  private long generation;
  private boolean refreshScheduled;

  /**
   * @param workspace what is open; the view follows it
   * @param runner runs the analyses and comparisons in the background
   * @param history where each comparison computed is recorded
   * @param navigate shows another page (the worker key of a participant)
   * @param notices where short confirmations go (the status bar)
   */
  public PowerTableViewModel(
      Workspace workspace,
      UiTaskRunner runner,
      SessionRecorder history,
      Consumer<Page> navigate,
      Consumer<String> notices) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.navigate = Objects.requireNonNull(navigate, "navigate");
    this.lane = new BackgroundLane(runner, "power-table");
    this.compare = new CompareViewModel(workspace, runner, history, notices);
    filteredRows
        .predicateProperty()
        .bind(Bindings.createObjectBinding(() -> EntryFilter.parse(filterText.get()), filterText));
    filterCount =
        Bindings.createStringBinding(
            () ->
                rows.isEmpty()
                    ? ""
                    : Formats.integer(filteredRows.size())
                        + " of "
                        + Formats.integer(rows.size())
                        + " entries",
            filteredRows,
            rows);
    lane.stateProperty().addListener((obs, old, state) -> updateStatus());
    selectedChoice.addListener((obs, old, choice) -> analyse(choice));
    workspace.tableProperty().addListener((obs, old, table) -> scheduleRefresh());
    workspace.chainProperty().addListener((obs, old, chain) -> scheduleRefresh());
    workspace
        .comparisonRequestProperty()
        .addListener(
            (obs, old, table) -> {
              if (table != null) {
                scheduleRefresh();
              }
            });
    workspace
        .comparedTables()
        .addListener((javafx.collections.ListChangeListener<Object>) change -> scheduleRefresh());
    refresh();
  }

  /**
   * The tables that can be shown: the starting table, then later committees by instance, then
   * tables kept for comparison.
   */
  public ObservableList<TableChoice> choices() {
    return FXCollections.unmodifiableObservableList(choices);
  }

  /** The table on show; set it to show another. */
  public ObjectProperty<TableChoice> selectedChoiceProperty() {
    return selectedChoice;
  }

  /** The analysis of the table on show; null while computing or when nothing is open. */
  public ReadOnlyObjectProperty<TableAnalysis> analysisProperty() {
    return analysis.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** {@code Power table · instance 0 · 1,560 entries}. */
  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  /** The CID of the table on show, in full. */
  public ReadOnlyStringProperty cidProperty() {
    return cid.getReadOnlyProperty();
  }

  /** The trust of the table on show. */
  public ReadOnlyObjectProperty<Trust> trustProperty() {
    return trust.getReadOnlyProperty();
  }

  /** Why the table is (or is not) trusted, in one sentence. */
  public ReadOnlyStringProperty explanationProperty() {
    return explanation.getReadOnlyProperty();
  }

  /** The summary figures, in display order. */
  public ReadOnlyObjectProperty<List<SummaryCard>> cardsProperty() {
    return cards.getReadOnlyProperty();
  }

  /** Every entry of the table on show, by rank. */
  public ObservableList<EntryRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** The entries the filter lets through, by rank. */
  public FilteredList<EntryRow> filteredRows() {
    return filteredRows;
  }

  /** The filtered entries, sorted by the comparator the table binds to it. */
  public SortedList<EntryRow> sortedRows() {
    return sortedRows;
  }

  /** What was typed into the filter; see {@link EntryFilter}. */
  public StringProperty filterTextProperty() {
    return filterText;
  }

  /** {@code 12 of 1,560 entries}. */
  public StringBinding filterCount() {
    return filterCount;
  }

  public CompareViewModel compare() {
    return compare;
  }

  /** Makes {@code row}'s actor the console's selected participant. */
  public void select(EntryRow row) {
    if (row != null) {
      workspace.selectedActorProperty().set(row.actor());
    }
  }

  /** The row of the participant selected anywhere in the console, if it is on show. */
  public Optional<EntryRow> rowOfSelectedActor() {
    ActorId actor = workspace.selectedActorProperty().get();
    return actor == null
        ? Optional.empty()
        : rows.stream().filter(row -> row.actor().equals(actor)).findFirst();
  }

  /** Selects {@code row}'s actor and shows its worker key. */
  public void showWorkerKey(EntryRow row) {
    if (row != null) {
      select(row);
      navigate.accept(Page.WORKER_KEYS);
    }
  }

  /** Computes the table on show again (after a cancellation). */
  public void recompute() {
    TableChoice choice = selectedChoice.get();
    if (choice != null) {
      cache.remove(choice);
      analyse(choice);
    }
  }

  private void scheduleRefresh() {
    if (!refreshScheduled) {
      refreshScheduled = true;
      if (workspace.table().isPresent()) {
        status.set(Status.COMPUTING);
      }
      runner.post(this::refresh);
    }
  }

  private void refresh() {
    refreshScheduled = false;
    TableChoice previous = selectedChoice.get();
    source = TableSource.of(workspace, ++generation);
    cache.clear();
    compare.setSource(source);
    if (source.isEmpty()) {
      choices.clear();
      selectedChoice.set(null);
      updateStatus();
      return;
    }
    TableSource current = source.get();
    // Replacing the choices may clear the selector's value: the new choice is set afterwards.
    choices.setAll(current.choices());
    TableChoice keep =
        previous == null || previous.starting()
            ? current.startingChoice()
            : current.choiceLike(previous).orElse(current.startingChoice());
    selectedChoice.set(keep);
    LoadedTable beside = workspace.comparisonRequestProperty().get();
    if (beside != null) {
      workspace.comparisonRequestProperty().set(null);
      compare.compareWith(beside);
    }
  }

  private void analyse(TableChoice choice) {
    show(null);
    if (choice == null || source.isEmpty() || choice.generation() != generation) {
      lane.withdraw();
      updateStatus();
      return;
    }
    TableAnalysis cached = cache.get(choice);
    if (cached != null) {
      lane.complete(cached, this::show);
      return;
    }
    TableSource from = source.get();
    lane.submit(
        "Analysing the power table",
        progress -> {
          progress.message("Analysing " + choice.label().toLowerCase(Locale.ROOT) + "…");
          return TableAnalysis.of(from.resolve(choice));
        },
        result -> {
          cache.put(choice, result);
          show(result);
        });
  }

  private void show(TableAnalysis result) {
    analysis.set(result);
    TableChoice choice = selectedChoice.get();
    if (result == null) {
      rows.clear();
      cards.set(List.of());
      cid.set("");
      trust.set(null);
      explanation.set("");
      heading.set(
          choice == null
              ? "Power table"
              : "Power table · instance " + Formats.unsigned(choice.instance()) + " · computing…");
      return;
    }
    heading.set(
        "Power table · instance "
            + Formats.unsigned(result.choice().instance())
            + " · "
            + Formats.integer(result.table().size())
            + " entries");
    cid.set(result.table().cid().toString());
    trust.set(result.trust());
    explanation.set(result.trust().explanation());
    cards.set(SummaryCard.of(result));
    rows.setAll(result.rows());
  }

  private void updateStatus() {
    if (source.isEmpty()) {
      status.set(Status.EMPTY);
      return;
    }
    status.set(
        switch (lane.stateProperty().get()) {
          case IDLE -> selectedChoice.get() == null ? Status.READY : Status.COMPUTING;
          case WORKING -> Status.COMPUTING;
          case DONE -> Status.READY;
          case CANCELLED -> Status.CANCELLED;
          case FAILED -> Status.FAILED;
        });
  }
}
