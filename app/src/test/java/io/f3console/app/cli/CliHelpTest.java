package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.common.ConsoleFlag;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Help at operator quality: what it lists, how its summaries read, how it breaks lines. */
class CliHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"powertable", "certs", "snapshot", "history"})
  void aGroupWithoutASubcommandIsAUsageError(String group) {
    CliRun run = CliRun.of("--no-history", group);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(run.err()).contains("Usage: f3console " + group, "Commands:");
    assertThat(run.err().strip().lines().reduce((first, second) -> second).orElseThrow())
        .matches("f3console " + group + ": a subcommand is needed \\([a-z-]+(, [a-z-]+)+\\)");
  }

  @Test
  void aGroupWithoutASubcommandNamesEverySubcommand() {
    CliRun run = CliRun.of("--no-history", "powertable");

    assertThat(run.err())
        .contains(
            "f3console powertable: a subcommand is needed (cid, show, diff,"
                + " check, convert, fetch, from-state)");
  }

  @Test
  void rootHelpListsTheConsoleOptionsInASectionOfTheirOwn() {
    CliRun run = CliRun.of("--help");

    assertThat(run.status()).isZero();
    String console = run.out().substring(run.out().indexOf("Console ("));
    assertThat(console).doesNotContain("Commands:");
    for (ConsoleFlag flag : ConsoleFlag.values()) {
      String option = flag.flag() + flag.label().map(label -> " " + label).orElse("");
      assertThat(console)
          .as(flag.name())
          .containsPattern("(?m)^  " + option.replace("|", "\\|") + " +[A-Z]");
    }
    assertThat(console)
        .contains("--demo healthy|broken", "--theme light|dark", "--open FILE", "--network NAME");
  }

  @Test
  void onlyTheRootListsTheConsoleOptions() {
    CliRun run = CliRun.of("powertable", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Commands:").doesNotContain("Console (", "--theme");
  }

  @Test
  void everySummaryInACommandListIsOneWholeSentence() {
    Map<String, String> summaries = new LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      if (command.getValue().getSubcommands().isEmpty()) {
        continue;
      }
      summaries.putAll(commandList(command.getKey(), usage(command.getValue())));
    }

    assertThat(summaries)
        .containsKeys(
            "f3console powertable",
            "f3console certs sync",
            "f3console history table",
            "f3console participation missing");
    assertThat(summaries).as("every command but the root and help").hasSize(commands().size() - 2);
    summaries.forEach(
        (command, summary) ->
            assertThat(summary).as(command).matches("[A-Z][^\\n]*[^.]\\.").doesNotContain(". "));
  }

  @Test
  void helpBreaksLinesOnlyBetweenWords() {
    CommandLine unbroken =
        HelpLayout.withConsoleSection(CommandTree.build(new F3ConsoleCommand(), List.of()));
    unbroken.setUsageHelpWidth(10_000);
    Map<String, CommandLine> whole = commands(unbroken);
    Map<String, CommandLine> shown = commands();
    assertThat(shown.keySet()).isEqualTo(whole.keySet());

    shown.forEach(
        (name, line) -> {
          String help = usage(line);
          Set<String> words = new HashSet<>(words(usage(whole.get(name))));
          assertThat(words(help).stream().filter(word -> !words.contains(word)))
              .as("words of '%s --help' that are pieces of a word", name)
              .isEmpty();
          for (String phrase : HelpLayout.PHRASES) {
            assertThat(help.lines().mapToInt(l -> count(l, phrase)).sum())
                .as("'%s' broken in '%s --help'", phrase, name)
                .isEqualTo(count(help.replaceAll("\\s+", " "), phrase));
          }
          assertThat(
                  help.lines()
                      .filter(l -> l.length() > HelpLayout.WIDTH && l.strip().contains(" ")))
              .as("lines of '%s --help' too long", name)
              .isEmpty();
        });
  }

  @Test
  void helpThatBrokeAUrlOrAPathIsCaught() {
    // The text column is 27, so continued lines are indented by 29.
    String description =
        "      --certs=SOURCE       The certificates: "
            + "x".repeat(HelpLayout.WIDTH - 48)
            + " http(s)://host:1234/rpc/v1 or ~/.local/share/x";

    String wrapped = HelpLayout.wrap(description, 0, -1, true);

    assertThat(wrapped.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(HelpLayout.WIDTH));
    assertThat(words(wrapped)).containsExactlyElementsOf(words(description));
    assertThat(wrapped.lines().skip(1))
        .allSatisfy(
            line -> assertThat(line).startsWith(" ".repeat(29)).doesNotStartWith(" ".repeat(30)));
  }

  /** Every command of the full tree, by its qualified name. */
  private static Map<String, CommandLine> commands() {
    return commands(F3ConsoleCommand.fullCommandLine());
  }

  private static Map<String, CommandLine> commands(CommandLine root) {
    Map<String, CommandLine> all = new LinkedHashMap<>();
    List<CommandLine> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      CommandLine line = todo.remove(0);
      all.put(line.getCommandSpec().qualifiedName(), line);
      todo.addAll(line.getSubcommands().values());
    }
    return all;
  }

  private static String usage(CommandLine line) {
    StringWriter text = new StringWriter();
    line.usage(new PrintWriter(text, true), CommandLine.Help.Ansi.OFF);
    return text.toString();
  }

  private static int count(String text, String phrase) {
    return text.split(java.util.regex.Pattern.quote(phrase), -1).length - 1;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }

  /**
   * The summaries in the "Commands:" list of {@code help}, by qualified name: each entry with the
   * lines that continue it joined.
   */
  private static Map<String, String> commandList(String parent, String help) {
    Map<String, String> summaries = new LinkedHashMap<>();
    List<String> lines = help.lines().toList();
    int at = lines.indexOf("Commands:") + 1;
    assertThat(at).as(parent).isPositive();
    String name = null;
    for (; at < lines.size() && lines.get(at).startsWith("  "); at++) {
      String line = lines.get(at);
      if (!line.startsWith("   ")) {
        String[] parts = line.strip().split("\\s+", 2);
        name = parent + " " + parts[0];
        summaries.put(name, parts.length > 1 ? parts[1] : "");
      } else {
        summaries.merge(name, line.strip(), (first, more) -> first + " " + more);
      }
    }
    summaries.remove(parent + " help");
    return summaries;
  }
}
