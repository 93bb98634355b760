package io.f3console.app.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The console's own options, in one place: the launcher's console parser takes exactly these, and
 * the root command's help lists them. Started with none of them, or with only these, the launcher
 * opens the console; anything else goes to the command line. Plain Java, so the command line can
 * describe the console without touching it.
 */
public enum ConsoleFlag {
  OPEN("--open", "FILE", "Open a power table, certificates or a snapshot; repeat to open more."),
  NETWORK("--network", "NAME", "Select a network profile, by key or alias."),
  DEMO("--demo", "healthy|broken", "Open a demo network (the healthy one when nothing is opened)."),
  THEME("--theme", "light|dark", "Start in the light or the dark theme."),
  DATABASE("--db", "FILE", "The history database, as for every command."),
  NO_HISTORY("--no-history", null, "Record nothing and read no history.");

  private final String flag;
  private final String label;
  private final String description;

  ConsoleFlag(String flag, String label, String description) {
    this.flag = flag;
    this.label = label;
    this.description = description;
  }

  /** The option as typed, for example {@code --open}. */
  public String flag() {
    return flag;
  }

  /** What its value is, for example {@code FILE}; empty for a switch. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** One sentence saying what it does. */
  public String description() {
    return description;
  }

  /** The options that take a value. */
  public static List<String> valued() {
    return Arrays.stream(values()).filter(f -> f.label != null).map(ConsoleFlag::flag).toList();
  }

  /** The options that stand alone. */
  public static List<String> switches() {
    return Arrays.stream(values()).filter(f -> f.label == null).map(ConsoleFlag::flag).toList();
  }
}
