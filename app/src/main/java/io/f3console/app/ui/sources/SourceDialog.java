package io.f3console.app.ui.sources;

import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.Tone;
import java.io.File;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Open a source by its string form, or connect to a node: the source string (or a node's URL and
 * token), a "Test" that looks at the source in the background, and "Open" that loads it. The view
 * of a {@link SourceDialogModel}. The token stays in the password field and the request; it is
 * never shown or recorded.
 */
public final class SourceDialog {
  private final ConsoleContext context;
  private final SourceDialogModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final TextField location = new TextField();
  private final PasswordField token = new PasswordField();
  private final Label result = new Label();
  private final boolean node;

  private SourceDialog(ConsoleContext context, boolean node) {
    this.context = context;
    this.node = node;
    this.model =
        new SourceDialogModel(
            node, context.runner(), context.profiles(), context.loader(), System.getenv());
    build();
  }

  /** The dialog for any source string (files, snapshots, CAR files, nodes, demos). */
  public static SourceDialog forSource(ConsoleContext context) {
    return new SourceDialog(context, false);
  }

  /** The dialog for a Lotus or Forest node. */
  public static SourceDialog forNode(ConsoleContext context) {
    return new SourceDialog(context, true);
  }

  private void build() {
    dialog.initOwner(context.window());
    dialog.setTitle(node ? "Connect to a node" : "Open a source");
    Label explanation =
        new Label(
            node
                ? "A Lotus or Forest node's JSON-RPC endpoint. The token (if the node needs one) is sent"
                    + " as a bearer header and never stored; left empty, the one FULLNODE_API_INFO"
                    + " gives for this node is used."
                : "A source string: file:PATH, f3snap:PATH, car:PATH, rpc:URL, demo:healthy, or a plain"
                    + " path (its kind is read from its content).");
    explanation.setWrapText(true);
    explanation.setMaxWidth(600);
    dialog.setHeaderText(null);
    location.setId(node ? "node-url" : "source-string");
    location.setPromptText(node ? SourceDialogModel.DEFAULT_NODE : "f3snap:/path/to/snapshot");
    location.textProperty().bindBidirectional(model.locationProperty());
    location.setPrefColumnCount(40);
    token.setId("node-token");
    token.setPromptText("token (optional)");
    token.textProperty().bindBidirectional(model.tokenProperty());
    result.setId("source-test-result");
    result.setWrapText(true);
    result.setMaxWidth(620);
    result.setMinHeight(Region.USE_PREF_SIZE);
    result.textProperty().bind(model.result().textProperty());
    model.result().toneProperty().addListener((obs, old, tone) -> tone.applyTo(result));
    Tone.MUTED.applyTo(result);
    Button test = new Button("Test");
    test.setId("source-test");
    test.setOnAction(e -> model.test());
    test.disableProperty().bind(model.canTestProperty().not());
    test.setMinWidth(Region.USE_PREF_SIZE);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(12));
    grid.setMaxWidth(680);
    grid.addRow(0, label(node ? "URL" : "Source"), row(location, node ? null : browse()));
    if (node) {
      grid.addRow(1, label("Token"), token);
    }
    int testRow = node ? 2 : 1;
    grid.add(test, 1, testRow);
    // the result on a row of its own, as wide as the dialog, so a long answer wraps whole
    grid.add(result, 1, testRow + 1);
    GridPane.setHgrow(location, Priority.ALWAYS);
    // the dialog grows with what the test says
    result
        .textProperty()
        .addListener(
            (obs, old, text) ->
                Platform.runLater(
                    () -> {
                      if (dialog.getDialogPane().getScene() != null
                          && dialog.getDialogPane().getScene().getWindow() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                      }
                    }));
    dialog.setResizable(true);
    dialog.getDialogPane().setContent(new VBox(10, explanation, grid));
    ButtonType open = new ButtonType(node ? "Connect" : "Open", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
    Node openButton = dialog.getDialogPane().lookupButton(open);
    openButton.setId("source-open");
    // a string that is not a source keeps the dialog open, saying why
    openButton.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          if (!model.canOpen()) {
            event.consume();
          }
        });
    dialog.setResultConverter(button -> button);
    dialog.setOnHidden(e -> openChosen());
  }

  private static HBox row(TextField field, Button extra) {
    HBox box = new HBox(6, field);
    HBox.setHgrow(field, Priority.ALWAYS);
    if (extra != null) {
      box.getChildren().add(extra);
    }
    return box;
  }

  private static Label label(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private Button browse() {
    Button browse = new Button("Browse…");
    browse.setMinWidth(Region.USE_PREF_SIZE);
    browse.setOnAction(
        e -> {
          File file =
              context
                  .dialogs()
                  .chooseToOpen(new FileChooser(), dialog.getDialogPane().getScene().getWindow());
          if (file != null) {
            location.setText(file.getAbsolutePath());
          }
        });
    return browse;
  }

  /** Shows the dialog; on Open, it loads the source into the workspace. */
  public void show() {
    dialog.show();
  }

  private void openChosen() {
    ButtonType answer = dialog.getResult();
    if (answer != null && answer.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
      model.open();
    }
  }

  /** The dialog itself, for tests that drive it without blocking. */
  public Dialog<ButtonType> dialog() {
    return dialog;
  }
}
