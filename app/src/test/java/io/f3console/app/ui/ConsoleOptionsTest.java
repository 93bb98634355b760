package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleOptionsTest {
  @Test
  void noArgumentsAndConsoleFlagsOpenTheConsoleWhileSubcommandsDoNot() {
    assertThat(ConsoleOptions.wantsConsole(new String[0])).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--open", "t.json"})).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--theme=dark"})).isTrue();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"powertable", "cid", "t.json"}))
        .isFalse();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--help"})).isFalse();
    assertThat(ConsoleOptions.wantsConsole(new String[] {"--version"})).isFalse();
  }

  @Test
  void parsesRepeatedFilesNetworkDemoAndThemeInBothSpellings() {
    ConsoleOptions options = ConsoleOptions.parse(new String[] {"--open", "a.json",
        "--open=b.json", "--network", "mainnet", "--demo=broken", "--theme", "DARK"});

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
