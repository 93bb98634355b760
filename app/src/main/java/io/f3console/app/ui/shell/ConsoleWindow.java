package io.f3console.app.ui.shell;

import io.f3console.app.ui.AppIcons;
import io.f3console.app.ui.TableKeys;
import io.f3console.app.ui.Theme;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.context.ConsoleOptions;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.sim.DemoNetwork;
import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Builds the console's window: the shell, its stylesheets and theme, table rows from the keyboard,
 * drag and drop of files, and what is opened first.
 */
public final class ConsoleWindow {
  /** The stylesheet every theme shares; the theme's own one only defines colour tokens. */
  static final String BASE_STYLESHEET = "/io/f3console/app/ui/app.css";

  /** The window's first size, or the screen's usable area when that is smaller. */
  static final double PREFERRED_WIDTH = 1280;

  static final double PREFERRED_HEIGHT = 800;

  /** Below this the window cannot be made (a 1024×700 screen still fits it). */
  static final double MINIMUM_WIDTH = 800;

  static final double MINIMUM_HEIGHT = 560;

  private ConsoleWindow() {}

  /** Puts the console into {@code stage} and shows it; then opens what the options ask for. */
  public static Scene show(ConsoleContext context, Stage stage, ConsoleOptions options) {
    Scene scene = build(context, stage);
    context.themeProperty().set(options.theme());
    stage.setTitle("F3 Console");
    stage.setScene(scene);
    stage.getIcons().setAll(AppIcons.all());
    StartupReport.watch(scene);
    stage.show();
    openInitial(context, options);
    return scene;
  }

  /** The window's scene, themed, accepting dropped files. */
  public static Scene build(ConsoleContext context, Stage stage) {
    Objects.requireNonNull(context, "context");
    context.attach(stage);
    Parent root = new ViewLoader(context).load("shell/MainView.fxml");
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(
            root,
            Math.min(PREFERRED_WIDTH, screen.getWidth()),
            Math.min(PREFERRED_HEIGHT, screen.getHeight()));
    stage.setMinWidth(Math.min(MINIMUM_WIDTH, screen.getWidth()));
    stage.setMinHeight(Math.min(MINIMUM_HEIGHT, screen.getHeight()));
    applyTheme(scene, context.themeProperty().get());
    context.themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
    TableKeys.install(scene);
    scene.setOnDragOver(ConsoleWindow::acceptFiles);
    scene.setOnDragDropped(event -> dropFiles(context, event));
    return scene;
  }

  private static void applyTheme(Scene scene, Theme theme) {
    String base =
        Objects.requireNonNull(ConsoleWindow.class.getResource(BASE_STYLESHEET), BASE_STYLESHEET)
            .toExternalForm();
    scene.getStylesheets().setAll(theme.stylesheet(), base);
  }

  private static void acceptFiles(DragEvent event) {
    if (event.getDragboard().hasFiles()) {
      event.acceptTransferModes(TransferMode.COPY);
    }
    event.consume();
  }

  private static void dropFiles(ConsoleContext context, DragEvent event) {
    Dragboard board = event.getDragboard();
    boolean done = false;
    if (board.hasFiles()) {
      List<File> files = board.getFiles();
      context.loader().openFiles(files.stream().map(File::toPath).toList());
      done = true;
    }
    event.setDropCompleted(done);
    event.consume();
  }

  /** Opens the files given, else the demo scenario asked for, else the healthy demo. */
  public static void openInitial(ConsoleContext context, ConsoleOptions options) {
    options
        .network()
        .ifPresent(
            name -> {
              Optional<NetworkProfile> profile =
                  context.loader().networks().stream().filter(p -> p.isCalled(name)).findFirst();
              if (profile.isEmpty() && name.equals(DemoNetwork.PROFILE_KEY)) {
                profile = Optional.of(context.loader().demoProfile());
              }
              if (profile.isEmpty()) {
                context
                    .dialogs()
                    .showError(
                        "Unknown network",
                        new IllegalArgumentException(
                            "No network is called \""
                                + name
                                + "\"; the console knows "
                                + context.loader().networks().stream()
                                    .map(NetworkProfile::key)
                                    .toList()
                                + "."));
              }
              profile.ifPresent(p -> context.workspace().networkProperty().set(p));
            });
    if (!options.open().isEmpty()) {
      context.loader().openFiles(options.open());
      return;
    }
    DemoNetwork.Scenario scenario =
        options.demo().flatMap(DemoNetwork.Scenario::byKey).orElse(DemoNetwork.Scenario.HEALTHY);
    context.loader().openDemo(scenario);
  }
}
