package io.f3console.app.ui.doctor;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.EmptyState;
import io.f3console.app.ui.controls.NamedCids;
import io.f3console.app.ui.controls.ReportActions;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorMarkdown;
import io.f3console.core.bootstrap.DoctorOptions;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The bootstrap doctor: a node, the checklist as it runs, remedies, and re-run. */
public final class DoctorView {
  private final ConsoleContext context;
  private DoctorViewModel model;
  private final ReportActions report;
  private javafx.scene.control.Dialog<javafx.scene.control.ButtonType> logs;

  @FXML private TextField endpoint;
  @FXML private ComboBox<DoctorViewModel.NetworkChoice> network;
  @FXML private PasswordField token;
  @FXML private TextField miners;
  @FXML private Label verdict;
  @FXML private ListView<DoctorCheck> checks;
  @FXML private Button copyButton;
  @FXML private Button exportButton;

  public DoctorView(ConsoleContext context) {
    this.context = context;
    this.report =
        new ReportActions(context.dialogs(), context.runner(), "the diagnosis", "f3-doctor.md");
  }

  @FXML
  private void initialize() {
    model =
        new DoctorViewModel(
            context.workspace(),
            context.profiles(),
            List.copyOf(context.loader().networks()),
            context.runner(),
            context.history(),
            context.published(),
            DoctorOptions.defaults());
    endpoint.setText(model.suggestedEndpoint());
    network.setItems(model.networkChoices());
    network.valueProperty().bindBidirectional(model.networkProperty());
    verdict.textProperty().bind(model.verdictProperty());
    model.toneProperty().addListener((obs, old, tone) -> tone.applyTo(verdict));
    model.toneProperty().get().applyTo(verdict);
    checks.setItems(model.checks());
    checks.setCellFactory(list -> new CheckCell());
    checks.setPlaceholder(
        EmptyState.of(
            "The checks appear here"
                + " in order, each with its evidence and what to do, once a node's endpoint is given and"
                + " the checks run (Enter)."));
    copyButton.disableProperty().bind(model.reportProperty().isNull());
    exportButton.disableProperty().bind(model.reportProperty().isNull());
    // one check, with its evidence and remedy, by Ctrl+C or the context menu
    new RowCopy<DoctorCheck>(context.dialogs()::notice)
        .value("Copy this check as Markdown", "check", DoctorMarkdown::of)
        .install(checks);
  }

  @FXML
  private void onCopy() {
    report.copy(model::markdown);
  }

  @FXML
  private void onExport() {
    report.export(model::markdown, verdict.getScene().getWindow());
  }

  /** Opens the window that reads pasted log lines (a second click brings it to the front). */
  @FXML
  private void onPasteLogs() {
    if (logs != null && logs.isShowing()) {
      logs.getDialogPane().getScene().getWindow().requestFocus();
      return;
    }
    logs = LogPasteDialog.show(verdict.getScene().getWindow(), context.runner(), context.dialogs());
  }

  @FXML
  private void onRun() {
    model
        .run(endpoint.getText(), token.getText(), miners.getText())
        .ifPresent(context.dialogs()::notice);
  }

  /**
   * One check: icon, title and verdict word, the evidence, the consequences and the remedy as text
   * to select, and each CID they name as a value to copy with a click.
   */
  private final class CheckCell extends ListCell<DoctorCheck> {
    @Override
    protected void updateItem(DoctorCheck check, boolean empty) {
      super.updateItem(check, empty);
      if (empty || check == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label title =
          new Label(
              DoctorViewModel.icon(check.verdict())
                  + " "
                  + check.title()
                  + " — "
                  + check.verdict().name().toLowerCase());
      title.getStyleClass().addAll(Styles.BADGE, "doctor-check-title");
      DoctorViewModel.toneOf(check.verdict()).applyTo(title);
      VBox box = new VBox(4, title);
      for (String line : check.evidence()) {
        box.getChildren().add(fit(new SelectableText(line), 0, "doctor-evidence"));
      }
      if (!check.consequences().isEmpty()) {
        Label heading = new Label("Consequences of this failure:");
        heading.getStyleClass().add("doctor-consequences-heading");
        VBox consequences = new VBox(2, heading);
        for (String line : check.consequences()) {
          consequences
              .getChildren()
              .add(fit(new SelectableText("↳ " + line), 18, "doctor-consequence"));
        }
        consequences.setId("doctor-consequences-" + check.id());
        consequences.setPadding(new javafx.geometry.Insets(0, 0, 0, 18));
        box.getChildren().add(consequences);
      }
      check
          .remedy()
          .ifPresent(
              remedy ->
                  box.getChildren()
                      .add(fit(new SelectableText("→ " + remedy), 0, "doctor-remedy")));
      List<String> cids = DoctorViewModel.cidsOf(check);
      if (!cids.isEmpty()) {
        FlowPane values = new FlowPane(10, 2);
        values.setId("doctor-cids-" + check.id());
        NamedCids.show(values, cids, context.dialogs()::notice);
        box.getChildren().add(values);
      }
      box.setId("doctor-check-" + check.id());
      setGraphic(box);
      setText(null);
    }

    /**
     * Wraps {@code text} within the list's width (less {@code indent}), so that no line needs a
     * horizontal scroll, however narrow the window.
     */
    private SelectableText fit(SelectableText text, double indent, String styleClass) {
      text.getStyleClass().add(styleClass);
      if (getListView() != null) {
        text.prefWidthProperty().bind(getListView().widthProperty().subtract(40 + indent));
        text.maxWidthProperty().bind(text.prefWidthProperty());
      }
      return text;
    }
  }
}
