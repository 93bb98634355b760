package io.f3console.app;

import io.f3console.app.cli.F3ConsoleCommand;
import java.io.PrintWriter;

/**
 * The single entry point of F3 Console. With a subcommand it runs that operation headless and
 * exits with its status; with no arguments it will open the console once the GUI exists, and
 * until then prints the help.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = F3ConsoleCommand.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
