package io.f3console.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One run of the command line in-process: exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = F3ConsoleCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(status, out.toString(), err.toString());
  }

  /** The last non-empty line of stdout. */
  String lastLine() {
    List<String> lines = Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
