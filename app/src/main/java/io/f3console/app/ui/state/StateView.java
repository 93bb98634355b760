package io.f3console.app.ui.state;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.EmptyState;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.state.Address;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.ComputedTableTrust;
import io.f3console.core.statepower.Decision;
import io.f3console.core.statepower.StatePowerTable;
import java.io.File;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/**
 * Chain state: the source (a CAR file or a node at an epoch), the computed table's CID against what
 * signs its tipset, the tipset, state root and counts per decision, and every claim's decision,
 * sortable and filterable, with "why is f0… (not) in the table?".
 */
public final class StateView {
  private final ConsoleContext context;
  private StateViewModel model;

  @FXML private Label verdict;
  @FXML private TextField sourceField;
  @FXML private TextField epochField;
  @FXML private javafx.scene.control.PasswordField tokenField;
  @FXML private Button computeButton;
  @FXML private Button cancelButton;
  @FXML private Label progress;
  @FXML private CopyableText cidText;
  @FXML private TrustBadge trustBadge;
  @FXML private Label signedBy;
  @FXML private CopyableText expectedCid;
  @FXML private javafx.scene.layout.HBox tipsetCids;
  @FXML private Label tipset;
  @FXML private CopyableText stateRoot;
  @FXML private Label counts;
  @FXML private ComboBox<Decision> decisionFilter;
  @FXML private TextField searchField;
  @FXML private TextField actorField;
  @FXML private SelectableText explanation;
  @FXML private TableView<ClaimDecision> table;
  @FXML private TableColumn<ClaimDecision, Address> actorColumn;
  @FXML private TableColumn<ClaimDecision, Decision> decisionColumn;
  @FXML private TableColumn<ClaimDecision, StoragePower> rawColumn;
  @FXML private TableColumn<ClaimDecision, StoragePower> qaColumn;
  @FXML private TableColumn<ClaimDecision, String> workerColumn;
  @FXML private TableColumn<ClaimDecision, String> keyColumn;

  public StateView(ConsoleContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    model = new StateViewModel(context.workspace(), context.runner(), context.history());
    verdict.textProperty().bind(model.verdictProperty());
    model.toneProperty().addListener((obs, old, tone) -> tone.applyTo(verdict));
    model.toneProperty().get().applyTo(verdict);
    progress.textProperty().bind(model.progressProperty());
    explanation.textProperty().bind(model.explanationProperty());
    explanation.visibleProperty().bind(model.explanationProperty().isNotEmpty());
    explanation.managedProperty().bind(explanation.visibleProperty());
    table.setPlaceholder(
        EmptyState.of(
            "Every miner's claim and its"
                + " decision (in the table, or why not) appear here once a power table is computed:"
                + " open a CAR file or give a node above, then Compute."));
    cidText.setNotice(context.dialogs()::notice);
    stateRoot.setNotice(context.dialogs()::notice);
    expectedCid.setNotice(context.dialogs()::notice);
    model.openNode().ifPresent(sourceField::setPromptText);
    showDefaultEpoch();
    context.workspace().networkProperty().addListener((obs, old, network) -> showDefaultEpoch());
    context.workspace().chainProperty().addListener((obs, old, chain) -> showDefaultEpoch());
    cancelButton
        .disableProperty()
        .bind(model.stateProperty().isNotEqualTo(BackgroundLane.State.WORKING));
    computeButton
        .disableProperty()
        .bind(model.stateProperty().isEqualTo(BackgroundLane.State.WORKING));

    decisionFilter.setItems(FXCollections.observableArrayList(Decision.values()));
    decisionFilter.getItems().add(0, null);
    decisionFilter.setButtonCell(new DecisionCell());
    decisionFilter.setCellFactory(list -> new DecisionCell());
    decisionFilter.valueProperty().bindBidirectional(model.decisionFilterProperty());
    searchField.textProperty().bindBidirectional(model.searchProperty());

    actorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().miner()));
    actorColumn.setComparator(
        Comparator.comparing((Address a) -> a.isId() ? a.idValue() : Long.MAX_VALUE)
            .thenComparing((Address a) -> a.toString()));
    decisionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().decision()));
    rawColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rawPower()));
    qaColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().qaPower()));
    rawColumn.setCellFactory(column -> new PowerCell());
    qaColumn.setCellFactory(column -> new PowerCell());
    workerColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(c.getValue().worker().map(Address::toString).orElse("—")));
    keyColumn.setCellValueFactory(
        c ->
            new ReadOnlyStringWrapper(
                c.getValue()
                    .key()
                    .map(k -> Formats.shortenMiddle(k.toString(), 24, 10))
                    .orElse("—")));
    SortedList<ClaimDecision> sorted = new SortedList<>(model.decisions());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    // each claim's actor, worker or BLS key, whole though the column shortens it
    new RowCopy<ClaimDecision>(context.dialogs()::notice)
        .value("Copy actor", "actor", d -> d.miner().toString())
        .value("Copy worker", "worker", d -> d.worker().map(Address::toString).orElse(""))
        .value("Copy BLS key", "key", d -> d.key().map(Address::toString).orElse(""))
        .install(table);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, picked) -> {
              if (picked != null) {
                actorField.setText(picked.miner().toString());
                model.explain(picked);
              }
            });
    model.resultProperty().addListener((obs, old, result) -> showSummary(result));
    showSummary(null);
  }

  private void showDefaultEpoch() {
    java.util.OptionalLong epoch = model.defaultEpoch();
    epochField.setPromptText(epoch.isPresent() ? "epoch " + epoch.getAsLong() : "epoch");
  }

  private void showSummary(StateResult result) {
    StatePowerTable computed = result == null ? null : result.table().orElse(null);
    if (computed == null) {
      cidText.setValue("", "CID");
      stateRoot.setValue("", "state root");
      tipsetCids.getChildren().clear();
      tipset.setText("—");
      counts.setText("—");
      trustBadge.show(null);
      signedBy.setText("");
      expectedCid.setValue("", "CID");
      return;
    }
    cidText.setValue(computed.cid().toString(), "CID");
    stateRoot.setValue(computed.stateRoot().toString(), "state root");
    tipsetCids.getChildren().setAll(computed.tipset().stream().map(this::tipsetBlock).toList());
    tipset.setText(
        "(height "
            + computed.height()
            + ", "
            + computed.table().size()
            + " entries, "
            + computed.blocksRead()
            + " blocks read)");
    counts.setText(StateViewModel.counts(computed));
    ComputedTableTrust trust = result.trust().orElse(null);
    trustBadge.show(trust == null ? null : trust.trust());
    if (trust == null) {
      trustBadge.setText("? nothing signs this tipset");
    }
    signedBy.setText(
        trust == null
            ? "no certificate or manifest names a CID for it"
            : "against " + trust.signedBy() + trust.trust().expected().map(e -> ":").orElse(""));
    expectedCid.setValue(
        trust == null ? "" : trust.trust().expected().map(Cid::toString).orElse(""),
        "expected CID");
  }

  /** One block of the tipset, its CID to copy. */
  private CopyableText tipsetBlock(Cid block) {
    CopyableText text = new CopyableText();
    text.setNotice(context.dialogs()::notice);
    text.setValue(block.toString(), "block CID");
    return text;
  }

  @FXML
  private void onBrowse() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a CAR file of chain state");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("CAR files", "*.car", "*.car.zst", "*.zst"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File file = context.dialogs().chooseToOpen(chooser, context.window());
    if (file != null) {
      sourceField.setText("car:" + file.getPath());
      onCompute();
    }
  }

  @FXML
  private void onCompute() {
    model
        .compute(sourceField.getText(), epochField.getText(), tokenField.getText())
        .ifPresent(context.dialogs()::notice);
  }

  @FXML
  private void onCancel() {
    model.cancel();
  }

  @FXML
  private void onWhy() {
    model.explain(actorField.getText());
  }

  /** The decision filter's entries: a decision's name, or "every decision". */
  private static final class DecisionCell extends ListCell<Decision> {
    @Override
    protected void updateItem(Decision item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item == null ? "every decision" : item.name());
    }
  }

  /** Power in binary units, the exact bytes on hover. */
  private static final class PowerCell
      extends javafx.scene.control.TableCell<ClaimDecision, StoragePower> {
    @Override
    protected void updateItem(StoragePower item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : Formats.power(item));
      setTooltip(
          empty || item == null
              ? null
              : new javafx.scene.control.Tooltip(Formats.exactBytes(item)));
    }
  }
}
