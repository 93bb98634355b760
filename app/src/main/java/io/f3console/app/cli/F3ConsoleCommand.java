package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.rpc.RpcException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
    },
    subcommands = {
        PowerTableCommand.class,
        CertsCommand.class,
        SnapshotCommand.class,
        SimulateCommand.class,
        BenchCommand.class,
        NetworksCommand.class,
        DoctorCommand.class,
        ReleaseCheckCommand.class,
        CommandLine.HelpCommand.class
    })
public final class F3ConsoleCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit status; all output goes to {@code out}/{@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new F3ConsoleCommand());
    commandLine.setUsageHelpWidth(100);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(F3ConsoleCommand::exitCodeOf);
    boolean json = Arrays.asList(args).contains("--json");
    List<String> secrets = NodeOptions.secretsIn(args);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      int status = exitCodeOf(exception);
      String message = NodeOptions.withoutSecrets(exception.getMessage(), secrets);
      if (exception instanceof F3Exception) {
        line.getErr().println("f3console: " + message);
        if (exception instanceof RpcException rpc) {
          NodeOptions.hint(rpc).ifPresent(hint -> line.getErr().println("hint: " + hint));
        }
      } else {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        line.getErr().println("f3console: internal error");
        line.getErr().print(NodeOptions.withoutSecrets(trace.toString(), secrets));
      }
      if (json) {
        printJsonError(line.getOut(), exception.getMessage() == null ? null : message, status);
      }
      return status;
    });
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine line = exception.getCommandLine();
      String message = NodeOptions.withoutSecrets(exception.getMessage(), secrets);
      line.getErr().println("f3console: " + message);
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help'.");
      if (json) {
        printJsonError(line.getOut(), message, ExitCodes.BAD_INPUT);
      }
      return ExitCodes.BAD_INPUT;
    });
    return commandLine.execute(args);
  }

  /** With {@code --json}, failures are one JSON object on stdout too: error and exit status. */
  private static void printJsonError(PrintWriter out, String message, int status) {
    JsonOutput.print(out, JsonOutput.object()
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
