package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of {@code networks}, text and JSON: the built-in profiles, and the real mainnet
 * initial table remembered beside a history database after one command read it.
 */
class NetworksGoldenTest {
  @TempDir Path temp;

  @Test
  void theProfilesAndTheRememberedMainnetTable() {
    Path db = temp.resolve("data").resolve("history.db");
    Path mainnet = SharedData.file("mainnet_initial_power_table.json");
    CliRun seen =
        CliRun.of("--db", db.toString(), "--no-history", "powertable", "cid", mainnet.toString());
    assertThat(seen.status()).as(seen.toString()).isZero();

    CliRun text = CliRun.of("--db", db.toString(), "--no-history", "networks");
    CliRun json = CliRun.of("--db", db.toString(), "--no-history", "networks", "--json");

    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(json.status()).as(json.toString()).isZero();
    GoldenOutput.assertMatches("networks.txt", GoldenOutput.transcript(text, db));
    GoldenOutput.assertJsonMatches("networks.json", GoldenOutput.normalised(json.out(), db));
  }
}
