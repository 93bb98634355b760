package io.f3console.app.ui.history;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.historydb.ConsoleHistory;
import io.f3console.app.ui.historydb.SessionHistory;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.StoredSession;
import io.f3console.core.network.NetworkProfile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The History view's state: the sessions the filters select (newest first, read in the background,
 * and again whenever this console records one while the view is on show or when it is shown again),
 * the selected session read in full, and what can be done with it: add a note, reopen its power
 * tables or its sources in the workspace, export it. UI thread only.
 */
public final class HistoryViewModel {
  /** The network and kind filters' "no filter" entries. */
  public static final String ALL_NETWORKS = "All networks";

  public static final String ALL_KINDS = "All kinds";

  private final SessionHistory history;
  private final UiTaskRunner runner;
  private final ObservableBooleanValue shown;
  private final BackgroundLane listLane;
  private final BackgroundLane detailsLane;
  private final SessionActions actions;
  private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
  private final StringProperty network = new SimpleStringProperty(this, "network", ALL_NETWORKS);
  private final StringProperty kind = new SimpleStringProperty(this, "kind", ALL_KINDS);
  private final ObjectProperty<SinceChoice> since =
      new SimpleObjectProperty<>(this, "since", SinceChoice.ALL);
  private final ObservableList<String> networks = FXCollections.observableArrayList(ALL_NETWORKS);
  private final ObservableList<String> kinds = FXCollections.observableArrayList(ALL_KINDS);
  private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyObjectWrapper<Tone> statusTone =
      new ReadOnlyObjectWrapper<>(this, "statusTone", Tone.MUTED);
  private final ObjectProperty<SessionSummary> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<StoredSession> details =
      new ReadOnlyObjectWrapper<>(this, "details");
  private boolean refreshScheduled;
  private boolean stale;

  /**
   * @param loader opens a session's tables or sources again; its networks fill the filter
   * @param shown whether the History view is on show: the list is read again only then
   * @param notice where a finished action is said (the status bar)
   * @param navigate shows another page (a reopened table or sources)
   */
  public HistoryViewModel(
      SessionHistory history,
      WorkspaceLoader loader,
      UiTaskRunner runner,
      ObservableBooleanValue shown,
      Consumer<String> notice,
      Consumer<Page> navigate) {
    this.history = history;
    this.runner = runner;
    this.shown = shown;
    this.listLane = new BackgroundLane(runner, "history-list");
    this.detailsLane = new BackgroundLane(runner, "history-details");
    this.actions =
        new SessionActions(
            history,
            loader,
            runner,
            notice,
            navigate,
            details::get,
            session -> {
              details.set(session);
              scheduleRefresh();
            });
    for (SessionKind k : SessionKind.recorded()) {
      kinds.add(k.label());
    }
    loader.networks().forEach(p -> addNetwork(p.key()));
    loader
        .networks()
        .addListener(
            (ListChangeListener<NetworkProfile>)
                change -> change.getList().forEach(p -> addNetwork(p.key())));
    history.stateProperty().addListener((obs, old, state) -> scheduleRefresh());
    history.problemProperty().addListener((obs, old, problem) -> showStatus());
    history.recordedProperty().addListener((obs, old, id) -> scheduleRefresh());
    filterText.addListener((obs, old, text) -> scheduleRefresh());
    network.addListener((obs, old, value) -> scheduleRefresh());
    kind.addListener((obs, old, value) -> scheduleRefresh());
    since.addListener((obs, old, value) -> scheduleRefresh());
    shown.addListener(
        (obs, old, on) -> {
          if (on && stale) {
            scheduleRefresh();
          }
        });
    selected.addListener(
        (obs, old, session) -> {
          if (old == null
              || session == null
              || old.id() != session.id()
              || old.notes() != session.notes()) {
            readDetails(session);
          }
        });
    refresh();
  }

  /** Text the sessions' command, summary, reason or sources must contain. */
  public StringProperty filterTextProperty() {
    return filterText;
  }

  /** The network to list, or {@link #ALL_NETWORKS}. */
  public StringProperty networkProperty() {
    return network;
  }

  /** The kind to list (its label), or {@link #ALL_KINDS}. */
  public StringProperty kindProperty() {
    return kind;
  }

  public ObjectProperty<SinceChoice> sinceProperty() {
    return since;
  }

  /** The networks to filter by: every known profile and every network the list has shown. */
  public ObservableList<String> networks() {
    return FXCollections.unmodifiableObservableList(networks);
  }

  public ObservableList<String> kinds() {
    return FXCollections.unmodifiableObservableList(kinds);
  }

  /** The sessions the filters select, newest first. */
  public ObservableList<SessionSummary> sessions() {
    return FXCollections.unmodifiableObservableList(sessions);
  }

  /** {@code 12 sessions}. */
  public ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  /** The history's database file, in full, when there is one. */
  public Optional<Path> file() {
    return history.file();
  }

  /** Where the history is, or why it cannot be used. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> statusToneProperty() {
    return statusTone.getReadOnlyProperty();
  }

  /** The session selected in the list; its details are read when it changes. */
  public ObjectProperty<SessionSummary> selectedProperty() {
    return selected;
  }

  /** The selected session in full; null while it is read or when none is selected. */
  public ReadOnlyObjectProperty<StoredSession> detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** Reads the list again (new sessions from other processes, too). */
  public void refresh() {
    refreshScheduled = false;
    stale = false;
    showStatus();
    if (history.stateProperty().get() != ConsoleHistory.State.OPEN) {
      listLane.withdraw();
      sessions.clear();
      count.set("");
      selected.set(null);
      return;
    }
    SessionQuery query = query(Instant.now());
    listLane.submit(
        "Reading the history",
        progress -> history.call(store -> store.list(query)),
        found -> {
          Long keep = selected.get() == null ? null : selected.get().id();
          sessions.setAll(found);
          found.forEach(s -> s.network().ifPresent(this::addNetwork));
          count.set(found.size() + (found.size() == 1 ? " session" : " sessions"));
          selected.set(
              keep == null
                  ? null
                  : found.stream().filter(s -> s.id() == keep).findFirst().orElse(null));
        });
  }

  private SessionQuery query(Instant now) {
    SessionQuery query = SessionQuery.all().text(filterText.get());
    if (!ALL_NETWORKS.equals(network.get()) && network.get() != null) {
      query = query.network(network.get());
    }
    if (!ALL_KINDS.equals(kind.get()) && kind.get() != null) {
      query = query.kind(SessionKind.fromLabel(kind.get()).orElse(null));
    }
    return query.since(since.get() == null ? null : since.get().from(now).orElse(null));
  }

  /**
   * Reads the list again soon, once for any number of reasons; while another page is on show, only
   * when the History view is shown again.
   */
  private void scheduleRefresh() {
    if (!shown.get()) {
      stale = true;
      return;
    }
    if (!refreshScheduled) {
      refreshScheduled = true;
      runner.post(this::refresh);
    }
  }

  private void showStatus() {
    String problem = history.problemProperty().get();
    switch (history.stateProperty().get()) {
      case OFF ->
          show(
              "History is off: the console was started with --no-history, so its"
                  + " sessions are neither recorded nor read.",
              Tone.MUTED);
      case OPENING -> show("Opening the history…", Tone.MUTED);
      case UNAVAILABLE ->
          show(
              "✘ The history is unavailable: "
                  + problem
                  + " The console works"
                  + " as before, but its sessions are not recorded.",
              Tone.DANGER);
      case OPEN -> {
        if (problem.isEmpty()) {
          show(
              "Sessions of the console and the command line, kept in "
                  + history.file().map(f -> String.valueOf(f.getFileName())).orElse("")
                  + " (its folder is in the tooltip; --db or F3CONSOLE_DB choose another)",
              Tone.MUTED);
        } else {
          show("⚠ " + problem, Tone.WARNING);
        }
      }
    }
  }

  private void show(String text, Tone tone) {
    status.set(text);
    statusTone.set(tone);
  }

  private void addNetwork(String name) {
    if (!networks.contains(name)) {
      networks.add(name);
    }
  }

  private void readDetails(SessionSummary session) {
    details.set(null);
    if (session == null) {
      detailsLane.withdraw();
      return;
    }
    long id = session.id();
    detailsLane.submit(
        "Reading session " + id,
        progress -> history.call(store -> store.find(id)),
        found -> details.set(found.orElse(null)));
  }

  /** What can be done with the selected session. */
  public SessionActions actions() {
    return actions;
  }
}
