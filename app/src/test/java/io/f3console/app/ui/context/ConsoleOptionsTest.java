package io.f3console.app.ui.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.app.ui.Theme;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleOptionsTest {
  @Test
  void noArgumentsAndConsoleFlagsOpenTheConsoleWhileSubcommandsDoNot() {
    assertThat(ConsoleOptions.wantsConsole(new String[0])).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--open", "t.json"})).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--theme=dark"})).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"powertable", "cid", "t.json"})).isFalse();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--help"})).isFalse();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--version"})).isFalse();
  }

  @Test
  void historyOptionsAndTheirValuesOpenTheConsoleUntilASubcommandAppears() {
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--db", "x.db"})).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--db=x.db", "--demo", "broken"}))
        .isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--no-history"})).isTrue();
    assertThat(
            ConsoleOptions.wantsConsole(
                new String[] {"--theme", "dark", "--no-history", "--open", "t.json"}))
        .isTrue();
    // A value that looks like a subcommand is still the option's value.
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--db", "certs"})).isTrue();
    assertThat(
            ConsoleOptions.wantsConsole(
                new String[] {"--db", "x.db", "certs", "validate", "c.json"}))
        .isFalse();
    assertThat(
            ConsoleOptions.wantsConsole(
                new String[] {"--no-history", "powertable", "cid", "t.json"}))
        .isFalse();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--db=x.db", "history", "list"}))
        .isFalse();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--no-history", "--help"})).isFalse();
  }

  @Test
  void theHistoryFileIsTheDbOptionAndNoneWithNoHistory() {
    assertThat(ConsoleOptions.parse(new String[] {"--db", "h/x.db"}).historyFile())
        .contains(Path.of("h/x.db"));
    assertThat(ConsoleOptions.parse(new String[] {"--db=y.db"}).database())
        .contains(Path.of("y.db"));
    ConsoleOptions off = ConsoleOptions.parse(new String[] {"--no-history", "--db", "x.db"});
    assertThat(off.noHistory()).isTrue();
    assertThat(off.historyFile()).isEmpty();
    assertThat(ConsoleOptions.parse(new String[0]).historyFile())
        .contains(io.f3console.core.history.HistoryLocation.resolve(null));
    assertThatThrownBy(() -> ConsoleOptions.parse(new String[] {"--no-history=yes"}))
        .hasMessageContaining("--no-history takes no value");
    assertThatThrownBy(() -> ConsoleOptions.parse(new String[] {"--db"}))
        .hasMessageContaining("--db needs a value");
  }

  @Test
  void testsNeverResolveTheUsersOwnHistory() {
    // The build points F3CONSOLE_DB into target/, so a test that forgets its own database
    // still writes nothing under the home directory.
    Path resolved =
        ConsoleOptions.parse(new String[0]).historyFile().orElseThrow().toAbsolutePath();
    assertThat(resolved.toString()).contains("test-history");
    assertThat(resolved.startsWith(Path.of(System.getProperty("user.home"), ".local"))).isFalse();
  }

  @Test
  void parsesRepeatedFilesNetworkDemoAndThemeInBothSpellings() {
    ConsoleOptions options =
        ConsoleOptions.parse(
            new String[] {
              "--open",
              "a.json",
              "--open=b.json",
              "--network",
              "mainnet",
              "--demo=broken",
              "--theme",
              "DARK"
            });

    assertThat(options.open()).containsExactly(Path.of("a.json"), Path.of("b.json"));
    assertThat(options.network()).isEqualTo(Optional.of("mainnet"));
    assertThat(options.demo()).isEqualTo(Optional.of("broken"));
    assertThat(options.theme()).isEqualTo(Theme.DARK);
    assertThat(ConsoleOptions.parse(new String[0]).theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void refusesMissingValuesUnknownOptionsAndUnknownThemesSayingWhich() {
    assertThatThrownBy(() -> ConsoleOptions.parse(new String[] {"--open"}))
        .hasMessageContaining("--open needs a value");
    assertThatThrownBy(() -> ConsoleOptions.parse(new String[] {"--open", "a", "--bogus", "x"}))
        .hasMessageContaining("unknown console option --bogus");
    assertThatThrownBy(() -> ConsoleOptions.parse(new String[] {"--theme", "blue"}))
        .hasMessageContaining("--theme must be light or dark, got blue");
  }
}
