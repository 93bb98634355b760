package io.f3console.app.cli;

import io.f3console.core.PrintableText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an unexpected exception (a bug: exit status 4) leaves: a file with the stack trace, the
 * version and the command line, secrets scrubbed, and for the terminal a short message saying what
 * to report. The trace never goes to the terminal.
 *
 * @param message the lines for standard error
 * @param file the report written, when it could be
 */
record CrashReport(List<String> message, Optional<Path> file) {
  /** The name every report starts with, in the system's temporary folder. */
  static final String PREFIX = "f3console-crash-";

  /**
   * Writes the report of {@code exception}, thrown by the command line {@code args}, into {@code
   * folder}; {@code secrets} are scrubbed from all of it.
   */
  static CrashReport write(
      Throwable exception, String[] args, List<String> secrets, String version, Path folder) {
    String command =
        F3ConsoleCommand.printable("f3console " + String.join(" ", args), secrets).strip();
    String problem =
        exception.getClass().getName()
            + (exception.getMessage() == null
                ? ""
                : ": " + F3ConsoleCommand.printable(exception.getMessage(), secrets));
    StringWriter trace = new StringWriter();
    exception.printStackTrace(new PrintWriter(trace));
    String text =
        "F3 Console crash report\n"
            + "version: "
            + version
            + "\ncommand: "
            + command
            + "\ntime: "
            + Instant.now()
            + "\njava: "
            + System.getProperty("java.vendor")
            + " "
            + System.getProperty("java.version")
            + "\nos: "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch")
            + "\n\n"
            + F3ConsoleCommand.printable(trace.toString(), secrets);
    String first = "f3console: internal error (a bug in F3 Console): " + problem;
    try {
      Files.createDirectories(folder);
      Path file = Files.createTempFile(folder, PREFIX, ".txt");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return new CrashReport(
          List.of(
              first,
              "Please report it with the command you ran (" + command + "),",
              "the version (" + version + ") and the crash report " + file + "."),
          Optional.of(file));
    } catch (IOException | UnsupportedOperationException e) {
      return new CrashReport(
          List.of(
              first,
              "Please report it with the command you ran (" + command + ") and the version (",
              version + "); the crash report could not be written to " + folder + ": " + e),
          Optional.empty());
    }
  }

  /** The system's temporary folder, where reports go. */
  static Path folder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  void print(PrintWriter err) {
    message.forEach(line -> err.println(PrintableText.lines(line)));
  }
}
