package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.testing.Fifo;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands given named pipes in place of files, in-process: each pipe's writer writes the real
 * mainnet file once and closes, as {@code <(cat file)} does. A plain path is opened once and
 * recognised on the stream then read, so every command reads the pipe and ends; a snapshot, which
 * is read in several passes, is refused saying what the path is.
 */
class PipedInputCommandsTest {
  /** The mainnet initial power table's CID, as go-f3's mainnet manifest states it. */
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  static final Duration GUARD = Duration.ofSeconds(120);

  @TempDir Path dir;

  Path tablePipe(String name) throws Exception {
    return Fifo.writingOnce(
        dir.resolve(name), SharedData.bytes("mainnet_initial_power_table.json"));
  }

  Path certificatePipe(String name) throws Exception {
    return Fifo.writingOnce(dir.resolve(name), SharedData.bytes("mainnet_certs_0_9.json"));
  }

  CliRun run(String... args) {
    return assertTimeoutPreemptively(GUARD, () -> CliRun.of(args));
  }

  @Test
  void powertableCidReadsAPipeNamedAsAPlainPath() throws Exception {
    Path table = tablePipe("table");

    CliRun run = run("powertable", "cid", table.toString(), "--no-history");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(MAINNET_CID);
  }

  @Test
  void certsValidateReadsATableAndCertificatesFromPipes() throws Exception {
    Path table = tablePipe("table");
    Path certs = certificatePipe("certs");

    CliRun run =
        run(
            "certs",
            "validate",
            "--network",
            "mainnet",
            "--power-table",
            table.toString(),
            certs.toString(),
            "--no-history");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out()).contains("VALID: 10 certificates");
  }

  @Test
  void participationCountsCertificatesFromAPipe() throws Exception {
    Path table = tablePipe("table");
    Path certs = certificatePipe("certs");

    CliRun run =
        run(
            "participation",
            "--network",
            "mainnet",
            "--power-table",
            table.toString(),
            certs.toString(),
            "--json",
            "--no-history");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\"instances\"");
  }

  @Test
  void snapshotExportTakesItsCertificatesFromAPipe() throws Exception {
    Path certs = certificatePipe("certs");
    Path out = dir.resolve("out.f3snap");

    CliRun run =
        run(
            "snapshot",
            "export",
            "--from-source",
            certs.toString(),
            "--power-table",
            SharedData.file("mainnet_initial_power_table.json").toString(),
            "--out",
            out.toString(),
            "--no-history");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(Files.size(out)).isPositive();
  }

  @Test
  void aSnapshotThroughAPipeIsRefusedSayingItIsAPipe() throws Exception {
    Path pipe = Fifo.writingOnce(dir.resolve("snap"), new byte[] {0x05, (byte) 0x84, 0, 0, 0, 0});

    CliRun run = run("snapshot", "inspect", pipe.toString(), "--no-history");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(pipe.toString()).contains("named pipe");
  }
}
