package io.f3console.app.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.app.ui.TestWorkspace;
import io.f3console.core.testing.Fifo;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console opens a named pipe of the real mainnet table: opened once, recognised, read. */
class PipedFilesTest {
  /** The mainnet initial power table's CID, as go-f3's mainnet manifest states it. */
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  @TempDir Path dir;

  @Test
  void aNamedPipeOfATableOpensAsThatTable() throws Exception {
    Path fifo =
        Fifo.writingOnce(
            dir.resolve("table.json"), SharedData.bytes("mainnet_initial_power_table.json"));
    TestWorkspace workspace = new TestWorkspace(dir.resolve("home"));

    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> workspace.open(fifo));

    assertThat(workspace.table().cid().toString()).isEqualTo(MAINNET_CID);
  }
}
