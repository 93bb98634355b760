package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryLocationTest {
  private static final Path HOME = Path.of("/home/operator");

  @Test
  void linuxUsesXdgDataHomeWhenAbsolute() {
    assertThat(HistoryLocation.resolve(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
        .isEqualTo(Path.of("/data/xdg/f3console/history.db"));
  }

  @Test
  void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
    Path expected = Path.of("/home/operator/.local/share/f3console/history.db");
    assertThat(HistoryLocation.resolve(Map.of(), "Linux", HOME)).isEqualTo(expected);
    assertThat(HistoryLocation.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME))
        .isEqualTo(expected);
  }

  @Test
  void macAndWindowsUseTheirApplicationDataFolders() {
    assertThat(HistoryLocation.resolve(Map.of(), "Mac OS X", HOME))
        .isEqualTo(Path.of("/home/operator/Library/Application Support/F3 Console/history.db"));
    assertThat(
            HistoryLocation.resolve(
                Map.of("LOCALAPPDATA", "C:/Users/op/AppData/Local"), "Windows 11", HOME))
        .isEqualTo(Path.of("C:/Users/op/AppData/Local/F3 Console/history.db"));
  }

  @Test
  void theEnvironmentVariableWinsOverTheDefaultAndAnExplicitFileOverBoth() {
    Map<String, String> env =
        Map.of(HistoryLocation.ENVIRONMENT_VARIABLE, "/srv/f3/h.db", "XDG_DATA_HOME", "/data/xdg");
    assertThat(HistoryLocation.resolve(env, "Linux", HOME)).isEqualTo(Path.of("/srv/f3/h.db"));
    assertThat(HistoryLocation.resolve(Path.of("mine.db"))).isEqualTo(Path.of("mine.db"));
  }
}
