package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden output of {@code release-check}, text and JSON, on the real mainnet initial table and
 * certificates 0-9: the mainnet InitialPowerTable CID is confirmed and certificate 0 validates.
 */
class ReleaseCheckGoldenTest {
  @TempDir Path dir;

  @Test
  void theRealMainnetTableAndCertificateZeroConfirmTheManifestsCid() {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certs = SharedData.file("mainnet_certs_0_9.json");
    Path report = dir.resolve("release.md");
    String[] args = {
      "--no-history",
      "release-check",
      "--network",
      "mainnet",
      "--candidate",
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu",
      "--source",
      table.toString(),
      "--source",
      certs.toString(),
      "--report",
      report.toString()
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(json.status()).as(json.toString()).isZero();
    GoldenOutput.assertMatches(
        "release-check.txt", GoldenOutput.transcript(text, table, certs, report));
    GoldenOutput.assertJsonMatches(
        "release-check.json", GoldenOutput.normalised(json.out(), table, certs, report));
  }

  static String[] append(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
