package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.inspect.ChainInspection;
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
 * A workspace filled the way the console fills it, for view-model tests without the toolkit: the
 * built-in networks and demo network, the real {@link WorkspaceLoader} whose work runs on the
 * test's thread ({@link SameThreadRunner}), published tables kept in a temporary folder, and the
 * sessions recorded kept in a list for the test to read.
 */
public final class TestWorkspace {
  private final Workspace workspace = new Workspace();
  private final SameThreadRunner runner = new SameThreadRunner();
  private final List<SessionRecord> sessions = new ArrayList<>();
  private final SessionRecorder recorder = session -> sessions.add(session.get());
  private final PublishedTables published;
  private final WorkspaceLoader loader;

  /** A workspace keeping published tables in a new folder of the temporary directory. */
  public TestWorkspace() {
    this(TestHistory.newDatabase().getParent());
  }

  /**
   * @param folder a temporary folder; published tables are kept in its {@code tables}
   */
  public TestWorkspace(Path folder) {
    published = new PublishedTables(folder.resolve("tables"), NetworkProfiles.builtIn());
    loader =
        new WorkspaceLoader(
            workspace,
            runner,
            NetworkProfiles.builtIn(),
            DemoNetwork.builtIn(),
            recorder,
            published);
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

  /** The sessions recorded so far (loads included), in order. */
  public List<SessionRecord> sessions() {
    return List.copyOf(sessions);
  }

  /** Opens a demo scenario (generated and validated on the calling thread). */
  public TestWorkspace openDemo(DemoNetwork.Scenario scenario) {
    loader.openDemo(scenario);
    assertThat(runner.failures()).isEmpty();
    assertThat(workspace.chain()).isPresent();
    return this;
  }

  /** Opens files as the File menu does (tables and certificates, known by their content). */
  public TestWorkspace open(Path... files) {
    loader.openFiles(List.of(files));
    assertThat(runner.failures()).isEmpty();
    return this;
  }

  /** Selects the built-in network {@code key} (as the network selector does). */
  public TestWorkspace onNetwork(String key) {
    workspace.networkProperty().set(network(key));
    return this;
  }

  /** The starting table. */
  public PowerTable table() {
    return workspace.table().orElseThrow().table();
  }

  /** The inspection of the chain open. */
  public ChainInspection inspection() {
    return workspace.chain().orElseThrow().inspection().orElseThrow();
  }

  /** A built-in network's profile, e.g. {@code mainnet}. */
  public static NetworkProfile network(String key) {
    return NetworkProfiles.builtIn().byKey(key).orElseThrow();
  }

  /** Writes {@code entries} as a Lotus JSON power table file. */
  public static Path write(Path file, Collection<PowerEntry> entries) throws IOException {
    Files.writeString(
        file,
        entries.stream()
            .map(
                e ->
                    "{\"ID\": "
                        + e.id().decimal()
                        + ", \"Power\": \""
                        + e.power()
                        + "\", \"PubKey\": \""
                        + e.pubKey().toBase64()
                        + "\"}")
            .collect(Collectors.joining(",\n", "[", "]")));
    return file;
  }
}
