package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandTreeTest {
  @TempDir Path dir;

  @Test
  void aRunThatNamesItsCommandGetsOnlyThePathToIt() {
    CommandLine line =
        CommandTree.build(
            new F3ConsoleCommand(),
            List.of("--db", "cid", "powertable", "--no-history", "cid", "table.json"));

    assertThat(line.getSubcommands()).containsOnlyKeys("powertable");
    assertThat(line.getSubcommands().get("powertable").getSubcommands()).containsOnlyKeys("cid");
  }

  @Test
  void helpNoCommandAndAMistypedNameGetTheWholeTree() {
    Map<String, Integer> whole = shape(F3ConsoleCommand.fullCommandLine());

    assertThat(shape(CommandTree.build(new F3ConsoleCommand(), List.of("--help"))))
        .isEqualTo(whole);
    assertThat(shape(CommandTree.build(new F3ConsoleCommand(), List.of("help", "certs"))))
        .isEqualTo(whole);
    assertThat(shape(CommandTree.build(new F3ConsoleCommand(), List.of("powertabel", "cid"))))
        .isEqualTo(whole);
    assertThat(
            shape(CommandTree.build(new F3ConsoleCommand(), List.of("powertable", "ci")))
                .get("powertable"))
        .isEqualTo(whole.get("powertable"));
    assertThat(whole)
        .containsKeys(
            "powertable",
            "certs",
            "snapshot",
            "history",
            "participation",
            "help",
            "powertable cid",
            "certs sync",
            "participation missing",
            "history table");
  }

  @Test
  void theInheritedOptionsReachACommandTwoLevelsDown() {
    Path database = dir.resolve("elsewhere.db");

    CliRun run = CliRun.of("networks", "--db", database.toString());
    CliRun nested = CliRun.of("history", "list", "--db", database.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(nested.status()).as(nested.toString()).isZero();
    assertThat(nested.out()).contains("networks");
  }

  @Test
  void usageErrorsAndHelpReadAsWithTheWholeTree() {
    CliRun typo = CliRun.of("powertable", "ci");
    CliRun groupHelp = CliRun.of("powertable", "--help");

    assertThat(typo.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(typo.err()).contains("'ci'");
    assertThat(groupHelp.out())
        .contains("cid", "show", "diff", "check", "convert", "fetch", "from-state");
  }

  /** Every command of {@code line} by its path (without the root), with its option count. */
  private static Map<String, Integer> shape(CommandLine line) {
    Map<String, Integer> shape = new TreeMap<>();
    walk(line, "", shape);
    return shape;
  }

  private static void walk(CommandLine line, String path, Map<String, Integer> shape) {
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              String here = path.isEmpty() ? name : path + " " + name;
              shape.put(here, sub.getCommandSpec().options().size());
              walk(sub, here, shape);
            });
  }
}
