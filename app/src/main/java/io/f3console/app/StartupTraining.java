package io.f3console.app;

import io.f3console.app.cli.F3ConsoleCommand;
import io.f3console.app.ui.context.ConsoleOptions;
import io.f3console.app.ui.shell.ConsoleApplication;
import io.f3console.app.ui.shell.StartupReport;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run from which the package's ahead-of-time cache is made (see {@code
 * installer/README.md}): the command lines given, separated by {@value #SEPARATOR}, run one after
 * the other in this one JVM with their output discarded, as users run them; a command line that is
 * just {@value #CONSOLE} then opens the console and closes it once its first view is on screen. Not
 * meant for users: the packaging script runs it.
 */
public final class StartupTraining {
  /** The system property with which the launcher runs this training instead of a command. */
  public static final String PROPERTY = "f3console.training";

  /** Separates one command line from the next in the arguments. */
  public static final String SEPARATOR = "--then";

  /** The command line that opens the console until its first view is shown. */
  public static final String CONSOLE = "console";

  private StartupTraining() {}

  public static void main(String[] args) {
    int failed = 0;
    for (List<String> command : commands(args)) {
      if (command.equals(List.of(CONSOLE))) {
        System.setProperty(StartupReport.EXIT_PROPERTY, "true");
        ConsoleApplication.launchConsole(ConsoleOptions.parse(new String[0]));
        continue;
      }
      PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
      int status = F3ConsoleCommand.run(command.toArray(String[]::new), discard, discard);
      if (status != 0) {
        System.err.println("training: '" + String.join(" ", command) + "' exited " + status);
        failed++;
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  /** The command lines in {@code args}, split at each {@value #SEPARATOR}. */
  static List<List<String>> commands(String[] args) {
    List<List<String>> commands = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String arg : Arrays.asList(args)) {
      if (arg.equals(SEPARATOR)) {
        if (!current.isEmpty()) {
          commands.add(List.copyOf(current));
        }
        current = new ArrayList<>();
      } else {
        current.add(arg);
      }
    }
    if (!current.isEmpty()) {
      commands.add(List.copyOf(current));
    }
    return List.copyOf(commands);
  }
}
