package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.history.HistoryException;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.RecordedTable;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.known.Remembered;
import io.f3console.core.rpc.RpcException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * One run of the command line as a session of the history. The command fills in the session as it
 * works ({@link OutputOptions#session()}); when it has finished, however it finished, the session
 * gets the exit status, what was printed and, for a failure, its reason, and is written to the
 * history. The database is opened only then, so a locked or unusable history never delays the work,
 * and a history that cannot be written costs one warning line, never the command's status or
 * output.
 *
 * <p>Whatever the session, the published initial power tables the run saw (any table the command
 * added to its session whose CID a known network publishes) are kept in the {@link PublishedTables}
 * beside the history, with or without {@code --no-history}: they are public data, not a record of
 * the run. A table that cannot be kept costs one note line.
 */
final class RunRecorder {
  static final String WARNING = "f3console: warning: this run was not recorded in the history: ";
  static final String NOTE = "f3console: note: ";

  private final SessionRecord.Builder session =
      SessionRecord.builder(SessionOrigin.CLI, SessionKind.INSPECTION, "f3console");
  private final OutputCapture capture = new OutputCapture();
  private final PrintWriter out;
  private final PrintWriter err;
  private final PrintWriter terminalErr;
  private final List<String> secrets;
  private boolean recorded;
  private boolean failed;

  RunRecorder(String[] args, List<String> secrets, PrintWriter out, PrintWriter err) {
    this.secrets = List.copyOf(secrets);
    this.out = capture.tee(out);
    this.err = capture.tee(err);
    this.terminalErr = err;
    session.arguments(
        NodeOptions.withoutSecrets(
            Stream.of(args).map(RunRecorder::quoted).collect(Collectors.joining(" ")),
            this.secrets));
  }

  /** A recorder for a command line run some other way: what it collects goes nowhere. */
  static RunRecorder detached() {
    PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
    return new RunRecorder(new String[0], List.of(), nowhere, nowhere);
  }

  /** Standard output, copied into the session. */
  PrintWriter out() {
    return out;
  }

  /** Standard error, copied into the session. */
  PrintWriter err() {
    return err;
  }

  SessionRecord.Builder session() {
    return session;
  }

  /**
   * The command line was understood: decides whether this run leaves a session (help and the
   * commands of the history itself do not), and of what kind.
   */
  void begin(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult leaf = parsed;
    boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
      help |= leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested();
    }
    Optional<SessionKind> kind = CommandKinds.of(leaf.commandSpec().userObject());
    recorded = kind.isPresent() && !help;
    if (recorded) {
      String name = leaf.commandSpec().qualifiedName();
      session.kind(kind.get()).command(name.substring(name.indexOf(' ') + 1));
    }
  }

  /** The command stopped with an exception, reported with {@code message} and {@code status}. */
  void failed(Throwable exception, int status, String message) {
    failed = true;
    session.verdict(SessionVerdict.ofExitCode(status));
    session.reason(reasonOf(exception));
    session.summary(
        exception instanceof F3Exception || exception instanceof CommandLine.ParameterException
            ? message
            : "internal error: "
                + exception.getClass().getSimpleName()
                + (message.isEmpty() ? "" : ": " + message));
  }

  /**
   * Writes the session, unless this run leaves none or {@code --no-history} was given (then the
   * database is not even opened).
   */
  void finish(int status, boolean noHistory, Path database) {
    rememberPublished(database);
    if (!recorded || noHistory) {
      return;
    }
    try {
      SessionRecord record = build(status);
      try (HistoryStore store = HistoryStore.open(database)) {
        store.record(record);
      }
    } catch (HistoryException | RuntimeException e) {
      terminalErr.println(
          WARNING + F3ConsoleCommand.printable(String.valueOf(e.getMessage()), secrets));
      terminalErr.flush();
    }
  }

  /**
   * Keeps the published initial tables the run saw beside {@code database}; never fails the run:
   * the first table that could not be kept is one note on standard error.
   */
  private void rememberPublished(Path database) {
    List<RecordedTable> seen = session.tables();
    if (seen.isEmpty()) {
      return;
    }
    try {
      PublishedTables.besideHistory(database)
          .rememberAll(seen.stream().map(RecordedTable::table).toList())
          .stream()
          .filter(Remembered::failed)
          .findFirst()
          .ifPresent(failed -> note(failed.detail()));
    } catch (RuntimeException e) {
      note("the published power tables this run saw could not be kept: " + e.getMessage());
    }
  }

  private void note(String text) {
    terminalErr.println(NOTE + F3ConsoleCommand.printable(text, secrets));
    terminalErr.flush();
  }

  /** The session as it stands after the command ended with {@code status}. */
  SessionRecord build(int status) {
    session.exitCode(status);
    if (!failed && !session.hasVerdict()) {
      session.verdict(SessionVerdict.ofExitCode(status));
    }
    out.flush();
    err.flush();
    session.output(capture.text());
    return session.build().withoutSecrets(secrets);
  }

  /** A failure's reason code: the node's reason, or the kind of error. */
  static String reasonOf(Throwable exception) {
    if (exception instanceof RpcException rpc) {
      return rpc.reason().name();
    }
    if (exception instanceof SourceUnreachableException) {
      return "UNREACHABLE";
    }
    if (exception instanceof CommandLine.ParameterException) {
      return "USAGE";
    }
    if (!(exception instanceof F3Exception)) {
      return "INTERNAL_ERROR";
    }
    String name = exception.getClass().getSimpleName().replaceFirst("Exception$", "");
    if (exception.getClass() == F3Exception.class || name.isEmpty()) {
      return "BAD_INPUT";
    }
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String quoted(String arg) {
    return arg.isEmpty() || arg.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'')
        ? "'" + arg.replace("'", "'\\''") + "'"
        : arg;
  }
}
