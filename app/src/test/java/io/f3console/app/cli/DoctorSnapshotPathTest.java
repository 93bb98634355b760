package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.testing.Fifo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doctor --snapshot} given something that is not a snapshot file: it says what the path is
 * (a folder, a named pipe, a device), exit 2, without reading it (so {@code /dev/zero} ends).
 */
class DoctorSnapshotPathTest {
  static final Duration GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  CliRun doctor(Path snapshot) {
    return assertTimeoutPreemptively(
        GUARD,
        () ->
            CliRun.of(
                "doctor",
                "--network",
                "mainnet",
                "--snapshot",
                snapshot.toString(),
                "--no-history"));
  }

  @Test
  void aFolderIsCalledAFolder() {
    CliRun run = doctor(dir);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(dir + ": is a folder").doesNotContain("no such file");
  }

  @Test
  void aNamedPipeIsCalledOneAndNotWaitedOn() throws Exception {
    Path fifo = Fifo.make(dir.resolve("pipe"));

    CliRun run = doctor(fifo);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(fifo + ": is a named pipe").doesNotContain("no such file");
  }

  @Test
  void devZeroIsCalledADeviceAndNotReadForever() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "this system has no /dev/zero");

    CliRun run = doctor(zero);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("/dev/zero: is a character device");
  }

  @Test
  void aMissingFileIsStillNoSuchFile() {
    Path missing = dir.resolve("absent.car");

    CliRun run = doctor(missing);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(missing + ": no such file");
  }
}
