package io.f3console.app.ui.shell;

import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.context.ConsoleOptions;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: one console window. Uncaught exceptions on any thread end in the error
 * dialog rather than a frozen or vanished window.
 */
public final class ConsoleApplication extends Application {
  private static volatile ConsoleOptions options = ConsoleOptions.parse(new String[0]);

  /** Starts the console with {@code startOptions}; returns when the window is closed. */
  public static void launchConsole(ConsoleOptions startOptions) {
    options = startOptions;
    Application.launch(ConsoleApplication.class);
  }

  private ConsoleContext context;

  @Override
  public void start(Stage stage) {
    ConsoleContext context = ConsoleContext.standard(options);
    this.context = context;
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> {
          error.printStackTrace();
          Platform.runLater(() -> context.dialogs().showError("Something went wrong", error));
        });
    ConsoleWindow.show(context, stage, options);
  }

  @Override
  public void stop() {
    if (context != null) {
      context.close();
    }
  }
}
