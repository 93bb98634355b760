package io.f3console.app.ui.shell;

import io.f3console.app.ui.context.ConsoleContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML and gives its controller the console context: every controller has a public
 * constructor taking a {@link ConsoleContext}. No dependency-injection framework.
 */
public final class ViewLoader {
  private static final String UI_RESOURCES = "/io/f3console/app/ui/";

  private final ConsoleContext context;

  public ViewLoader(ConsoleContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * Loads {@code fxml} (relative to the {@code ui} package, as pages name it) and returns its root.
   */
  public Parent load(String fxml) {
    URL url = Objects.requireNonNull(ViewLoader.class.getResource(UI_RESOURCES + fxml), fxml);
    FXMLLoader loader = new FXMLLoader(url);
    loader.setControllerFactory(
        type -> {
          try {
            return type.getConstructor(ConsoleContext.class).newInstance(context);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                "controller "
                    + type.getName()
                    + " needs a public constructor taking ConsoleContext",
                e);
          }
        });
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load view " + fxml, e);
    }
  }
}
