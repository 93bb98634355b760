package io.f3console.app.cli;

import io.f3console.app.common.ConsoleFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * How help is laid out: {@link #WIDTH} columns, lines broken only at spaces. Picocli breaks a long
 * line wherever {@link java.text.BreakIterator} allows, which is also after {@code :}, {@code .}
 * and {@code (} inside a word: {@code http(s)://} became {@code http} and {@code (s)://}, {@code
 * ~/.local/share} became {@code ~/.} and {@code local/share}. So every section is rendered by
 * picocli on one unbroken line per line of text, and broken here, at spaces only, with picocli's
 * indents. A word longer than the line is left whole.
 */
final class HelpLayout {
  /** The width of help, in columns. */
  static final int WIDTH = 100;

  /** A width at which picocli breaks no line. */
  private static final int UNBROKEN = 10_000;

  /**
   * Words help never separates: the spaces inside paths ({@code ~/Library/Application Support/F3
   * Console}, {@code %LOCALAPPDATA%\F3 Console}).
   */
  static final List<String> PHRASES = List.of("Application Support", "F3 Console");

  /** The extra indent of a continued line, as picocli indents one. */
  private static final int HANGING = 2;

  /** The root's section listing the console's options ({@link ConsoleFlag}). */
  static final String CONSOLE_SECTION = "console";

  private HelpLayout() {}

  /**
   * Adds to the root's help, after its commands, a section listing the console's options: what
   * {@code f3console} does with no subcommand.
   */
  static CommandLine withConsoleSection(CommandLine root) {
    // On the root's own usage spec: CommandLine's setters would hand the section down to every
    // subcommand.
    CommandLine.Model.UsageMessageSpec usage = root.getCommandSpec().usageMessage();
    Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(usage.sectionMap());
    sections.put(CONSOLE_SECTION, help -> consoleSection());
    usage.sectionMap(sections);
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.add(
        keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1,
        CONSOLE_SECTION);
    usage.sectionKeys(keys);
    return root;
  }

  private static String consoleSection() {
    String newline = System.lineSeparator();
    StringBuilder text =
        new StringBuilder(newline)
            .append("Console (no subcommand, or only these options: opens the window):")
            .append(newline);
    for (ConsoleFlag flag : ConsoleFlag.values()) {
      String option = flag.flag() + flag.label().map(label -> " " + label).orElse("");
      text.append("  %-26s %s".formatted(option, flag.description())).append(newline);
    }
    return text.toString();
  }

  /** Lays out the help of {@code line} and of every command below it. */
  static CommandLine apply(CommandLine line) {
    line.getCommandSpec().usageMessage().width(UNBROKEN);
    CommandLine.Model.UsageMessageSpec usage = line.getCommandSpec().usageMessage();
    Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
    usage.sectionMap().forEach((key, renderer) -> sections.put(key, wrapped(key, renderer)));
    // The header is the command's summary in its parent's list of commands; its own help opens
    // with the description, which says the same at length.
    sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
    sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
    usage.sectionMap(sections);
    line.getSubcommands().values().forEach(HelpLayout::apply);
    return line;
  }

  private static IHelpSectionRenderer wrapped(String key, IHelpSectionRenderer renderer) {
    if (key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
      return help -> {
        int heading = help.synopsisHeadingLength();
        int indent = heading + help.commandSpec().qualifiedName().length() + 1;
        return wrap(renderer.render(help), heading, indent, false);
      };
    }
    boolean columns =
        key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST)
            || key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST)
            || key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST)
            || key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS)
            || key.equals(CONSOLE_SECTION);
    return help -> wrap(renderer.render(help), 0, -1, columns);
  }

  /**
   * Breaks every line of {@code text} longer than {@link #WIDTH} at spaces. The first line starts
   * at column {@code offset}; a continued line is indented by {@code indent}, or, when that is
   * negative, by the text column of the line it continues (in {@code columns} sections, where the
   * text starts after the first gap of two spaces) plus {@link #HANGING}.
   */
  static String wrap(String text, int offset, int indent, boolean columns) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append(System.lineSeparator());
      }
      String line = lines[i];
      if (line.length() > WIDTH) {
        line = line.stripTrailing();
      }
      int start = i == 0 ? offset : 0;
      int textColumn = textColumn(line, columns);
      int continued = indent >= 0 ? indent : textColumn + HANGING;
      out.append(String.join(System.lineSeparator(), broken(line, start, textColumn, continued)));
    }
    return out.toString();
  }

  private static List<String> broken(String line, int start, int textColumn, int continued) {
    List<String> pieces = new ArrayList<>();
    String rest = line;
    int at = start;
    int from = textColumn;
    while (at + rest.length() > WIDTH) {
      int cut = lastSpace(rest, from, WIDTH - at);
      if (cut < 0) {
        cut = rest.indexOf(' ', Math.max(from, WIDTH - at));
        if (cut < 0) {
          break;
        }
      }
      pieces.add(rest.substring(0, cut).stripTrailing());
      rest = " ".repeat(continued) + rest.substring(cut).strip();
      at = 0;
      from = continued;
    }
    pieces.add(rest);
    return pieces;
  }

  /** The last space in {@code line} after {@code from} and before {@code limit}, or -1. */
  private static int lastSpace(String line, int from, int limit) {
    for (int i = Math.min(limit, line.length() - 1); i > from; i--) {
      if (line.charAt(i) == ' ' && line.charAt(i - 1) != ' ' && !insidePhrase(line, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean insidePhrase(String line, int space) {
    for (String phrase : PHRASES) {
      int before = phrase.indexOf(' ');
      if (space >= before && line.startsWith(phrase, space - before)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the text of {@code line} starts: after its indent, and in a section of columns after the
   * first gap of two or more spaces that follows it (option names, command names).
   */
  private static int textColumn(String line, boolean columns) {
    int first = 0;
    while (first < line.length() && line.charAt(first) == ' ') {
      first++;
    }
    if (!columns) {
      return first;
    }
    int gap = line.indexOf("  ", first);
    if (gap < 0 || gap > WIDTH / 2) {
      return first;
    }
    int text = gap;
    while (text < line.length() && line.charAt(text) == ' ') {
      text++;
    }
    return text < line.length() ? text : first;
  }
}
