package io.f3console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {
  @Test
  void theArgumentsSplitIntoCommandLinesAtEachThen() {
    assertThat(
            StartupTraining.commands(
                new String[] {
                  "--version",
                  "--then",
                  "powertable",
                  "cid",
                  "a b.json",
                  "--then",
                  "--then",
                  "console"
                }))
        .containsExactly(
            List.of("--version"), List.of("powertable", "cid", "a b.json"), List.of("console"));
    assertThat(StartupTraining.commands(new String[0])).isEmpty();
  }
}
