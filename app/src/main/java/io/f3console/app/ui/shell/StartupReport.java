package io.f3console.app.ui.shell;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * How long the console took to show its first view, measured from the start of the process to the
 * first frame laid out after the window is shown. Printed on standard error when the system
 * property {@value #REPORT_PROPERTY} is set (the figures in the README come from it); with {@value
 * #EXIT_PROPERTY} set the console then closes, as the packaging's training run needs.
 */
public final class StartupReport {
  /** Print "first view after N ms" on standard error. */
  public static final String REPORT_PROPERTY = "f3console.startupReport";

  /** Close the console once its first view is shown. */
  public static final String EXIT_PROPERTY = "f3console.exitAfterFirstView";

  private StartupReport() {}

  /** Watches {@code scene}'s first frame when either property asks for it. */
  static void watch(Scene scene) {
    boolean report = Boolean.getBoolean(REPORT_PROPERTY);
    boolean exit = Boolean.getBoolean(EXIT_PROPERTY);
    if (!report && !exit) {
      return;
    }
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          if (report) {
            System.err.println("f3console: first view after " + sinceStart().toMillis() + " ms");
          }
          if (exit) {
            Platform.runLater(Platform::exit);
          }
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  /** The time since this process started (zero when the operating system does not say). */
  static Duration sinceStart() {
    return ProcessHandle.current()
        .info()
        .startInstant()
        .map(start -> Duration.between(start, Instant.now()))
        .orElse(Duration.ZERO);
  }
}
