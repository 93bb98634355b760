package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.SameThreadRunner;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.sim.DemoNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A workspace for view-model tests, without a toolkit: the real loader, the built-in profiles
 * and demo network, a same-thread runner, and the sessions recorded kept in a list.
 */
public final class TestWorkspace {
  private final Workspace workspace = new Workspace();
  private final SameThreadRunner runner = new SameThreadRunner();
  private final List<SessionRecord> recorded = new ArrayList<>();
  private final WorkspaceLoader loader;

  /** @param folder where published tables are kept (a test's temporary folder) */
  public TestWorkspace(Path folder) {
    loader = new WorkspaceLoader(workspace, runner, NetworkProfiles.builtIn(),
        DemoNetwork.builtIn(), recorder(),
        new PublishedTables(folder.resolve("tables"), NetworkProfiles.builtIn()));
  }

  public Workspace workspace() {
    return workspace;
  }

  public SameThreadRunner runner() {
    return runner;
  }

  /** Collects each session as it is handed over. */
  public SessionRecorder recorder() {
    return session -> recorded.add(session.get());
  }

  /** The sessions recorded so far, loads included. */
  public List<SessionRecord> recorded() {
    return List.copyOf(recorded);
  }

  /** Opens a demo scenario (generated and validated on the calling thread). */
  public TestWorkspace openDemo(DemoNetwork.Scenario scenario) {
    loader.openDemo(scenario);
    assertThat(runner.failures()).isEmpty();
    assertThat(workspace.chain()).isPresent();
    return this;
  }

  /** Opens files as the File menu does. */
  public TestWorkspace open(Path... files) {
    loader.openFiles(List.of(files));
    assertThat(runner.failures()).isEmpty();
    return this;
  }

  /** Selects the built-in network {@code key} (as the network selector does). */
  public TestWorkspace onNetwork(String key) {
    NetworkProfile profile = NetworkProfiles.builtIn().byKey(key).orElseThrow();
    workspace.networkProperty().set(profile);
    return this;
  }

  /** The starting table. */
  public PowerTable table() {
    return workspace.table().orElseThrow().table();
  }

  /** Writes {@code entries} as a Lotus JSON power table file. */
  public static Path write(Path file, Collection<PowerEntry> entries) throws IOException {
    Files.writeString(file, entries.stream().map(e -> "{\"ID\": " + e.id().decimal()
        + ", \"Power\": \"" + e.power() + "\", \"PubKey\": \"" + e.pubKey().toBase64() + "\"}")
        .collect(Collectors.joining(",\n", "[", "]")));
    return file;
  }
}
