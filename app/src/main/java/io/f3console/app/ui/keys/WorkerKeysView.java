package io.f3console.app.ui.keys;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.EmptyState;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.core.gpbft.ActorId;
import java.util.Locale;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The worker-keys view: for the selected participant, the verdict on its key, the key in hex and
 * base64, go-f3's four checks, its BDN coefficient in the committee shown, the other miners holding
 * the same key, and its key history across the loaded certificates. A list of participants
 * (filterable, problems only) walks through the keys quickly.
 */
public final class WorkerKeysView {
  private static final double HISTORY_ROW_HEIGHT = 26;

  private final ConsoleContext context;
  private WorkerKeysViewModel model;
  private final CopyableText hexText = new CopyableText(64, 64);
  private final CopyableText base64Text = new CopyableText(64, 64);
  private final CopyableText coefficientDecimal = new CopyableText(64, 64);
  private final CopyableText coefficientHex = new CopyableText(64, 64);
  private final RowCopy<ParticipantRow> participantCopy;
  private boolean syncingList;
  private boolean selectingFromList;
  private boolean syncingSpinner;

  @FXML private ParticipantPicker participantPicker;
  @FXML private Spinner<Long> instanceSpinner;
  @FXML private Button startingTableButton;
  @FXML private Label committeeSummary;
  @FXML private CopyableText committeeCid;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label statusLabel;
  @FXML private Button retryButton;
  @FXML private TextField participantFilter;
  @FXML private CheckBox onlyProblems;
  @FXML private Label listSummary;
  @FXML private ListView<ParticipantRow> participantList;
  @FXML private Label verdict;
  @FXML private Label summary;
  @FXML private VBox cards;
  @FXML private GridPane keyGrid;
  @FXML private Label keyLength;
  @FXML private GridPane checksGrid;
  @FXML private SelectableText checkMessage;
  @FXML private SelectableText checkMeaning;
  @FXML private GridPane coefficientGrid;
  @FXML private Label coefficientNote;
  @FXML private Label sharedSummary;
  @FXML private FlowPane sharedActors;
  @FXML private Label signaturesSummary;
  @FXML private Label signaturesCaveat;
  @FXML private Label historySummary;
  @FXML private TableView<KeyHistoryRows.Row> historyTable;
  @FXML private TableColumn<KeyHistoryRows.Row, String> certificateColumn;
  @FXML private TableColumn<KeyHistoryRows.Row, String> effectiveColumn;
  @FXML private TableColumn<KeyHistoryRows.Row, String> changeColumn;
  @FXML private TableColumn<KeyHistoryRows.Row, String> keyColumn;
  @FXML private TableColumn<KeyHistoryRows.Row, String> powerColumn;

  public WorkerKeysView(ConsoleContext context) {
    this.context = context;
    this.participantCopy =
        new RowCopy<ParticipantRow>(context.dialogs()::notice)
            .value("Copy actor", "actor", ParticipantRow::address)
            .value("Copy key (hex)", "key", row -> row.participant().key().toHex())
            .value(
                "Copy key (base64, as in Lotus JSON)",
                "key",
                row -> row.participant().key().toBase64())
            .row(ParticipantRow::asText);
  }

  @FXML
  private void initialize() {
    model = new WorkerKeysViewModel(context.workspace(), context.runner());
    placeValues();
    bindStatus();
    bindPicker();
    bindList();
    bindCommitteeChoice();
    KeyHistoryTable.configure(
        historyTable,
        certificateColumn,
        effectiveColumn,
        changeColumn,
        keyColumn,
        powerColumn,
        context.dialogs()::notice);
    historyTable.setFixedCellSize(HISTORY_ROW_HEIGHT);
    model.detailsProperty().addListener((obs, old, details) -> showDetails(details));
    model.historyProperty().addListener((obs, old, history) -> showHistory(history));
    showDetails(model.detailsProperty().get());
    showHistory(model.historyProperty().get());
  }

  private void placeValues() {
    place(hexText, "key-hex", keyGrid, 0);
    place(base64Text, "key-base64", keyGrid, 1);
    place(coefficientDecimal, "bdn-decimal", coefficientGrid, 0);
    place(coefficientHex, "bdn-hex", coefficientGrid, 1);
  }

  private void place(CopyableText text, String id, GridPane grid, int row) {
    text.setId(id);
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    text.setNotice(context.dialogs()::notice);
    grid.add(text, 1, row);
  }

  private void bindStatus() {
    busyIndicator.visibleProperty().bind(model.busyProperty());
    statusLabel.textProperty().bind(model.statusProperty());
    retryButton.visibleProperty().bind(model.stoppedProperty());
    for (Node node : new Node[] {busyIndicator, retryButton}) {
      node.managedProperty().bind(node.visibleProperty());
    }
    committeeSummary.textProperty().bind(model.committeeSummaryProperty());
    committeeCid.setNotice(context.dialogs()::notice);
    model.committeeCidProperty().addListener((obs, old, cid) -> committeeCid.setValue(cid, "CID"));
    committeeCid.setValue(model.committeeCidProperty().get(), "CID");
    committeeCid.visibleProperty().bind(model.committeeCidProperty().isNotEmpty());
    committeeCid.managedProperty().bind(committeeCid.visibleProperty());
    listSummary.textProperty().bind(model.listSummaryProperty());
    signaturesSummary.textProperty().bind(model.signaturesProperty());
    signaturesCaveat.setText(io.f3console.core.participation.ParticipationReport.CAVEAT);
  }

  private void bindPicker() {
    participantPicker.setSuggestions(model::suggestions);
    participantPicker.setOnChoose(model::selectTyped);
    participantPicker.setOnPick(model::select);
    participantPicker.show(model.selectedActorProperty().get());
    model.selectedActorProperty().addListener((obs, old, actor) -> participantPicker.show(actor));
  }

  private void bindList() {
    participantList.setItems(model.participants());
    participantList.setCellFactory(list -> new ParticipantCell());
    participantList.setPlaceholder(
        EmptyState.of(
            "The participants of the power table appear"
                + " here once one is open: a file or snapshot (Ctrl+O), a node (Ctrl+K) or a demo"
                + " network from the Overview."));
    participantCopy.install(participantList);
    participantList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (!syncingList && row != null) {
                selectingFromList = true;
                model.select(row.actor());
                selectingFromList = false;
              }
            });
    model.selectedRowProperty().addListener((obs, old, row) -> showSelectedInList());
    participantFilter.textProperty().bindBidirectional(model.filterProperty());
    onlyProblems.selectedProperty().bindBidirectional(model.onlyProblemsProperty());
    showSelectedInList();
  }

  /** Highlights the selected participant's row, or none when the model has none. */
  private void showSelectedInList() {
    ParticipantRow row = model.selectedRowProperty().get();
    syncingList = true;
    if (row == null) {
      participantList.getSelectionModel().clearSelection();
    } else if (participantList.getSelectionModel().getSelectedItem() != row) {
      participantList.getSelectionModel().select(row);
      if (!selectingFromList) {
        participantList.scrollTo(Math.max(0, participantList.getItems().indexOf(row) - 3));
      }
    }
    syncingList = false;
  }

  private void bindCommitteeChoice() {
    instanceSpinner
        .valueProperty()
        .addListener(
            (obs, old, value) -> {
              if (!syncingSpinner) {
                model.committeeInstanceProperty().set(value);
              }
            });
    model.committeeInstanceProperty().addListener((obs, old, value) -> showInstance());
    model.instancesProperty().addListener((obs, old, range) -> showInstance());
    showInstance();
  }

  private void showInstance() {
    Optional<WorkerKeysViewModel.InstanceRange> range = model.instancesProperty().get();
    syncingSpinner = true;
    if (range.isEmpty()) {
      instanceSpinner.setValueFactory(null);
      instanceSpinner.setDisable(true);
      startingTableButton.setDisable(true);
      instanceSpinner.setTooltip(
          new Tooltip("Open certificates to look at the committee of a" + " later instance."));
    } else {
      WorkerKeysViewModel.InstanceRange known = range.get();
      Long chosen = model.committeeInstanceProperty().get();
      long value = chosen == null ? known.starting() : chosen;
      if (!(instanceSpinner.getValueFactory() instanceof InstanceValueFactory factory)
          || !factory.covers(known)) {
        instanceSpinner.setValueFactory(
            new InstanceValueFactory(known.first(), known.last(), value));
      } else {
        factory.setValue(value);
      }
      instanceSpinner.setDisable(false);
      startingTableButton.setDisable(chosen == null || chosen == known.starting());
      instanceSpinner.setTooltip(
          new Tooltip(
              "The committees of instances "
                  + Long.toUnsignedString(known.first())
                  + " to "
                  + Long.toUnsignedString(known.last())
                  + " are known from the validated certificates."));
    }
    syncingSpinner = false;
  }

  private void showDetails(KeyDetails details) {
    verdict.setText(details.verdict());
    verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.MUTED);
    verdict.getStyleClass().add(details.verdictStyle());
    summary.setText(details.summary());
    summary.setTooltip(details.powerExact().isEmpty() ? null : new Tooltip(details.powerExact()));
    cards.setVisible(details.inCommittee());
    cards.setManaged(details.inCommittee());
    hexText.setValue(details.hex(), "key (hex)");
    base64Text.setValue(details.base64(), "key (base64)");
    keyLength.setText(details.length());
    showChecks(details);
    coefficientDecimal.setValue(details.coefficientDecimal(), "BDN coefficient");
    coefficientHex.setValue(details.coefficientHex(), "BDN coefficient (hex)");
    coefficientNote.setText(details.coefficientNote());
    sharedSummary.setText(details.sharedSummary());
    sharedActors.getChildren().setAll(details.sharedWith().stream().map(this::actorLink).toList());
  }

  private void showChecks(KeyDetails details) {
    checksGrid.getChildren().clear();
    int row = 0;
    if (!details.checks().isEmpty()) {
      checksGrid.addRow(row++, header("Result"), header("Check"), header("Requires"));
    }
    for (CheckRow check : details.checks()) {
      Label outcome = new Label(check.outcome().text());
      outcome.setId("check-" + check.name().toLowerCase(Locale.ROOT).replace(' ', '-'));
      outcome.getStyleClass().add(check.outcome().style());
      outcome.setMinWidth(110);
      Label name = new Label(check.name());
      name.getStyleClass().add("keys-check-name");
      name.setMinWidth(Label.USE_PREF_SIZE);
      Label explanation = new Label(check.explanation());
      explanation.getStyleClass().add(Styles.MUTED);
      explanation.setWrapText(true);
      checksGrid.addRow(row++, outcome, name, explanation);
    }
    checkMessage.setText(details.checkMessage());
    checkMeaning.setText(details.checkMeaning());
  }

  private static Label header(String text) {
    Label label = new Label(text);
    label.getStyleClass().addAll(Styles.MUTED, "keys-column-header");
    return label;
  }

  private Hyperlink actorLink(ActorId actor) {
    Hyperlink link = new Hyperlink(actor.address());
    link.getStyleClass().add(Styles.MONOSPACE);
    link.setId("shared-" + actor.address());
    link.setOnAction(e -> model.select(actor));
    link.setTooltip(new Tooltip("Show " + actor.address() + " (right-click to copy)"));
    link.setContextMenu(
        new RowCopy<ActorId>(context.dialogs()::notice)
            .value("Copy actor", "actor", ActorId::address)
            .contextMenu(() -> actor));
    return link;
  }

  private void showHistory(KeyHistoryRows history) {
    historySummary.setText(history.summary());
    historyTable.getItems().setAll(history.rows());
    historyTable.setPrefHeight(HISTORY_ROW_HEIGHT * (history.rows().size() + 1.3));
    historyTable.setVisible(!history.rows().isEmpty());
    historyTable.setManaged(!history.rows().isEmpty());
  }

  @FXML
  private void onStartingTable() {
    model.showStartingTable();
  }

  @FXML
  private void onRetry() {
    model.retry();
  }

  @FXML
  private void onCopyHex() {
    hexText.copy();
  }

  @FXML
  private void onCopyBase64() {
    base64Text.copy();
  }
}
