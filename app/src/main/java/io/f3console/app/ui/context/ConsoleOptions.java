package io.f3console.app.ui.context;

import io.f3console.app.common.ConsoleFlag;
import io.f3console.app.ui.Theme;
import io.f3console.core.history.HistoryLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the console was started with: {@code ./f3console [--open FILE]... [--network NAME] [--demo
 * healthy|broken] [--theme light|dark] [--db FILE | --no-history]}. With no files and no demo, the
 * console opens the healthy demo network.
 *
 * @param open files to open (power tables and certificates), in order
 * @param network the network profile to select, by key or alias
 * @param demo the demo scenario to open, by key
 * @param theme the theme to start in
 * @param database the history database to use instead of the default one
 * @param noHistory whether to record nothing and read no history at all (whatever {@code --db}
 *     says)
 */
public record ConsoleOptions(
    List<Path> open,
    Optional<String> network,
    Optional<String> demo,
    Theme theme,
    Optional<Path> database,
    boolean noHistory) {
  /** The console's options that take a value ({@link ConsoleFlag}, which help lists too). */
  public static final List<String> VALUED = ConsoleFlag.valued();

  /** The console's options that stand alone. */
  public static final List<String> SWITCHES = ConsoleFlag.switches();

  /** Every option of the console. */
  public static final List<String> FLAGS =
      Stream.concat(VALUED.stream(), SWITCHES.stream()).toList();

  public ConsoleOptions {
    open = List.copyOf(open);
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(demo, "demo");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(database, "database");
  }

  /** Options with the default history. */
  public ConsoleOptions(
      List<Path> open, Optional<String> network, Optional<String> demo, Theme theme) {
    this(open, network, demo, theme, Optional.empty(), false);
  }

  /**
   * The history database to use: {@code --db}, else {@code F3CONSOLE_DB}, else the user's data
   * directory; empty with {@code --no-history}. Resolving it touches no file.
   */
  public Optional<Path> historyFile() {
    return noHistory
        ? Optional.empty()
        : Optional.of(HistoryLocation.resolve(database.orElse(null)));
  }

  /**
   * Whether these launcher arguments ask for the console: none at all, or only console options and
   * their values. Anything else (a subcommand, {@code --help}) goes to the command line, whose root
   * command takes {@code --db} and {@code --no-history} too.
   */
  public static boolean wantsConsole(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String flag = flagName(args[i]);
      if (SWITCHES.contains(flag) && flag.equals(args[i])) {
        continue;
      }
      if (!VALUED.contains(flag)) {
        return false;
      }
      if (flag.equals(args[i])) {
        i++;
      }
    }
    return true;
  }

  /**
   * Parses the console's arguments.
   *
   * @throws IllegalArgumentException with a message for the user when they are malformed
   */
  public static ConsoleOptions parse(String[] args) {
    List<Path> open = new ArrayList<>();
    Optional<String> network = Optional.empty();
    Optional<String> demo = Optional.empty();
    Theme theme = Theme.LIGHT;
    Optional<Path> database = Optional.empty();
    boolean noHistory = false;
    for (int i = 0; i < args.length; i++) {
      String flag = flagName(args[i]);
      if (!FLAGS.contains(flag)) {
        throw new IllegalArgumentException(
            "unknown console option "
                + flag
                + " (the console takes "
                + String.join(", ", FLAGS)
                + ")");
      }
      int eq = args[i].indexOf('=');
      if (SWITCHES.contains(flag)) {
        if (eq > 0) {
          throw new IllegalArgumentException(flag + " takes no value");
        }
        noHistory = true;
        continue;
      }
      String value;
      if (eq > 0) {
        value = args[i].substring(eq + 1);
      } else {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        value = args[++i];
      }
      switch (flag) {
        case "--open" -> open.add(Path.of(value));
        case "--network" -> network = Optional.of(value);
        case "--demo" -> demo = Optional.of(value);
        case "--theme" ->
            theme =
                Theme.byName(value)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "--theme must be light or dark, got " + value));
        case "--db" -> {
          if (value.isBlank()) {
            throw new IllegalArgumentException("--db needs a file name");
          }
          database = Optional.of(Path.of(value));
        }
        default -> throw new IllegalStateException("unhandled console option " + flag);
      }
    }
    return new ConsoleOptions(open, network, demo, theme, database, noHistory);
  }

  private static String flagName(String arg) {
    int eq = arg.indexOf('=');
    return eq > 0 ? arg.substring(0, eq) : arg;
  }
}
