package io.f3console.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the console was started with: {@code ./f3console [--open FILE]... [--network NAME]
 * [--demo healthy|broken] [--theme light|dark]}. With no files and no demo, the console opens
 * the healthy demo network.
 *
 * @param open files to open (power tables and certificates), in order
 * @param network the network profile to select, by key or alias
 * @param demo the demo scenario to open, by key
 * @param theme the theme to start in
 */
public record ConsoleOptions(List<Path> open, Optional<String> network, Optional<String> demo,
    Theme theme) {
  /** The options that make the launcher start the console rather than a subcommand. */
  public static final List<String> FLAGS = List.of("--open", "--network", "--demo", "--theme");

  public ConsoleOptions {
    open = List.copyOf(open);
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(demo, "demo");
    Objects.requireNonNull(theme, "theme");
  }

  /** Whether these launcher arguments ask for the console (none at all, or console flags). */
  public static boolean wantsConsole(String[] args) {
    return args.length == 0 || FLAGS.contains(flagName(args[0]));
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
    for (int i = 0; i < args.length; i++) {
      String flag = flagName(args[i]);
      if (!FLAGS.contains(flag)) {
        throw new IllegalArgumentException("unknown console option " + flag
            + " (the console takes " + String.join(", ", FLAGS) + ")");
      }
      String value;
      int eq = args[i].indexOf('=');
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
        case "--theme" -> theme = Theme.byName(value).orElseThrow(() ->
            new IllegalArgumentException("--theme must be light or dark, got " + value));
        default -> throw new IllegalStateException("unhandled console option " + flag);
      }
    }
    return new ConsoleOptions(open, network, demo, theme);
  }

  private static String flagName(String arg) {
    int eq = arg.indexOf('=');
    return eq > 0 ? arg.substring(0, eq) : arg;
  }
}
