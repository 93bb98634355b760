package io.f3console.app.ui.context;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.FxTaskRunner;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.Theme;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.follow.LiveFollow;
import io.f3console.app.ui.historydb.ConsoleHistory;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.history.HistoryLocation;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.store.StoreLocation;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

/**
 * The console's services, made once per window and handed to every view: the workspace and its
 * loader, the background runner, dialogs, the session history, the current page and theme.
 */
public final class ConsoleContext implements AutoCloseable {
  private final Workspace workspace = new Workspace();
  private final DialogService dialogs;
  private final UiTaskRunner runner;
  private final WorkspaceLoader loader;
  private final ConsoleHistory history;
  private final NetworkProfiles profiles;
  private final PublishedTables published;
  private final LiveFollow follow;
  private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.OVERVIEW);
  private final ObjectProperty<Theme> theme =
      new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
  private Window window;

  /**
   * @param historyFile the history database, opened in the background; empty records nothing and
   *     opens nothing ({@code --no-history})
   */
  public ConsoleContext(NetworkProfiles profiles, DemoNetwork demo, Optional<Path> historyFile) {
    this(
        profiles,
        demo,
        historyFile,
        PublishedTables.besideHistory(historyFile.orElseGet(() -> HistoryLocation.resolve(null))));
  }

  /**
   * @param historyFile the history database, opened in the background; empty records nothing and
   *     opens nothing ({@code --no-history})
   * @param published where the networks' published initial tables are kept once seen and offered
   *     from (beside the history, or where it would be: they are kept whatever {@code --no-history}
   *     says)
   */
  public ConsoleContext(
      NetworkProfiles profiles,
      DemoNetwork demo,
      Optional<Path> historyFile,
      PublishedTables published) {
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.dialogs = new DialogService(() -> window);
    this.runner = new FxTaskRunner(dialogs);
    this.history = ConsoleHistory.open(historyFile, Optional.of(published), dialogs);
    this.loader =
        new WorkspaceLoader(
            workspace,
            runner,
            Objects.requireNonNull(profiles),
            Objects.requireNonNull(demo),
            history,
            published);
    this.published = published;
    this.follow =
        new LiveFollow(
            workspace,
            runner,
            dialogs,
            () -> NetworkProfiles.of(java.util.List.copyOf(loader.networks())),
            this::storeOf,
            history);
  }

  /** The certificate store of the F3 network {@code network}: beside the history. */
  public Path storeOf(String network) {
    return history
        .file()
        .map(file -> StoreLocation.besideHistory(file, network))
        .orElseGet(() -> StoreLocation.resolve(null, network));
  }

  /** The built-in profiles and demo network, and the history the options name. */
  public static ConsoleContext standard(ConsoleOptions options) {
    return new ConsoleContext(
        NetworkProfiles.builtIn(),
        DemoNetwork.builtIn(),
        options.historyFile(),
        PublishedTables.resolve(options.database().orElse(null)));
  }

  /** Where the networks' published initial tables are kept once seen. */
  public PublishedTables published() {
    return published;
  }

  /**
   * The networks' published initial tables kept (and found good), offered beside the demo networks,
   * e.g. "Mainnet at bootstrap (real data)".
   */
  public javafx.collections.ObservableList<io.f3console.core.known.StoredTable> publishedTables() {
    return history.publishedTables();
  }

  /** The known network profiles (without the demo network, which the loader adds). */
  public NetworkProfiles profiles() {
    return profiles;
  }

  public Workspace workspace() {
    return workspace;
  }

  public WorkspaceLoader loader() {
    return loader;
  }

  public UiTaskRunner runner() {
    return runner;
  }

  /** Following the connected node live (the Health view and the status bar). */
  public LiveFollow follow() {
    return follow;
  }

  public DialogService dialogs() {
    return dialogs;
  }

  /** The session history every view records its work in. */
  public ConsoleHistory history() {
    return history;
  }

  /** The page on show; views set it to navigate. */
  public ObjectProperty<Page> pageProperty() {
    return page;
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  /** Shows another page. */
  public void navigate(Page target) {
    page.set(Objects.requireNonNull(target, "target"));
  }

  public void attach(Window owner) {
    this.window = owner;
  }

  public Window window() {
    return window;
  }

  /** Stops following a node; closes the history once what is queued has been written. */
  @Override
  public void close() {
    follow.stop();
    history.close();
  }
}
