package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden outputs of the {@code powertable} commands, text and JSON, on the real tables. */
class PowerTableGoldenTest {
  @Test
  void cidOfTheMainnetInitialTable() {
    Path table = SharedData.file("mainnet_initial_power_table.json");

    CliRun text = CliRun.of("--no-history", "powertable", "cid", table.toString());
    CliRun json = CliRun.of("--no-history", "powertable", "cid", table.toString(), "--json");

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches("powertable-cid.txt", GoldenOutput.transcript(text, table));
    GoldenOutput.assertJsonMatches(
        "powertable-cid.json", GoldenOutput.normalised(json.out(), table));
  }

  @Test
  void convertOfTheOldCalibnetTableToCbor(@TempDir Path dir) throws Exception {
    Path table = SharedData.file("calibnet_old_initial_power_table.json");
    Path out = dir.resolve("table.cbor");
    String[] args = {
      "--no-history",
      "powertable",
      "convert",
      table.toString(),
      "--to",
      "cbor",
      "-o",
      out.toString()
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--force", "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(Files.readAllBytes(out))
        .isEqualTo(SharedData.bytes("calibnet_old_initial_power_table.cbor"));
    GoldenOutput.assertMatches("powertable-convert.txt", GoldenOutput.transcript(text, table, out));
    GoldenOutput.assertJsonMatches(
        "powertable-convert.json", GoldenOutput.normalised(json.out(), table, out));
  }

  static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
