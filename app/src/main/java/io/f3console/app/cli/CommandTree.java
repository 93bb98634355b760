package io.f3console.app.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every command of the launcher and where it sits, in one place, and the command line built for one
 * run. Picocli reads every option of every command it is given before it parses anything, about a
 * third of a second at each start for the whole tree; a run that names its command (say {@code
 * powertable cid}) gets only the commands on that path. Anything else (help, no command, a mistyped
 * name and picocli's suggestions) gets the whole tree below the last name recognised, so what users
 * see does not change.
 */
final class CommandTree {
  /** Each group and its subcommands, in the order help lists them. */
  private static final Map<Class<?>, List<Class<?>>> CHILDREN =
      Map.of(
          F3ConsoleCommand.class,
              List.of(
                  PowerTableCommand.class,
                  CertsCommand.class,
                  SnapshotCommand.class,
                  SimulateCommand.class,
                  BenchCommand.class,
                  NetworksCommand.class,
                  DoctorCommand.class,
                  MonitorCommand.class,
                  ReleaseCheckCommand.class,
                  ParticipationCommand.class,
                  HistoryCommand.class,
                  CommandLine.HelpCommand.class),
          PowerTableCommand.class,
              List.of(
                  PowerTableCidCommand.class,
                  PowerTableShowCommand.class,
                  PowerTableDiffCommand.class,
                  PowerTableCheckCommand.class,
                  PowerTableConvertCommand.class,
                  PowerTableFetchCommand.class,
                  PowerTableFromStateCommand.class),
          CertsCommand.class,
              List.of(
                  CertsValidateCommand.class,
                  CertsShowCommand.class,
                  CertsFetchCommand.class,
                  CertsCatchUpCommand.class,
                  CertsVerifyStateCommand.class,
                  CertsSyncCommand.class),
          SnapshotCommand.class,
              List.of(
                  SnapshotInspectCommand.class,
                  SnapshotValidateCommand.class,
                  SnapshotExportCommand.class),
          ParticipationCommand.class, List.of(ParticipationMissingCommand.class),
          HistoryCommand.class,
              List.of(
                  HistoryListCommand.class,
                  HistoryShowCommand.class,
                  HistoryExportCommand.class,
                  HistoryNoteCommand.class,
                  HistoryTableCommand.class));

  /** The one option of every level that takes a value (inherited from the root). */
  private static final String DATABASE_OPTION = "--db";

  private CommandTree() {}

  /** The command line for {@code args}, rooted at {@code root}. */
  static CommandLine build(F3ConsoleCommand root, List<String> args) {
    if (args.equals(List.of("--version")) || args.equals(List.of("-V"))) {
      return new CommandLine(root);
    }
    return withChildren(new CommandLine(root), F3ConsoleCommand.class, args, 0);
  }

  /**
   * Adds {@code type}'s subcommands to {@code line}: the one {@code args} names from {@code from}
   * on, else all of them. Children are complete before they are added, so that picocli hands the
   * root's inherited options down to every level.
   */
  private static CommandLine withChildren(
      CommandLine line, Class<?> type, List<String> args, int from) {
    List<Class<?>> children = CHILDREN.getOrDefault(type, List.of());
    if (children.isEmpty()) {
      return line;
    }
    int at = nextName(args, from);
    Optional<Class<?>> named =
        at < 0
            ? Optional.empty()
            : called(children, args.get(at))
                .filter(child -> child != CommandLine.HelpCommand.class);
    if (named.isPresent()) {
      line.addSubcommand(withChildren(new CommandLine(named.get()), named.get(), args, at + 1));
    } else {
      for (Class<?> child : children) {
        line.addSubcommand(withChildren(new CommandLine(child), child, List.of(), 0));
      }
    }
    return line;
  }

  /** The index of the first argument from {@code from} that is not an option or its value. */
  private static int nextName(List<String> args, int from) {
    for (int i = from; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(DATABASE_OPTION)) {
        i++;
      } else if (!arg.startsWith("-")) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Class<?>> called(List<Class<?>> children, String name) {
    return children.stream()
        .filter(
            type -> {
              Command command = type.getAnnotation(Command.class);
              return command.name().equals(name) || List.of(command.aliases()).contains(name);
            })
        .findFirst();
  }
}
