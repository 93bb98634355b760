package io.f3console.app.ui;

import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.sim.DemoNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace for view-model tests, without the toolkit: the built-in networks and demo
 * network, a real loader whose work runs on the test's thread, published tables kept in a
 * temporary folder, and the sessions recorded kept in a list.
 */
public final class TestWorkspace {
  private final Workspace workspace = new Workspace();
  private final SameThreadRunner runner = new SameThreadRunner();
  private final List<io.f3console.core.history.SessionRecord> sessions = new ArrayList<>();
  private final SessionRecorder recorder = session -> sessions.add(session.get());
  private final PublishedTables published;
  private final WorkspaceLoader loader;

  /** A workspace keeping published tables in a new folder of the temporary directory. */
  public TestWorkspace() {
    this(TestHistory.newDatabase().resolveSibling("tables"));
  }

  /** A workspace keeping published tables in {@code tables}. */
  public TestWorkspace(Path tables) {
    published = new PublishedTables(tables, NetworkProfiles.builtIn());
    loader = new WorkspaceLoader(workspace, runner, NetworkProfiles.builtIn(),
        DemoNetwork.builtIn(), recorder, published);
  }

  public Workspace workspace() {
    return workspace;
  }

  public SameThreadRunner runner() {
    return runner;
  }

  public WorkspaceLoader loader() {
    return loader;
  }

  public PublishedTables published() {
    return published;
  }

  /** Records sessions into {@link #sessions()}. */
  public SessionRecorder recorder() {
    return recorder;
  }

  /** The sessions recorded so far, in order. */
  public List<io.f3console.core.history.SessionRecord> sessions() {
    return List.copyOf(sessions);
  }

  /** A built-in network's profile, e.g. {@code mainnet}. */
  public static NetworkProfile network(String key) {
    return NetworkProfiles.builtIn().byKey(key).orElseThrow();
  }
}
