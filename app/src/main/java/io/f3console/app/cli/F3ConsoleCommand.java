package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.PrintableText;
import io.f3console.core.history.HistoryLocation;
import io.f3console.core.rpc.RpcException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: {@code f3console <subcommand> …}. */
@Command(
    name = "f3console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "F3 Console: inspect Filecoin F3 power tables and certificates, diagnose bootstrap.",
      "",
      "Exit status: 0 success or valid; 1 checked and found wrong; 2 bad input or usage;%n"
          + "3 a source could not be reached or could not give what was asked."
    })
public final class F3ConsoleCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "The history database. Default: the file named by F3CONSOLE_DB, else"
              + " history.db in the user's data directory (Linux: $XDG_DATA_HOME/f3console or"
              + " ~/.local/share/f3console; macOS: ~/Library/Application Support/F3 Console;"
              + " Windows: %%LOCALAPPDATA%%\\F3 Console). The networks' published initial power"
              + " tables, once seen, are kept in tables/ beside it.")
  Path database;

  @Option(
      names = "--no-history",
      scope = ScopeType.INHERIT,
      description =
          "Do not record this run in the history (the database is not opened). A"
              + " network's published initial power table the run sees is still kept in tables/"
              + " beside it: public data, not a record of the run.")
  boolean noHistory;

  private final RunRecorder recorder;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile int endStatus;

  F3ConsoleCommand() {
    this(RunRecorder.detached());
  }

  private F3ConsoleCommand(RunRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The session this run records (one that goes nowhere when the command line runs otherwise). */
  RunRecorder recorder() {
    return recorder;
  }

  /**
   * Waits until this run has ended, recorded in the history (for a command stopped by Ctrl+C, which
   * must not end the JVM before its session is written); empty if it has not ended within {@code
   * limit}.
   */
  OptionalInt awaitEnd(Duration limit) throws InterruptedException {
    return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS)
        ? OptionalInt.of(endStatus)
        : OptionalInt.empty();
  }

  /** The history database of this run: {@code --db}, else the default. */
  Path historyFile() {
    return HistoryLocation.resolve(database);
  }

  /**
   * Runs the command line and returns the exit status; all output goes to {@code out}/{@code err}.
   * The run is recorded in the history afterwards (see {@link RunRecorder}).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, commandLine -> {});
  }

  /**
   * {@link #run(String[], PrintWriter, PrintWriter)} with {@code extend} given the command line.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<CommandLine> extend) {
    List<String> secrets = RunSecrets.of(args, System.getenv());
    RunRecorder recorder = new RunRecorder(args, secrets, out, err);
    NodeAccessOptions.commandLineTokenWarning(args).ifPresent(err::println);
    F3ConsoleCommand root = new F3ConsoleCommand(recorder);
    CommandLine commandLine = commandLine(root, args);
    extend.accept(commandLine);
    commandLine.setOut(recorder.out());
    commandLine.setErr(recorder.err());
    commandLine.setExitCodeExceptionMapper(F3ConsoleCommand::exitCodeOf);
    boolean json = Arrays.asList(args).contains("--json");
    commandLine.setExecutionStrategy(
        parsed -> {
          recorder.begin(parsed);
          return new CommandLine.RunLast().execute(parsed);
        });
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          int status = exitCodeOf(exception);
          String message = printable(exception.getMessage(), secrets);
          recorder.failed(exception, status, message);
          String jsonError = exception.getMessage() == null ? null : message;
          if (status != ExitCodes.INTERNAL_ERROR) {
            line.getErr().println("f3console: " + message);
            if (exception instanceof RpcException rpc) {
              NodeOptions.hint(rpc).ifPresent(hint -> line.getErr().println("hint: " + hint));
            }
          } else {
            CrashReport report =
                CrashReport.write(
                    exception,
                    args,
                    secrets,
                    new VersionProvider().getVersion()[0],
                    CrashReport.folder());
            report.print(line.getErr());
            jsonError =
                "internal error" + report.file().map(file -> "; crash report: " + file).orElse("");
          }
          if (json) {
            printJsonError(line.getOut(), jsonError, status);
          }
          return status;
        });
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          CommandLine line = exception.getCommandLine();
          String message = printable(exception.getMessage(), secrets);
          recorder.failed(exception, ExitCodes.BAD_INPUT, message);
          line.getErr().println("f3console: " + message);
          line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help'.");
          if (json) {
            printJsonError(line.getOut(), message, ExitCodes.BAD_INPUT);
          }
          return ExitCodes.BAD_INPUT;
        });
    int status = commandLine.execute(args);
    recorder.finish(status, root.noHistory, root.historyFile());
    root.endStatus = status;
    root.ended.countDown();
    return status;
  }

  /**
   * The command line for {@code args}, with the subcommands they need ({@link CommandTree}) and
   * help laid out by {@link HelpLayout}.
   */
  static CommandLine commandLine(F3ConsoleCommand root, String[] args) {
    return HelpLayout.apply(
        HelpLayout.withConsoleSection(CommandTree.build(root, Arrays.asList(args))));
  }

  /** The root with every subcommand, as help shows it. */
  static CommandLine fullCommandLine() {
    return commandLine(new F3ConsoleCommand(), new String[0]);
  }

  /**
   * An error message as it may be shown and stored: secrets scrubbed, and control characters (a
   * file's terminal escape sequences quoted in the message) made {@linkplain PrintableText
   * printable}.
   */
  static String printable(String message, List<String> secrets) {
    return PrintableText.lines(NodeOptions.withoutSecrets(message, secrets));
  }

  /** With {@code --json}, failures are one JSON object on stdout too: error and exit status. */
  private static void printJsonError(PrintWriter out, String message, int status) {
    JsonOutput.print(
        out,
        JsonOutput.object()
            .put("error", message == null ? "internal error" : message)
            .put("exitCode", status));
  }

  private static int exitCodeOf(Throwable exception) {
    if (exception instanceof SourceUnreachableException) {
      return ExitCodes.UNREACHABLE;
    }
    if (exception instanceof RpcException rpc) {
      return ExitCodes.of(rpc.reason());
    }
    if (exception instanceof F3Exception || exception instanceof CommandLine.ParameterException) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.INTERNAL_ERROR;
  }
}
