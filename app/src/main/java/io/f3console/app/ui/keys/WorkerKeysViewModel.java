package io.f3console.app.ui.keys;

import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.PowerTableTimeline;
import io.f3console.core.inspect.WorkerKeyReport;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The worker-keys view's state: which committee is looked at (the workspace's starting table, or
 * the committee of a later instance from the validated chain), its key report (built in the
 * background, kept per table), the participant list and its filters, and the worded answer for the
 * participant selected in the workspace. Selecting is instant: it only looks up the report. Given
 * only the workspace and the runner, so it runs without a toolkit. UI thread only.
 */
public final class WorkerKeysViewModel {
  private final Workspace workspace;
  private final KeyReportLoader loader;
  private final ObservableList<ParticipantRow> rows = FXCollections.observableArrayList();
  private final FilteredList<ParticipantRow> visibleRows = new FilteredList<>(rows);
  private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
  private final BooleanProperty onlyProblems = new SimpleBooleanProperty(this, "onlyProblems");
  private final ObjectProperty<Long> committeeInstance =
      new SimpleObjectProperty<>(this, "committeeInstance");
  private final ReadOnlyObjectWrapper<WorkerKeyReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private final ReadOnlyObjectWrapper<KeyDetails> details =
      new ReadOnlyObjectWrapper<>(
          this, "details", KeyDetails.placeholder("Open a power table to see its worker keys."));
  private final ReadOnlyObjectWrapper<KeyHistoryRows> history =
      new ReadOnlyObjectWrapper<>(
          this, "history", KeyHistoryRows.none("Open certificates to see this key's history."));
  private final ReadOnlyObjectWrapper<Optional<InstanceRange>> instances =
      new ReadOnlyObjectWrapper<>(this, "instances", Optional.empty());
  private final ReadOnlyStringWrapper committeeSummary =
      new ReadOnlyStringWrapper(this, "committeeSummary", "");
  private final ReadOnlyStringWrapper committeeCid =
      new ReadOnlyStringWrapper(this, "committeeCid", "");
  private final ReadOnlyObjectWrapper<ParticipantRow> selectedRow =
      new ReadOnlyObjectWrapper<>(this, "selectedRow");
  private final ReadOnlyStringWrapper listSummary =
      new ReadOnlyStringWrapper(this, "listSummary", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper stopped = new ReadOnlyBooleanWrapper(this, "stopped");
  private final SignatureCount signatures;
  private final Map<Long, Cid> committeeCids = new HashMap<>();
  private Cid startingCid;
  private Cid defaultedFor;

  /**
   * The instances whose committee the validated chain knows.
   *
   * @param starting the starting table's instance
   * @param first the first instance with a known committee
   * @param last the last one
   */
  public record InstanceRange(long starting, long first, long last) {}

  /**
   * @param workspace what is open, and the participant selected in every view
   * @param runner builds the key reports and counts signatures in the background
   */
  public WorkerKeysViewModel(Workspace workspace, UiTaskRunner runner) {
    this.workspace = java.util.Objects.requireNonNull(workspace, "workspace");
    this.loader = new KeyReportLoader(runner);
    this.signatures = new SignatureCount(runner);
    visibleRows.addListener((ListChangeListener<ParticipantRow>) change -> updateSelectedRow());
    filter.addListener((obs, old, text) -> refilter());
    onlyProblems.addListener((obs, old, only) -> refilter());
    workspace.tableProperty().addListener((obs, old, table) -> tableChanged());
    workspace.chainProperty().addListener((obs, old, chain) -> chainChanged());
    workspace.selectedActorProperty().addListener((obs, old, actor) -> showSelection());
    committeeInstance.addListener((obs, old, instance) -> loadCommittee());
    chainChanged();
    tableChanged();
  }

  /** The participant shown: the workspace's selection, shared with every view. */
  public ObjectProperty<ActorId> selectedActorProperty() {
    return workspace.selectedActorProperty();
  }

  /** Selects a participant (it need not be in the committee: its history still shows). */
  public void select(ActorId actor) {
    workspace.selectedActorProperty().set(actor);
  }

  /**
   * Selects what someone typed: {@code f01234} or {@code 1234} of a participant, else the closest
   * participant whose ID contains the text, else any actor ID typed in full (its key history may
   * still say something).
   *
   * @return whether something was selected
   */
  public boolean selectTyped(String typed) {
    Optional<ActorId> exact = parse(typed);
    WorkerKeyReport built = report.get();
    if (exact.isPresent() && built != null && built.participant(exact.get()).isPresent()) {
      select(exact.get());
      return true;
    }
    List<ParticipantRow> close = suggestions(typed, 1);
    if (!close.isEmpty()) {
      select(close.get(0).actor());
      return true;
    }
    exact.ifPresent(this::select);
    return exact.isPresent();
  }

  /** Up to {@code limit} participants matching {@code typed}, closest and largest first. */
  public List<ParticipantRow> suggestions(String typed, int limit) {
    return rows.stream()
        .filter(row -> row.closeness(typed) < 3)
        .sorted(Comparator.comparingInt((ParticipantRow row) -> row.closeness(typed)))
        .limit(limit)
        .toList();
  }

  /** The participants shown in the list, largest first, after the filters. */
  public ObservableList<ParticipantRow> participants() {
    return visibleRows;
  }

  /** Text that list rows must match ({@code f01234}, {@code 1234} or part of either). */
  public StringProperty filterProperty() {
    return filter;
  }

  /** Whether the list shows only invalid or shared keys. */
  public BooleanProperty onlyProblemsProperty() {
    return onlyProblems;
  }

  /**
   * The instance whose committee is looked at; null (or the starting instance) for the workspace's
   * starting table.
   */
  public ObjectProperty<Long> committeeInstanceProperty() {
    return committeeInstance;
  }

  /** Looks at the starting table again. */
  public void showStartingTable() {
    committeeInstance.set(null);
  }

  /** The report of the committee shown, once built. */
  public ReadOnlyObjectProperty<WorkerKeyReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** The worded answer for the selected participant. */
  public ReadOnlyObjectProperty<KeyDetails> detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** The selected participant's key history across the loaded certificates. */
  public ReadOnlyObjectProperty<KeyHistoryRows> historyProperty() {
    return history.getReadOnlyProperty();
  }

  /**
   * How often the selected participant signed the loaded certificates: signed of those whose
   * committee it was in, the rate and the last instance it signed.
   */
  public ReadOnlyStringProperty signaturesProperty() {
    return signatures.text();
  }

  /** The instances another committee can be chosen from, when a validated chain is open. */
  public ReadOnlyObjectProperty<Optional<InstanceRange>> instancesProperty() {
    return instances.getReadOnlyProperty();
  }

  /**
   * The list row of the selected participant; null when it is not a member of the committee shown,
   * or the filters hide it (then no row of the list may stay highlighted).
   */
  public ReadOnlyObjectProperty<ParticipantRow> selectedRowProperty() {
    return selectedRow.getReadOnlyProperty();
  }

  /** The CID of the committee shown, in full; empty while none is. */
  public ReadOnlyStringProperty committeeCidProperty() {
    return committeeCid.getReadOnlyProperty();
  }

  /** Which committee is shown: its instance, whether it is the starting table, its size. */
  public ReadOnlyStringProperty committeeSummaryProperty() {
    return committeeSummary.getReadOnlyProperty();
  }

  /** {@code 1,560 participants · 48 with problems}. */
  public ReadOnlyStringProperty listSummaryProperty() {
    return listSummary.getReadOnlyProperty();
  }

  /** What the background work is doing, or why it stopped. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Whether a key report is being built or waits for the runner. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Whether the last build was cancelled or failed (then {@link #retry()} helps). */
  public ReadOnlyBooleanProperty stoppedProperty() {
    return stopped.getReadOnlyProperty();
  }

  /** Builds the committee's report again after a cancellation or failure. */
  public void retry() {
    loadCommittee();
  }

  private void tableChanged() {
    Optional<LoadedTable> table = workspace.table();
    startingCid = table.map(t -> t.table().cid()).orElse(null);
    updateInstances();
    if (committeeInstance.get() != null) {
      committeeInstance.set(null);
    } else {
      loadCommittee();
    }
  }

  private void chainChanged() {
    committeeCids.clear();
    updateInstances();
    if (committeeInstance.get() != null) {
      committeeInstance.set(null);
    }
    showSelection();
  }

  private void updateInstances() {
    Optional<InstanceRange> range = Optional.empty();
    Optional<ChainInspection> inspection = inspection();
    if (workspace.table().isPresent() && inspection.isPresent()) {
      PowerTableTimeline timeline = inspection.get().timeline();
      if (timeline.lastInstance() > timeline.firstInstance()) {
        range =
            Optional.of(
                new InstanceRange(
                    workspace.table().get().instance(),
                    timeline.firstInstance(),
                    timeline.lastInstance()));
      }
    }
    instances.set(range);
  }

  private Optional<ChainInspection> inspection() {
    return workspace.chain().flatMap(LoadedChain::inspection);
  }

  /** Whether the starting table is shown: nothing else chosen, or nothing else known. */
  private boolean showingStartingTable() {
    Long chosen = committeeInstance.get();
    return chosen == null
        || workspace.table().map(t -> t.instance() == chosen).orElse(true)
        || !inspection().map(i -> i.timeline().covers(chosen)).orElse(false);
  }

  private String committeeName() {
    Optional<LoadedTable> table = workspace.table();
    if (showingStartingTable()) {
      return "committee of instance "
          + table.map(t -> Formats.unsigned(t.instance())).orElse("?")
          + " (the starting table)";
    }
    return "committee of instance " + Formats.unsigned(committeeInstance.get());
  }

  private void loadCommittee() {
    stopped.set(false);
    Optional<LoadedTable> table = workspace.table();
    if (table.isEmpty()) {
      loader.abandon();
      busy.set(false);
      status.set("");
      apply(null);
      details.set(KeyDetails.placeholder("Open a power table to see its worker keys."));
      return;
    }
    String name = committeeName();
    Optional<Cid> known =
        showingStartingTable()
            ? Optional.of(startingCid)
            : Optional.ofNullable(committeeCids.get(committeeInstance.get()));
    Optional<WorkerKeyReport> cached = known.flatMap(loader::cached);
    if (cached.isPresent()) {
      loader.abandon();
      busy.set(false);
      status.set("");
      apply(cached.get());
      return;
    }
    busy.set(true);
    status.set("Checking the worker keys of the " + name + "…");
    details.set(KeyDetails.placeholder("Checking the worker keys of the " + name + "…"));
    if (showingStartingTable()) {
      var starting = table.get().table();
      loader.load("Checking worker keys", () -> starting, this::loaded, this::stopped);
    } else {
      long instance = committeeInstance.get();
      PowerTableTimeline timeline = inspection().orElseThrow().timeline();
      loader.load(
          "Checking worker keys of instance " + Formats.unsigned(instance),
          () -> timeline.committee(instance),
          built -> {
            committeeCids.put(instance, built.table().cid());
            loaded(built);
          },
          this::stopped);
    }
  }

  private void loaded(WorkerKeyReport built) {
    busy.set(false);
    status.set("");
    apply(built);
  }

  private void stopped(String why) {
    busy.set(false);
    stopped.set(true);
    status.set(why);
    details.set(KeyDetails.placeholder(why));
  }

  private void apply(WorkerKeyReport built) {
    report.set(built);
    rows.setAll(
        built == null
            ? List.of()
            : built.participants().stream().map(ParticipantRow::new).toList());
    refilter();
    committeeSummary.set(
        built == null
            ? ""
            : capitalised(committeeName())
                + " · "
                + Formats.integer(built.table().size())
                + " participants · CID");
    committeeCid.set(built == null ? "" : built.table().cid().toString());
    if (built != null && showingStartingTable()) {
      // A new starting table opens on its largest participant unless the one selected is in
      // it; coming back to the same table keeps whoever was chosen meanwhile.
      ActorId selected = workspace.selectedActorProperty().get();
      boolean newTable = !built.table().cid().equals(defaultedFor);
      defaultedFor = built.table().cid();
      if (selected == null || (newTable && built.participant(selected).isEmpty())) {
        built.largest().ifPresent(largest -> select(largest.actor()));
      }
    }
    showSelection();
  }

  private void refilter() {
    String text = filter.get();
    boolean problems = onlyProblems.get();
    visibleRows.setPredicate(
        row -> row.matches(text) && (!problems || row.participant().hasProblem()));
    WorkerKeyReport built = report.get();
    if (built == null) {
      listSummary.set("");
      return;
    }
    int problemCount = built.problems().size();
    String problemText =
        Formats.integer(problemCount) + (problemCount == 1 ? " problem" : " problems");
    listSummary.set(
        visibleRows.size() == rows.size()
            ? Formats.integer(rows.size()) + " participants · " + problemText
            : "Showing "
                + Formats.integer(visibleRows.size())
                + " of "
                + Formats.integer(rows.size())
                + " · "
                + problemText);
  }

  private void updateSelectedRow() {
    ActorId actor = workspace.selectedActorProperty().get();
    selectedRow.set(
        actor == null
            ? null
            : visibleRows.stream()
                .filter(row -> row.actor().equals(actor))
                .findFirst()
                .orElse(null));
  }

  private void showSelection() {
    updateSelectedRow();
    ActorId actor = workspace.selectedActorProperty().get();
    history.set(
        actor == null
            ? KeyHistoryRows.none("Select a participant.")
            : KeyHistoryRows.of(actor, workspace.chain()));
    signatures.show(actor, workspace.chain());
    WorkerKeyReport built = report.get();
    if (built == null || busy.get()) {
      return;
    }
    if (actor == null) {
      details.set(KeyDetails.placeholder("Select a participant."));
      return;
    }
    details.set(
        built
            .participant(actor)
            .map(p -> KeyDetails.of(p, built.table().size(), committeeName()))
            .orElseGet(() -> KeyDetails.notInCommittee(actor, committeeName())));
  }

  private static Optional<ActorId> parse(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? Optional.empty()
          : Optional.of(ActorId.parse(typed));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
