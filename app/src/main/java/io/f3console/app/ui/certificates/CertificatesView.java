package io.f3console.app.ui.certificates;

import io.f3console.app.ui.PageFocus;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.EmptyState;
import io.f3console.app.ui.controls.ReportActions;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.controls.Tone;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The certificates and the validation stepper: the loaded certificates with their status on the
 * left; on the right the selected certificate, go-f3's stages as a pipeline, and the stage at the
 * cursor with its inputs, outputs and verdict. While the view is showing, the arrow keys step
 * (left, right) and change certificate at the same stage (up, down); Home and End jump to the first
 * and last stage, wherever the focus is except in a text field, an open drop-down, or another list
 * or table (which keep their own up and down).
 */
public final class CertificatesView {
  private final ConsoleContext context;
  private final EventHandler<KeyEvent> keys = this::onKey;
  private CertificatesViewModel model;
  private StageDetailPane detailPane;
  private boolean syncingList;
  private ReportActions report;

  @FXML private VBox root;
  @FXML private Label summary;
  @FXML private Label summaryDetail;
  @FXML private Label meaning;
  @FXML private Button switchButton;
  @FXML private CopyableText nextTableCid;
  @FXML private Button firstFailureButton;
  @FXML private Button copyReportButton;
  @FXML private Button exportReportButton;
  @FXML private ListView<CertificateRow> certificateList;
  @FXML private VBox headerCard;
  @FXML private Label headerTitle;
  @FXML private Label headerStatus;
  @FXML private Label headerEpochs;
  @FXML private Label headerTipsets;
  @FXML private Label headerSigners;
  @FXML private CopyableText headerCid;
  @FXML private Label headerNote;
  @FXML private StagePipeline pipeline;
  @FXML private ScrollPane pipelineScroll;
  @FXML private FlowPane stepperControls;
  @FXML private Button previousButton;
  @FXML private Button nextButton;
  @FXML private Button runToEndButton;
  @FXML private Button runToFailureButton;
  @FXML private ScrollPane detailScroll;

  public CertificatesView(ConsoleContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    model = new CertificatesViewModel(context.workspace(), context.dialogs()::notice);
    detailPane = new StageDetailPane(context.dialogs()::notice);
    detailScroll.setContent(detailPane);
    nextTableCid.setNotice(context.dialogs()::notice);
    headerCid.setNotice(context.dialogs()::notice);
    report =
        new ReportActions(
            context.dialogs(), context.runner(), "the validation report", "f3-validation.md");
    copyReportButton.disableProperty().bind(model.hasReport().not());
    exportReportButton.disableProperty().bind(model.hasReport().not());
    bindSummary();
    bindList();
    bindStepper();
    PageFocus.setTarget(root, certificateList);
    root.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
              }
              if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                Platform.runLater(this::scrollToSelected);
              }
            });
  }

  private void bindSummary() {
    summary.textProperty().bind(model.summary());
    summaryDetail.textProperty().bind(model.summaryDetail());
    model.summaryTone().addListener((obs, old, tone) -> showTone(summary, tone));
    showTone(summary, model.summaryTone().get());
    model.nextTableCid().addListener((obs, old, cid) -> showNextTableCid(cid));
    showNextTableCid(model.nextTableCid().get());
    meaning.textProperty().bind(model.meaning());
    meaning.visibleProperty().bind(model.meaning().isNotEmpty());
    meaning.managedProperty().bind(meaning.visibleProperty());
    switchButton
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.identification().get() == null
                        ? ""
                        : "Switch to " + model.identification().get().network(),
                model.identification()));
    switchButton.visibleProperty().bind(model.identification().isNotNull());
    switchButton.managedProperty().bind(switchButton.visibleProperty());
    firstFailureButton.visibleProperty().bind(model.hasFailure());
    firstFailureButton.managedProperty().bind(firstFailureButton.visibleProperty());
  }

  @FXML
  private void onSwitchNetwork() {
    var finding = model.identification().get();
    if (finding != null) {
      context.loader().switchTo(finding.network());
    }
  }

  private void bindList() {
    certificateList.setItems(model.rows());
    certificateList.setCellFactory(list -> new CertificateCell());
    certificateList.setPlaceholder(
        EmptyState.of(
            "No certificates"
                + " open. Open a certificates file or an F3 snapshot (Ctrl+O), connect to a node"
                + " (Ctrl+K), or open a demo network from the Overview."));
    // the selected certificate's instance or committed table, by its index in the chain
    RowCopy<Integer> copy =
        new RowCopy<Integer>(context.dialogs()::notice)
            .value("Copy instance", "instance", model::instanceText)
            .value("Copy next power-table CID", "CID", model::committedTableCid);
    Supplier<Integer> selected = () -> certificateList.getSelectionModel().getSelectedIndex();
    certificateList.setContextMenu(copy.contextMenu(selected));
    copy.copyOnShortcut(certificateList, selected);
    certificateList
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (obs, old, index) -> {
              if (!syncingList && index.intValue() >= 0) {
                model.moveTo(index.intValue());
              }
            });
    model.selectedIndex().addListener((obs, old, index) -> syncList(index.intValue()));
    model
        .rows()
        .addListener(
            (ListChangeListener<CertificateRow>) change -> syncList(model.selectedIndex().get()));
    syncList(model.selectedIndex().get());
  }

  private void bindStepper() {
    pipeline.setOnSelect(model::selectStage);
    model
        .pipeline()
        .addListener((ListChangeListener<StageNode>) change -> pipeline.show(model.pipeline()));
    pipeline.show(model.pipeline());
    model.header().addListener((obs, old, header) -> showHeader(header));
    showHeader(model.header().get());
    model.detail().addListener((obs, old, detail) -> showDetail(detail));
    showDetail(model.detail().get());
    previousButton.disableProperty().bind(model.canStepBack().not());
    nextButton.disableProperty().bind(model.canStepForward().not());
    pipeline.visibleProperty().bind(model.header().isNotNull());
    stepperControls.visibleProperty().bind(model.header().isNotNull());
    // as tall as the strip is once its titles wrap (a scroll pane asks only for one line)
    pipelineScroll.prefViewportHeightProperty().bind(pipeline.heightProperty());
    runToEndButton.disableProperty().bind(model.header().isNull());
    runToFailureButton.disableProperty().bind(model.header().isNull());
  }

  private void syncList(int index) {
    syncingList = true;
    try {
      if (index < 0) {
        certificateList.getSelectionModel().clearSelection();
      } else if (certificateList.getSelectionModel().getSelectedIndex() != index) {
        certificateList.getSelectionModel().select(index);
        certificateList.scrollTo(Math.max(0, index - 3));
      }
    } finally {
      syncingList = false;
    }
  }

  private void scrollToSelected() {
    if (model.selectedIndex().get() >= 0) {
      certificateList.scrollTo(Math.max(0, model.selectedIndex().get() - 3));
    }
  }

  private void showHeader(CertificateHeader header) {
    headerCard.setVisible(header != null);
    headerCard.setManaged(header != null);
    if (header == null) {
      return;
    }
    headerTitle.setText(header.title());
    headerStatus.setText(header.statusText());
    showTone(headerStatus, header.tone());
    headerEpochs.setText(header.epochs());
    headerTipsets.setText(header.tipsets());
    headerSigners.setText(header.signers());
    headerCid.setValue(
        header.nextPowerTableCid().isEmpty() ? "undefined" : header.nextPowerTableCid(), "CID");
    headerNote.setText(header.note());
    headerNote.setMinHeight(Label.USE_PREF_SIZE);
  }

  private void showDetail(StageDetail detail) {
    detailPane.show(detail);
    detailScroll.setVvalue(0);
  }

  private void showNextTableCid(String cid) {
    nextTableCid.setValue(cid, "CID");
    nextTableCid.setVisible(!cid.isEmpty());
    nextTableCid.setManaged(!cid.isEmpty());
  }

  private static void showTone(Label label, Tone tone) {
    label.getStyleClass().removeAll(Tone.styleClasses());
    label.getStyleClass().add(tone.styleClass());
  }

  private void onKey(KeyEvent event) {
    if (event.isShortcutDown()
        || event.isControlDown()
        || event.isAltDown()
        || event.isMetaDown()
        || event.isShiftDown()
        || !acceptsArrows(event)) {
      return;
    }
    switch (event.getCode()) {
      case LEFT, KP_LEFT -> model.previousStage();
      case RIGHT, KP_RIGHT -> model.nextStage();
      case HOME -> model.firstStage();
      case END -> model.lastStage();
      case UP, KP_UP, DOWN, KP_DOWN -> {
        if (inOtherList(event)) {
          return;
        }
        if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.KP_UP) {
          model.previousCertificate();
        } else {
          model.nextCertificate();
        }
      }
      default -> {
        return;
      }
    }
    event.consume();
  }

  /** Whether the key is the stepper's: the focus is not typing or choosing from a drop-down. */
  private static boolean acceptsArrows(KeyEvent event) {
    Node node = event.getTarget() instanceof Node target ? target : null;
    return !(node instanceof TextInputControl)
        && !(node instanceof ComboBoxBase<?> box && box.isShowing());
  }

  /**
   * Whether a key goes to a list or table other than the certificate list (the navigation, a signer
   * table), which moves its own selection with Up and Down.
   */
  private boolean inOtherList(KeyEvent event) {
    Node node = event.getTarget() instanceof Node target ? target : null;
    while (node != null) {
      if (node == certificateList) {
        return false;
      }
      if (node instanceof ListView<?> || node instanceof TableView<?>) {
        return true;
      }
      node = node.getParent();
    }
    return false;
  }

  @FXML
  private void onFirstFailure() {
    model.runToFirstFailure();
  }

  @FXML
  private void onPreviousStage() {
    model.previousStage();
  }

  @FXML
  private void onNextStage() {
    model.nextStage();
  }

  @FXML
  private void onRunToEnd() {
    model.runToEnd();
  }

  @FXML
  private void onRunToFailure() {
    model.runToFirstFailure();
  }

  @FXML
  private void onCopyReport() {
    report.copy(model::markdown);
  }

  @FXML
  private void onExportReport() {
    report.export(model::markdown, root.getScene().getWindow());
  }

  @FXML
  private void onLateStart() {
    new LateStartDialog(context).show();
  }
}
