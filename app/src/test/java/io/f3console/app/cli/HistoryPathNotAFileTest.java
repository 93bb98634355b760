package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.testing.Fifo;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history database path that is a named pipe: a command still gives its result and its status,
 * warns once that the run was not recorded, and ends; a {@code history} command refuses the path
 * with exit 2. Neither waits on the pipe.
 */
class HistoryPathNotAFileTest {
  static final Duration GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void aCommandEndsWithItsResultAndOneWarning() throws Exception {
    Path fifo = Fifo.make(dir.resolve("history.db"));
    Path table = SharedData.file("mainnet_initial_power_table.json");

    CliRun run =
        assertTimeoutPreemptively(
            GUARD, () -> CliRun.of("powertable", "cid", table.toString(), "--db", fifo.toString()));

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
    assertThat(run.err())
        .contains(RunRecorder.WARNING)
        .contains(fifo + " is a named pipe (FIFO), not a history database file");
  }

  @Test
  void historyListRefusesAPipeWithExitTwo() throws Exception {
    Path fifo = Fifo.make(dir.resolve("history.db"));

    CliRun run =
        assertTimeoutPreemptively(
            GUARD, () -> CliRun.of("history", "list", "--db", fifo.toString()));

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(fifo + " is a named pipe (FIFO)");
  }
}
