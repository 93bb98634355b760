package io.f3console.app.ui.certificates;

import io.f3console.app.ui.SameThreadRunner;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.sim.DemoNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace filled the way the console fills it, without the toolkit: the real
 * {@link WorkspaceLoader} on a {@link SameThreadRunner}, the built-in networks and demo, and
 * a recorder that keeps the sessions for the test to read.
 */
public final class TestWorkspaces {
  public final Workspace workspace = new Workspace();
  public final SameThreadRunner runner = new SameThreadRunner();
  public final List<SessionRecord> sessions = new ArrayList<>();
  public final SessionRecorder recorder = session -> sessions.add(session.get());
  public final WorkspaceLoader loader;

  /** @param folder a temporary folder, where the published tables would be kept */
  public TestWorkspaces(Path folder) {
    loader = new WorkspaceLoader(workspace, runner, NetworkProfiles.builtIn(),
        DemoNetwork.builtIn(), recorder, PublishedTables.besideHistory(
            folder.resolve("history.db")));
  }

  /** With a demo scenario open. */
  public TestWorkspaces demo(DemoNetwork.Scenario scenario) {
    loader.openDemo(scenario);
    return this;
  }

  /** With files open (tables and certificates, recognised from their content). */
  public TestWorkspaces files(Path... files) {
    loader.openFiles(List.of(files));
    return this;
  }
}
