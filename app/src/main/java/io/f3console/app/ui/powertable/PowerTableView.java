package io.f3console.app.ui.powertable;

import io.f3console.app.ui.KeyboardShortcuts;
import io.f3console.app.ui.PageFocus;
import io.f3console.app.ui.TableKeys;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.ReportActions;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerTableDiff;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The power-table view: which table, its CID and trust first; then the summary, the entries
 * (sortable, filterable) beside the distribution chart; or, in compare mode, what differs between
 * two tables. State and formatting live in {@link PowerTableViewModel}.
 */
public final class PowerTableView {
  private static final KeyCombination FIND = KeyboardShortcuts.FIND;
  private static final String NO_TABLE =
      "No power table is open. Open a power-table file"
          + " (File ▸ Open…, or drop it on the window), or a demo network from the File menu.";

  private final ConsoleContext context;
  private final Runnable focusFilter = this::focusFilter;
  private final RowCopy<EntryRow> entryCopy;
  private final RowCopy<ChangeRow> changeCopy;
  private final ReportActions comparisonReport;
  private PowerTableViewModel model;

  @FXML private VBox root;
  @FXML private Label heading;
  @FXML private Label cidCaption;
  @FXML private CopyableText cidText;
  @FXML private Button copyCidButton;
  @FXML private TrustBadge trustBadge;
  @FXML private SelectableText explanation;
  @FXML private Label choiceLabel;
  @FXML private ComboBox<TableChoice> tableChoice;
  @FXML private ToggleButton compareToggle;
  @FXML private SummaryCards summaryCards;
  @FXML private SplitPane mainSplit;
  @FXML private TextField filterField;
  @FXML private Label filterCount;
  @FXML private Button workerKeyButton;
  @FXML private TableView<EntryRow> entryTable;
  @FXML private TableColumn<EntryRow, Integer> rankColumn;
  @FXML private TableColumn<EntryRow, ActorId> actorColumn;
  @FXML private TableColumn<EntryRow, StoragePower> powerColumn;
  @FXML private TableColumn<EntryRow, Double> shareColumn;
  @FXML private TableColumn<EntryRow, Long> scaledColumn;
  @FXML private TableColumn<EntryRow, Double> cumulativeColumn;
  @FXML private TableColumn<EntryRow, PubKey> keyColumn;
  @FXML private TableColumn<EntryRow, EntryRow> keyStatusColumn;
  @FXML private DistributionChart chart;
  @FXML private ToggleButton chartToggle;
  @FXML private VBox comparePane;
  @FXML private ComboBox<TableChoice> compareA;
  @FXML private ComboBox<TableChoice> compareB;
  @FXML private HBox compareCids;
  @FXML private CopyableText compareCidA;
  @FXML private CopyableText compareCidB;
  @FXML private Label compareVerdict;
  @FXML private Button copyMarkdownButton;
  @FXML private Button exportButton;
  @FXML private ChangeKindFilter kindFilter;
  @FXML private Label changeCount;
  @FXML private TableView<ChangeRow> changeTable;
  @FXML private TableColumn<ChangeRow, ActorId> changeActorColumn;
  @FXML private TableColumn<ChangeRow, PowerTableDiff.Kind> changeKindColumn;
  @FXML private TableColumn<ChangeRow, StoragePower> powerBeforeColumn;
  @FXML private TableColumn<ChangeRow, StoragePower> powerAfterColumn;
  @FXML private TableColumn<ChangeRow, StoragePower> deltaColumn;
  @FXML private TableColumn<ChangeRow, PubKey> keyBeforeColumn;
  @FXML private TableColumn<ChangeRow, PubKey> keyAfterColumn;
  @FXML private VBox computingPane;
  @FXML private Label computingLabel;
  @FXML private VBox messagePane;
  @FXML private Label messageLabel;
  @FXML private Button recomputeButton;

  public PowerTableView(ConsoleContext context) {
    this.context = context;
    this.entryCopy =
        new RowCopy<EntryRow>(context.dialogs()::notice)
            .value("Copy actor", "actor", row -> row.actor().address())
            .value("Copy key (hex)", "key", row -> row.key().toHex())
            .value("Copy key (base64, as in Lotus JSON)", "key", row -> row.key().toBase64())
            .row(EntryRow::asText);
    this.changeCopy =
        new RowCopy<ChangeRow>(context.dialogs()::notice)
            .value("Copy actor", "actor", row -> row.actor().address())
            .value(
                "Copy key in A (hex)", "key", row -> row.keyBefore().map(PubKey::toHex).orElse(""))
            .value(
                "Copy key in B (hex)", "key", row -> row.keyAfter().map(PubKey::toHex).orElse(""))
            .row(ChangeRow::asText);
    this.comparisonReport =
        new ReportActions(
            context.dialogs(), context.runner(), "the comparison", "power-table-comparison.md");
  }

  @FXML
  private void initialize() {
    model =
        new PowerTableViewModel(
            context.workspace(),
            context.runner(),
            context.history(),
            context::navigate,
            context.dialogs()::notice);
    bindHeader();
    bindEntries();
    bindCompare();
    bindPlaceholders();
    bindChartToggle();
    root.sceneProperty().addListener((obs, old, scene) -> moveShortcut(old, scene));
    moveShortcut(null, root.getScene());
  }

  /** The charts can be put away, leaving the whole width to the table (a narrow window). */
  private void bindChartToggle() {
    chartToggle.setTooltip(
        new javafx.scene.control.Tooltip("Show or hide the charts beside the table"));
    chartToggle
        .selectedProperty()
        .addListener(
            (obs, old, shown) -> {
              if (shown && !mainSplit.getItems().contains(chart)) {
                mainSplit.getItems().add(chart);
                mainSplit.setDividerPositions(0.66);
              } else if (!shown) {
                mainSplit.getItems().remove(chart);
              }
            });
  }

  private void bindHeader() {
    heading.textProperty().bind(model.headingProperty());
    cidText.setNotice(context.dialogs()::notice);
    model.cidProperty().addListener((obs, old, cid) -> cidText.setValue(cid, "CID"));
    cidText.setValue(model.cidProperty().get(), "CID");
    BooleanBinding hasCid = model.cidProperty().isNotEmpty();
    for (Node node : new Node[] {cidCaption, cidText, copyCidButton, trustBadge}) {
      node.visibleProperty().bind(hasCid);
      node.managedProperty().bind(hasCid);
    }
    model.trustProperty().addListener((obs, old, trust) -> trustBadge.show(trust));
    trustBadge.show(model.trustProperty().get());
    explanation.textProperty().bind(model.explanationProperty());
    tableChoice.setItems(model.choices());
    tableChoice.valueProperty().bindBidirectional(model.selectedChoiceProperty());
    BooleanBinding single = compareToggle.selectedProperty().not();
    BooleanBinding choosing = Bindings.isNotEmpty(model.choices()).and(single);
    for (Node node : new Node[] {choiceLabel, tableChoice}) {
      node.visibleProperty().bind(choosing);
      node.managedProperty().bind(choosing);
    }
    summaryCards.visibleProperty().bind(single);
    summaryCards.managedProperty().bind(single);
    model.cardsProperty().addListener((obs, old, cards) -> summaryCards.show(cards));
    summaryCards.show(model.cardsProperty().get());
    model.analysisProperty().addListener((obs, old, analysis) -> showAnalysis());
  }

  private void bindEntries() {
    EntryColumns.rank(rankColumn);
    EntryColumns.actor(actorColumn);
    EntryColumns.power(powerColumn);
    EntryColumns.share(shareColumn);
    EntryColumns.scaled(scaledColumn);
    EntryColumns.cumulative(cumulativeColumn);
    EntryColumns.key(keyColumn);
    EntryColumns.keyStatus(keyStatusColumn);
    entryTable.setItems(model.sortedRows());
    model.sortedRows().comparatorProperty().bind(entryTable.comparatorProperty());
    entryTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    filterField.textProperty().bindBidirectional(model.filterTextProperty());
    filterField.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            filterField.clear();
          }
        });
    filterCount.textProperty().bind(model.filterCount());
    entryTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, row) -> model.select(row));
    workerKeyButton
        .disableProperty()
        .bind(entryTable.getSelectionModel().selectedItemProperty().isNull());
    entryTable.setRowFactory(table -> entryRow());
    entryCopy.install(
        entryTable,
        row -> {
          MenuItem workerKey = new MenuItem("Worker key ▸");
          workerKey.setOnAction(e -> model.showWorkerKey(row.getItem()));
          return List.of(workerKey);
        });
    entryTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            TableKeys.selectFocusedRow(entryTable);
            model.showWorkerKey(entryTable.getSelectionModel().getSelectedItem());
            e.consume();
          }
        });
    PageFocus.setTarget(root, entryTable);
    mainSplit
        .visibleProperty()
        .addListener(
            (obs, old, shown) -> {
              if (shown) {
                PageFocus.targetShown(root);
              }
            });
    context.workspace().selectedActorProperty().addListener((obs, old, actor) -> selectActorRow());
  }

  private TableRow<EntryRow> entryRow() {
    TableRow<EntryRow> row = new TableRow<>();
    row.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
            model.showWorkerKey(row.getItem());
          }
        });
    return row;
  }

  private void bindCompare() {
    CompareViewModel compare = model.compare();
    compareToggle.selectedProperty().bindBidirectional(compare.activeProperty());
    compareA.setItems(compare.choices());
    compareB.setItems(compare.choices());
    compareA.valueProperty().bindBidirectional(compare.tableAProperty());
    compareB.valueProperty().bindBidirectional(compare.tableBProperty());
    compareVerdict.textProperty().bind(compare.verdictProperty());
    kindFilter.bind(compare.kindFilterProperty());
    compare.resultProperty().addListener((obs, old, result) -> showCompared(result));
    showCompared(compare.resultProperty().get());
    compareCidA.setNotice(context.dialogs()::notice);
    compareCidB.setNotice(context.dialogs()::notice);
    changeCount.textProperty().bind(compare.changeCount());
    ChangeColumns.actor(changeActorColumn);
    ChangeColumns.kind(changeKindColumn);
    ChangeColumns.powerBefore(powerBeforeColumn);
    ChangeColumns.powerAfter(powerAfterColumn);
    ChangeColumns.delta(deltaColumn);
    ChangeColumns.keyBefore(keyBeforeColumn);
    ChangeColumns.keyAfter(keyAfterColumn);
    changeTable.setItems(compare.sortedChanges());
    changeCopy.install(changeTable);
    BooleanBinding noResult = compare.resultProperty().isNull();
    copyMarkdownButton.disableProperty().bind(noResult);
    exportButton.disableProperty().bind(noResult);
    compare.sortedChanges().comparatorProperty().bind(changeTable.comparatorProperty());
    changeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    changeTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, change) -> {
              if (change != null) {
                context.workspace().selectedActorProperty().set(change.actor());
              }
            });
  }

  /** The counts and the two tables' CIDs of a comparison; null shows none. */
  private void showCompared(CompareResult result) {
    kindFilter.show(result);
    compareCidA.setValue(result == null ? "" : result.a().table().cid().toString(), "CID of A");
    compareCidB.setValue(result == null ? "" : result.b().table().cid().toString(), "CID of B");
    compareCids.setVisible(result != null);
    compareCids.setManaged(result != null);
  }

  private void bindPlaceholders() {
    model.statusProperty().addListener((obs, old, status) -> updatePlaceholders());
    model.compare().statusProperty().addListener((obs, old, status) -> updatePlaceholders());
    model.compare().verdictProperty().addListener((obs, old, text) -> updatePlaceholders());
    compareToggle.selectedProperty().addListener((obs, old, on) -> updatePlaceholders());
    updatePlaceholders();
  }

  /** Shows the content, or the computing indicator, or a message in its place. */
  private void updatePlaceholders() {
    boolean comparing = compareToggle.isSelected();
    String message = null;
    boolean computing = false;
    boolean retry = false;
    PowerTableViewModel.Status status = model.statusProperty().get();
    if (status == PowerTableViewModel.Status.EMPTY) {
      message = NO_TABLE;
    } else if (comparing) {
      switch (model.compare().statusProperty().get()) {
        case EMPTY, NO_CHAIN -> message = model.compare().verdictProperty().get();
        case COMPUTING -> computing = true;
        case CANCELLED, FAILED -> {
          message = model.compare().verdictProperty().get();
          retry = true;
        }
        case READY -> {}
      }
    } else {
      switch (status) {
        case COMPUTING -> computing = true;
        case CANCELLED -> {
          message = "The analysis of this table was cancelled.";
          retry = true;
        }
        case FAILED -> {
          message = "The analysis of this table failed.";
          retry = true;
        }
        default -> {}
      }
    }
    boolean content = message == null && !computing;
    computingLabel.setText(comparing ? "Comparing…" : "Computing…");
    computingPane.setVisible(computing);
    messagePane.setVisible(message != null);
    messageLabel.setText(message == null ? "" : message);
    recomputeButton.setVisible(retry);
    recomputeButton.setManaged(retry);
    mainSplit.setVisible(content && !comparing);
    comparePane.setVisible(content && comparing);
    compareToggle.setDisable(status == PowerTableViewModel.Status.EMPTY);
  }

  private void showAnalysis() {
    TableAnalysis analysis = model.analysisProperty().get();
    chart.show(analysis == null ? null : analysis.distribution());
    if (analysis != null) {
      selectActorRow();
    }
  }

  /**
   * Selects the row of the participant selected elsewhere in the console, if it is on show;
   * otherwise no row stays highlighted.
   */
  private void selectActorRow() {
    java.util.Optional<EntryRow> shown =
        model.rowOfSelectedActor().filter(row -> entryTable.getItems().contains(row));
    if (shown.isEmpty()) {
      entryTable.getSelectionModel().clearSelection();
    } else if (entryTable.getSelectionModel().getSelectedItem() != shown.get()) {
      entryTable.getSelectionModel().select(shown.get());
      entryTable.scrollTo(shown.get());
    }
  }

  private void moveShortcut(Scene from, Scene to) {
    if (from != null) {
      from.getAccelerators().remove(FIND, focusFilter);
    }
    if (to != null) {
      to.getAccelerators().put(FIND, focusFilter);
    }
  }

  private void focusFilter() {
    if (!compareToggle.isSelected() && mainSplit.isVisible()) {
      filterField.requestFocus();
      filterField.selectAll();
    }
  }

  @FXML
  private void onCopyMarkdown() {
    comparisonReport.copy(model.compare()::markdown);
  }

  @FXML
  private void onExport() {
    comparisonReport.export(model.compare()::markdown, root.getScene().getWindow());
  }

  @FXML
  private void onCopyCid() {
    cidText.copy();
  }

  @FXML
  private void onWorkerKey() {
    model.showWorkerKey(entryTable.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onSwap() {
    model.compare().swap();
  }

  @FXML
  private void onRecompute() {
    if (compareToggle.isSelected()) {
      model.compare().recompute();
    } else {
      model.recompute();
    }
  }
}
