package io.f3console.app.ui.release;

import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.EmptyState;
import io.f3console.app.ui.controls.NamedCids;
import io.f3console.app.ui.controls.ReportActions;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.bootstrap.SourceEvidence;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** Release check: sources, evidence per source, the verdict, and the report to attach. */
public final class ReleaseCheckView {
  private final ConsoleContext context;
  private ReleaseCheckViewModel model;
  private final ReportActions reportActions;

  @FXML private TextField sourceField;
  @FXML private TextField candidateField;
  @FXML private PasswordField tokenField;
  @FXML private ListView<String> sourceList;
  @FXML private Label verdict;
  @FXML private TableView<SourceEvidence> evidence;
  @FXML private TableColumn<SourceEvidence, String> sourceColumn;
  @FXML private TableColumn<SourceEvidence, String> cidColumn;
  @FXML private TableColumn<SourceEvidence, String> entriesColumn;
  @FXML private TableColumn<SourceEvidence, String> zeroColumn;
  @FXML private TextArea report;
  @FXML private Button exportButton;
  @FXML private Button copyButton;
  @FXML private FlowPane verdictCids;

  public ReleaseCheckView(ConsoleContext context) {
    this.context = context;
    this.reportActions =
        new ReportActions(
            context.dialogs(), context.runner(), "the release check report", "release-check.md");
  }

  @FXML
  private void initialize() {
    model = new ReleaseCheckViewModel(context.workspace(), context.runner(), context.history());
    sourceList.setItems(model.sources());
    verdict.textProperty().bind(model.verdictProperty());
    model.toneProperty().addListener((obs, old, tone) -> tone.applyTo(verdict));
    model.toneProperty().get().applyTo(verdict);
    report.textProperty().bind(model.reportProperty());
    exportButton.disableProperty().bind(model.reportProperty().isEmpty());
    copyButton.disableProperty().bind(model.reportProperty().isEmpty());
    sourceColumn.setCellValueFactory(c -> text(c.getValue().source()));
    cidColumn.setCellValueFactory(c -> text(ReleaseCheckViewModel.evidenceCid(c.getValue())));
    cidColumn.setCellFactory(column -> new CidCell());
    entriesColumn.setCellValueFactory(
        c -> text(c.getValue().entries().map(String::valueOf).orElse("—")));
    zeroColumn.setCellValueFactory(
        c -> text(ReleaseReport.zeroSummary(c.getValue().certificateZero())));
    model.resultProperty().addListener((obs, old, result) -> showEvidence(result));
    model.verdictCids().addListener((ListChangeListener<String>) change -> showVerdictCids());
    showVerdictCids();
    copyRows();
    // Every column stays on screen in a narrow window: they share the width, none below its
    // minimum, and the last takes what is left.
    evidence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    sourceColumn.setMinWidth(160);
    cidColumn.setMinWidth(200);
    entriesColumn.setMinWidth(60);
    zeroColumn.setMinWidth(160);
    evidence.setPlaceholder(
        EmptyState.of(
            "Each source's initial table CID, its entries and what"
                + " certificate 0 says appear here once the check has run."));
    sourceList.setPlaceholder(
        EmptyState.of(
            "No sources yet. Add two or more independent ones"
                + " above (a file, an F3 snapshot, a CAR, a node as rpc:URL), or what is open."));
  }

  /** The CIDs the verdict names, each a value to copy with a click; hidden when none. */
  private void showVerdictCids() {
    NamedCids.show(verdictCids, model.verdictCids(), context.dialogs()::notice);
  }

  /** A row's CID, source or whole line from its context menu; Ctrl+C copies its line. */
  private void copyRows() {
    new RowCopy<SourceEvidence>(context.dialogs()::notice)
        .value(
            "Copy initial table CID", "CID", row -> row.tableCid().map(Object::toString).orElse(""))
        .value("Copy source", "source", SourceEvidence::source)
        .row(ReleaseCheckViewModel::evidenceLine)
        .install(evidence);
  }

  /** A source's table CID, a value to copy with a click. */
  private final class CidCell extends TableCell<SourceEvidence, String> {
    private final CopyableText value = new CopyableText();

    CidCell() {
      value.setNotice(context.dialogs()::notice);
    }

    @Override
    protected void updateItem(String cid, boolean empty) {
      super.updateItem(cid, empty);
      if (empty || cid == null || cid.startsWith("—")) {
        setGraphic(null);
        setText(empty ? null : cid);
      } else {
        value.setValue(cid, "CID");
        setGraphic(value);
        setText(null);
      }
    }
  }

  private void showEvidence(ReleaseCheckResult result) {
    evidence.getItems().setAll(result == null ? java.util.List.of() : result.sources());
  }

  private static ReadOnlyStringWrapper text(String value) {
    return new ReadOnlyStringWrapper(value);
  }

  @FXML
  private void onAdd() {
    model.add(sourceField.getText()).ifPresentOrElse(this::problem, sourceField::clear);
  }

  @FXML
  private void onAddOpen() {
    model.addOpenSources();
  }

  @FXML
  private void onRemove() {
    model.sources().removeAll(sourceList.getSelectionModel().getSelectedItems());
  }

  @FXML
  private void onRun() {
    model.run(candidateField.getText(), tokenField.getText()).ifPresent(this::problem);
  }

  @FXML
  private void onExport() {
    reportActions.export(model.reportProperty()::get, verdict.getScene().getWindow());
  }

  @FXML
  private void onCopy() {
    reportActions.copy(model.reportProperty()::get);
  }

  private void problem(String message) {
    context.dialogs().notice(message);
  }
}
