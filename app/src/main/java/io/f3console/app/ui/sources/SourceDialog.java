package io.f3console.app.ui.sources;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.ConsoleContext;
import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Styles;
import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
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
import javafx.stage.FileChooser;

/**
 * Open a source by its string form, or connect to a node: the source string (or a node's URL
 * and token), a "Test" that looks at the source in the background, and "Open" that loads it.
 * The token stays in the password field and the request; it is never shown or recorded.
 */
public final class SourceDialog {
  private final ConsoleContext context;
  private final NetworkProfiles profiles;
  private final BackgroundLane probe;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final TextField location = new TextField();
  private final PasswordField token = new PasswordField();
  private final Label result = new Label();
  private final boolean node;

  private SourceDialog(ConsoleContext context, boolean node) {
    this.context = context;
    this.node = node;
    this.profiles = NetworkProfiles.builtIn();
    this.probe = new BackgroundLane(context.runner(), "source-test");
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
    Label explanation = new Label(node
        ? "A Lotus or Forest node's JSON-RPC endpoint. The token (if the node needs one) is sent"
            + " as a bearer header and never stored; left empty, the one FULLNODE_API_INFO"
            + " gives for this node is used."
        : "A source string: file:PATH, f3snap:PATH, car:PATH, rpc:URL, demo:healthy, or a plain"
            + " path (its kind is read from its content).");
    explanation.setWrapText(true);
    explanation.setMaxWidth(600);
    dialog.setHeaderText(null);
    location.setId(node ? "node-url" : "source-string");
    location.setPromptText(node ? "http://127.0.0.1:1234/rpc/v1" : "f3snap:/path/to/snapshot");
    location.setText(node ? environmentNode().map(info -> info.endpoint().toString())
        .orElse("http://127.0.0.1:1234/rpc/v1") : "");
    location.setPrefColumnCount(40);
    token.setId("node-token");
    token.setPromptText("token (optional)");
    result.setId("source-test-result");
    result.setWrapText(true);
    result.setMaxWidth(620);
    result.setMinHeight(Region.USE_PREF_SIZE);
    Button test = new Button("Test");
    test.setId("source-test");
    test.setOnAction(e -> test());
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
    result.textProperty().addListener((obs, old, text) -> javafx.application.Platform.runLater(
        () -> {
          if (dialog.getDialogPane().getScene() != null
              && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
          }
        }));
    dialog.setResizable(true);
    dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, explanation, grid));
    ButtonType open = new ButtonType(node ? "Connect" : "Open", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(open).setId("source-open");
    dialog.setResultConverter(button -> button);
    dialog.setOnHidden(e -> openChosen());
    probe.stateProperty().addListener((obs, old, state) -> {
      if (state == BackgroundLane.State.FAILED) {
        show("✘ " + context.dialogs().lastErrorProperty().get(), Styles.DANGER);
      } else if (state == BackgroundLane.State.CANCELLED) {
        show("Cancelled.", Styles.MUTED);
      }
    });
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
    browse.setOnAction(e -> {
      File file = context.dialogs().chooseToOpen(new FileChooser(),
          dialog.getDialogPane().getScene().getWindow());
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
      spec().ifPresent(this::open);
    }
  }

  /**
   * Opens the source. A file (a {@code file:} string or a plain path) opens as files do, so
   * that a power table opened while certificates are open asks what to do with them.
   */
  private void open(SourceSpec spec) {
    if (spec.kind() == SourceKind.FILE) {
      context.loader().openFiles(List.of(spec.path()));
    } else {
      context.loader().openSource(spec, options(), Optional.empty());
    }
  }

  /** The dialog itself, for tests that drive it without blocking. */
  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  private void test() {
    Optional<SourceSpec> spec = spec();
    if (spec.isEmpty()) {
      return;
    }
    show("Looking at " + spec.get() + "…", Styles.MUTED);
    SourceOptions options = options();
    probe.submit("Testing " + spec.get(), progress -> SourceProbe.of(spec.get(), options,
        profiles), found -> show(found.describe(), Styles.SUCCESS));
  }

  private Optional<SourceSpec> spec() {
    try {
      SourceSpec spec = SourceSpec.parse(location.getText());
      if (node && spec.kind() != SourceKind.RPC) {
        show("✘ A node's URL starts with http:// or https://.", Styles.DANGER);
        return Optional.empty();
      }
      return Optional.of(spec);
    } catch (F3Exception e) {
      show("✘ " + DialogService.plainMessage(e), Styles.DANGER);
      return Optional.empty();
    }
  }

  /**
   * The token typed, else the one {@code FULLNODE_API_INFO} gives for the same endpoint (never
   * for another node).
   */
  private SourceOptions options() {
    SourceOptions options = SourceOptions.defaults();
    if (!token.getText().isBlank()) {
      return options.withToken(token.getText().strip());
    }
    Optional<String> fromEnvironment = environmentNode().filter(info -> {
      try {
        return info.pointsTo(java.net.URI.create(location.getText().strip()));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }).flatMap(ApiInfo::token);
    return fromEnvironment.map(options::withToken).orElse(options);
  }

  /** The node {@code FULLNODE_API_INFO} names, if it is set and well formed. */
  private static Optional<ApiInfo> environmentNode() {
    try {
      return ApiInfo.fromEnvironment(System.getenv());
    } catch (F3Exception e) {
      return Optional.empty();
    }
  }

  private void show(String text, String style) {
    result.setText(text);
    result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.MUTED);
    result.getStyleClass().add(style);
  }
}
