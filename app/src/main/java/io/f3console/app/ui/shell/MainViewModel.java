package io.f3console.app.ui.shell;

import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.trust.Trust;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/**
 * The shell's state: the networks offered, what is open (for the toolbar and the status bar) and
 * the trust of the starting table.
 */
public final class MainViewModel {
  private final Workspace workspace;
  private final WorkspaceLoader loader;
  private final StringBinding sourceSummary;
  private final StringBinding shortSourceSummary;
  private final ObjectBinding<Trust> trust;

  /**
   * @param workspace what is open
   * @param loader the networks offered, and where a network picked in the toolbar goes
   */
  public MainViewModel(Workspace workspace, WorkspaceLoader loader) {
    this.workspace = java.util.Objects.requireNonNull(workspace, "workspace");
    this.loader = java.util.Objects.requireNonNull(loader, "loader");
    this.sourceSummary =
        Bindings.createStringBinding(
            () ->
                workspace.sources().isEmpty()
                    ? "nothing open"
                    : String.join("  +  ", workspace.sources()),
            workspace.sources());
    this.shortSourceSummary =
        Bindings.createStringBinding(
            () ->
                workspace.sources().isEmpty()
                    ? "nothing open"
                    : String.join(
                        "  +  ",
                        workspace.sources().stream().map(MainViewModel::shortSource).toList()),
            workspace.sources());
    this.trust =
        Bindings.createObjectBinding(
            () -> workspace.table().map(LoadedTable::trust).orElse(null),
            workspace.tableProperty());
  }

  /** The networks offered, updated when the demo network's profile becomes known. */
  public javafx.collections.ObservableList<NetworkProfile> networks() {
    return loader.networks();
  }

  /** The open sources, joined, e.g. {@code demo:healthy} or two {@code file:} strings. */
  public StringBinding sourceSummary() {
    return sourceSummary;
  }

  /** The same with file sources reduced to their file names, for the toolbar. */
  public StringBinding shortSourceSummary() {
    return shortSourceSummary;
  }

  /** {@code file:/a/b/table.json} becomes {@code table.json}; other sources stay as they are. */
  static String shortSource(String source) {
    if (!source.startsWith("file:")) {
      return source;
    }
    String path = source.substring("file:".length());
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** The starting table's trust, or null when none is open. */
  public ObjectBinding<Trust> trust() {
    return trust;
  }

  /** Selects a network the user picked; does nothing if it is already selected. */
  public void selectNetwork(NetworkProfile network) {
    if (network != null && !network.equals(workspace.network())) {
      loader.changeNetwork(network);
    }
  }

  /** How a network is named in the selector. */
  public static String label(NetworkProfile network) {
    if (network == null) {
      return "";
    }
    String label = network.key() + " (" + network.f3NetworkName() + ")";
    return network.status() == io.f3console.core.network.NetworkStatus.HISTORICAL
        ? label + ", historical"
        : label;
  }
}
