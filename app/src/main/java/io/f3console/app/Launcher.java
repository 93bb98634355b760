package io.f3console.app;

import io.f3console.app.cli.F3ConsoleCommand;
import io.f3console.app.ui.context.ConsoleOptions;
import io.f3console.app.ui.shell.ConsoleApplication;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The single entry point of F3 Console. With no arguments, or with only the console's own options
 * ({@code --open}, {@code --network}, {@code --demo}, {@code --theme}, {@code --db}, {@code
 * --no-history}), it opens the console; with a subcommand (after any of those options) it runs that
 * operation headless and exits with its status.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean(StartupTraining.PROPERTY)) {
      StartupTraining.main(args);
      return;
    }
    if (ConsoleOptions.wantsConsole(args)) {
      System.exit(startConsole(args));
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = F3ConsoleCommand.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  private static int startConsole(String[] args) {
    ConsoleOptions options;
    try {
      options = ConsoleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("f3console: " + e.getMessage());
      return 2;
    }
    if (!hasDisplay()) {
      System.err.println(
          "f3console: no display to open the console on (DISPLAY and"
              + " WAYLAND_DISPLAY are unset). Every operation also runs headless: try"
              + " './f3console --help'.");
      return 2;
    }
    try {
      ConsoleApplication.launchConsole(options);
    } catch (RuntimeException e) {
      // The one top level of the console: JavaFX could not start (no GTK, no usable display).
      System.err.println(
          "f3console: the console could not start: "
              + e.getMessage()
              + ". On Linux it needs GTK 3 (Debian and Ubuntu: apt-get install libgtk-3-0)."
              + " Every operation also runs headless: try './f3console --help'.");
      return 2;
    }
    return 0;
  }

  private static boolean hasDisplay() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") && !os.contains("bsd")) {
      return true;
    }
    if (System.getProperty("glass.platform") != null) {
      return true;
    }
    return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
