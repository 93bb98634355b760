package io.f3console.app.ui.certificates;

import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.bootstrap.LateStart;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Late start: from a power table the operator trusts (for example their own node's table for
 * instance N), find the first certificate that table validates and validate from there to the
 * newest certificate, as a node that starts late does. The view of a {@link LateStartViewModel},
 * which runs the core's {@link LateStart} for the network selected in the console and records each
 * run in the history.
 */
public final class LateStartDialog {
  private final ConsoleContext context;
  private final LateStartViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final TextField trusted = new TextField();
  private final TextField instance = new TextField();
  private final TextField certificates = new TextField();
  private final PasswordField token = new PasswordField();
  private final Label result = new Label();

  public LateStartDialog(ConsoleContext context) {
    this.context = context;
    this.model = new LateStartViewModel(context.workspace(), context.runner(), context.history());
    build();
  }

  private void build() {
    dialog.initOwner(context.window());
    dialog.setTitle("Late start");
    Label explanation =
        new Label(
            "Start from a power table you trust (a source string; with an"
                + " instance, that source's committee of the instance), find the first certificate it"
                + " validates, and validate from there to the newest certificate of the certificate"
                + " source. Network: "
                + model.network()
                + ".");
    explanation.setWrapText(true);
    explanation.setMaxWidth(600);
    trusted.setId("late-trusted");
    trusted.setPromptText("e.g. rpc:http://127.0.0.1:1234/rpc/v1 or file:table.json");
    trusted.textProperty().bindBidirectional(model.trustedProperty());
    instance.setId("late-instance");
    instance.setPromptText("instance (optional)");
    instance.textProperty().bindBidirectional(model.instanceProperty());
    certificates.setId("late-certificates");
    certificates.textProperty().bindBidirectional(model.certificatesProperty());
    token.setId("late-token");
    token.setPromptText("node token (optional, never stored)");
    token.textProperty().bindBidirectional(model.tokenProperty());
    result.setId("late-result");
    result.setWrapText(true);
    result.setMaxWidth(600);
    result.textProperty().bind(model.result().textProperty());
    model.result().toneProperty().addListener((obs, old, tone) -> tone.applyTo(result));
    Tone.MUTED.applyTo(result);
    Button run = new Button("Run");
    run.setId("late-run");
    run.setOnAction(e -> model.run());
    run.disableProperty().bind(model.canRunProperty().not());
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(12));
    trusted.setPrefColumnCount(36);
    grid.addRow(0, new Label("Trusted table"), trusted);
    grid.addRow(1, new Label("Instance"), instance);
    grid.addRow(2, new Label("Certificates"), certificates);
    grid.addRow(3, new Label("Node token"), token);
    grid.add(run, 1, 4);
    dialog.getDialogPane().setContent(new VBox(10, explanation, grid, result));
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
  }

  public void show() {
    dialog.show();
  }

  /** The dialog itself, for tests. */
  public Dialog<ButtonType> dialog() {
    return dialog;
  }
}
