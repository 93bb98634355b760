package io.f3console.app.ui.workspace;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.network.NetworkProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the console has open, shared by every view: the selected network, the starting power table,
 * the certificates and their validation, and the current selection. Changed only on the FX thread,
 * by {@link WorkspaceLoader} and by the views' selections.
 */
public final class Workspace {
  private final ObjectProperty<NetworkProfile> network =
      new SimpleObjectProperty<>(this, "network");
  private final ReadOnlyObjectWrapper<LoadedTable> table =
      new ReadOnlyObjectWrapper<>(this, "table");
  private final ReadOnlyObjectWrapper<LoadedChain> chain =
      new ReadOnlyObjectWrapper<>(this, "chain");
  private final ReadOnlyBooleanWrapper synthetic = new ReadOnlyBooleanWrapper(this, "synthetic");
  private final ObservableList<String> sources = FXCollections.observableArrayList();
  private final ObjectProperty<ActorId> selectedActor =
      new SimpleObjectProperty<>(this, "selectedActor");
  private final ObjectProperty<Integer> selectedCertificate =
      new SimpleObjectProperty<>(this, "selectedCertificate");
  private final ObservableList<LoadedTable> comparedTables = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<NodeConnection> node =
      new ReadOnlyObjectWrapper<>(this, "node");
  private final ObjectProperty<LoadedTable> comparisonRequest =
      new SimpleObjectProperty<>(this, "comparisonRequest");

  /** The most tables kept beside the open one for comparison. */
  static final int COMPARED_TABLES = 8;

  /** The network profile signatures and expected CIDs are taken from. */
  public ObjectProperty<NetworkProfile> networkProperty() {
    return network;
  }

  public NetworkProfile network() {
    return network.get();
  }

  /** The starting power table: the committee the certificates are validated from. */
  public ReadOnlyObjectProperty<LoadedTable> tableProperty() {
    return table.getReadOnlyProperty();
  }

  public Optional<LoadedTable> table() {
    return Optional.ofNullable(table.get());
  }

  /** The loaded certificates and, once validated, their inspection. */
  public ReadOnlyObjectProperty<LoadedChain> chainProperty() {
    return chain.getReadOnlyProperty();
  }

  public Optional<LoadedChain> chain() {
    return Optional.ofNullable(chain.get());
  }

  /** Whether what is open is the generated demo network, not real data. */
  public ReadOnlyBooleanProperty syntheticProperty() {
    return synthetic.getReadOnlyProperty();
  }

  public boolean synthetic() {
    return synthetic.get();
  }

  /**
   * The node connected to, while its network stays selected: selecting another network (or opening
   * data of another network) ends the connection.
   */
  public ReadOnlyObjectProperty<NodeConnection> nodeProperty() {
    return node.getReadOnlyProperty();
  }

  public Optional<NodeConnection> node() {
    return Optional.ofNullable(node.get());
  }

  void connect(NodeConnection connection) {
    node.set(connection);
  }

  /** The source strings of everything open, for the status bar. */
  public ObservableList<String> sources() {
    return FXCollections.unmodifiableObservableList(sources);
  }

  /** The participant selected in any view (the worker-keys view follows it). */
  public ObjectProperty<ActorId> selectedActorProperty() {
    return selectedActor;
  }

  /** The index of the certificate selected in the certificates view. */
  public ObjectProperty<Integer> selectedCertificateProperty() {
    return selectedCertificate;
  }

  /**
   * Power tables kept beside the open one, to compare with it: each table reopened from the
   * history, and the table that was open when one was reopened. Oldest first, one per CID.
   */
  public ObservableList<LoadedTable> comparedTables() {
    return FXCollections.unmodifiableObservableList(comparedTables);
  }

  /**
   * A table the person asked to compare with the starting one (opened beside it); the power table
   * view shows the comparison and clears the request.
   */
  public ObjectProperty<LoadedTable> comparisonRequestProperty() {
    return comparisonRequest;
  }

  void requestComparison(LoadedTable beside) {
    comparisonRequest.set(beside);
  }

  void keepForComparison(LoadedTable kept) {
    comparedTables.removeIf(t -> t.table().cid().equals(kept.table().cid()));
    comparedTables.add(kept);
    if (comparedTables.size() > COMPARED_TABLES) {
      comparedTables.remove(0);
    }
  }

  void replace(
      NetworkProfile profile, LoadedTable newTable, LoadedChain newChain, boolean isSynthetic) {
    if (node.get() != null && !node.get().network().equals(profile)) {
      node.set(null);
    }
    network.set(profile);
    table.set(newTable);
    chain.set(newChain);
    synthetic.set(isSynthetic);
    refreshSources();
  }

  private void refreshSources() {
    List<String> list = new ArrayList<>();
    table().ifPresent(t -> list.add(t.source()));
    chain()
        .ifPresent(
            c -> {
              if (!list.contains(c.source())) {
                list.add(c.source());
              }
            });
    sources.setAll(list);
  }
}
