package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
