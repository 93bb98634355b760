package io.f3console.app.ui.history;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.historydb.SessionHistory;
import io.f3console.app.ui.workspace.KeptTable;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.history.HistoryException;
import io.f3console.core.history.SessionNote;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the History view does with the selected session: add a note, open one of its power tables or
 * its sources again in the workspace, export it. Reading and writing run in the background. FX
 * thread only.
 */
public final class SessionActions {
  private final SessionHistory history;
  private final WorkspaceLoader loader;
  private final UiTaskRunner runner;
  private final Consumer<String> notice;
  private final Consumer<Page> navigate;
  private final Supplier<StoredSession> selected;
  private final Consumer<StoredSession> updated;
  private final BackgroundLane noteLane;
  private final BackgroundLane openLane;

  /**
   * @param notice where a finished action is said (the status bar)
   * @param navigate shows another page (the reopened table or sources)
   * @param selected the session shown, or null
   * @param updated takes the session read again after a change (a note)
   */
  SessionActions(
      SessionHistory history,
      WorkspaceLoader loader,
      UiTaskRunner runner,
      Consumer<String> notice,
      Consumer<Page> navigate,
      Supplier<StoredSession> selected,
      Consumer<StoredSession> updated) {
    this.history = history;
    this.loader = loader;
    this.runner = runner;
    this.notice = notice;
    this.navigate = navigate;
    this.selected = selected;
    this.updated = updated;
    this.noteLane = new BackgroundLane(runner, "history-note");
    this.openLane = new BackgroundLane(runner, "history-open");
  }

  /**
   * Adds a note to the selected session; it shows at once.
   *
   * @param done called on success (e.g. to clear the text area)
   * @return the problem, if the note cannot be added
   */
  public Optional<String> addNote(String text, Runnable done) {
    StoredSession session = selected.get();
    if (session == null) {
      return Optional.of("Select a session first.");
    }
    if (text == null || text.isBlank()) {
      return Optional.of("Write the note first.");
    }
    if (text.strip().length() > SessionNote.MAX_LENGTH) {
      return Optional.of("A note is at most " + SessionNote.MAX_LENGTH + " characters.");
    }
    long id = session.id();
    noteLane.submit(
        "Adding a note to session " + id,
        progress ->
            history.call(
                store -> {
                  store.addNote(id, text);
                  return store.find(id);
                }),
        found -> {
          found.ifPresent(updated);
          done.run();
          notice.accept("Note added to session " + id);
        });
    return Optional.empty();
  }

  /**
   * Opens a power table the selected session kept as the workspace's table and shows it in the
   * Power table view, where compare mode can set it against other tables.
   */
  public void openTable(TableReference table) {
    StoredSession session = selected.get();
    if (session == null) {
      return;
    }
    long id = session.id();
    Optional<String> sessionNetwork = session.record().network();
    boolean synthetic =
        session.record().sources().stream().anyMatch(s -> s.spec().startsWith("demo:"))
            || sessionNetwork.filter("demo"::equals).isPresent();
    openLane.submit(
        "Reading table " + table.cid(),
        progress ->
            history
                .call(store -> store.table(table.cid()))
                .orElseThrow(
                    () ->
                        new HistoryException(
                            "the history holds no" + " power table with CID " + table.cid())),
        read -> {
          loader.openKeptTable(
              new KeptTable(
                  SessionSources.KEPT_PREFIX + id + ":" + table.cid(),
                  "Session " + id + ", " + table.role(),
                  read,
                  table.instance(),
                  sessionNetwork,
                  synthetic));
          navigate.accept(Page.POWER_TABLE);
        });
  }

  /**
   * Opens the selected session's sources again, as File ▸ Open a source does.
   *
   * @return the problem, if they cannot be opened (none recorded, a file gone)
   */
  public Optional<String> reopenSources() {
    StoredSession session = selected.get();
    if (session == null) {
      return Optional.of("Select a session first.");
    }
    Optional<String> problem = new SessionSources(loader).reopen(session);
    if (problem.isEmpty()) {
      navigate.accept(Page.OVERVIEW);
    }
    return problem;
  }

  /** Writes the selected session to {@code file} in the background, as the CLI exports it. */
  public Optional<String> export(Path file, SessionReport.Format format) {
    StoredSession session = selected.get();
    if (session == null) {
      return Optional.of("Select a session first.");
    }
    long id = session.id();
    // Each export runs in a lane of its own: a second export never cancels the first.
    runner.run(
        "history-export-" + file.toAbsolutePath(),
        "Exporting session " + id,
        progress -> {
          StoredSession current =
              history
                  .call(store -> store.find(id))
                  .orElseThrow(
                      () -> new HistoryException("session " + id + " is no longer in the history"));
          Files.writeString(file, SessionReport.render(current, format));
          return file;
        },
        written -> notice.accept("Session " + id + " exported to " + written.getFileName()));
    return Optional.empty();
  }

  /** The format an export file name asks for: JSON for {@code .json}, else Markdown. */
  public static SessionReport.Format formatOf(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? SessionReport.Format.JSON
        : SessionReport.Format.MARKDOWN;
  }
}
