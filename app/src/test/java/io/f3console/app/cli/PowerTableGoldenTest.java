package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of the {@code powertable} commands, text and JSON: on the real tables, a node
 * serving the real mainnet data, and the real genesis states.
 */
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

  @Test
  void fetchFromANodeOverTheMainnetData(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("table.json");
    Path cbor = dir.resolve("table-10.cbor");
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      String rpc = node.endpoint().toString();
      CliRun text =
          CliRun.of("--no-history", "powertable", "fetch", "--rpc", rpc, "-o", out.toString());
      CliRun json =
          CliRun.of(
              "--no-history",
              "powertable",
              "fetch",
              "--rpc",
              rpc,
              "--instance",
              "10",
              "--format",
              "cbor",
              "-o",
              cbor.toString(),
              "--json");

      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(json.status()).as(json.toString()).isZero();
      GoldenOutput.assertMatches(
          "powertable-fetch.txt", GoldenOutput.transcript(text, out).replace(rpc, "<node>"));
      GoldenOutput.assertJsonMatches(
          "powertable-fetch.json", GoldenOutput.normalised(json.out(), out).replace(rpc, "<node>"));
    }
  }

  @Test
  void diffOfTheMainnetInitialTableAndTheTableAfterCertificate9(@TempDir Path dir)
      throws Exception {
    Path initial = SharedData.file("mainnet_initial_power_table.json");
    FinalityCertificate nine =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json")).get(9);
    PowerTable after =
        PowerTableDeltas.apply(PowerTableFiles.read(initial).toTable(), nine.powerTableDelta());
    Path next = dir.resolve("after-instance-9.json");
    PowerTableFiles.write(next, after.entries(), PowerTableFormat.JSON_ENTRIES);
    String[] args = {"--no-history", "powertable", "diff", initial.toString(), next.toString()};

    CliRun text = CliRun.of(args);
    CliRun markdown = CliRun.of(append(args, "--markdown"));
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches("powertable-diff.txt", GoldenOutput.transcript(text, initial, next));
    GoldenOutput.assertMatches(
        "powertable-diff.md", GoldenOutput.transcript(markdown, initial, next));
    GoldenOutput.assertJsonMatches(
        "powertable-diff.json", GoldenOutput.normalised(json.out(), initial, next));
  }

  @Test
  void showOfTheOldCalibnetTableTop5() {
    Path table = SharedData.file("calibnet_old_initial_power_table.json");
    String[] args = {"--no-history", "powertable", "show", table.toString(), "--top", "5"};

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches("powertable-show.txt", GoldenOutput.transcript(text, table));
    GoldenOutput.assertJsonMatches(
        "powertable-show.json", GoldenOutput.normalised(json.out(), table));
  }

  @Test
  void checkOfTheMainnetTableAgainstMainnet() {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    String[] args = {
      "--no-history", "powertable", "check", table.toString(), "--network", "mainnet"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    GoldenOutput.assertMatches("powertable-check.txt", GoldenOutput.transcript(text, table));
    GoldenOutput.assertJsonMatches(
        "powertable-check.json", GoldenOutput.normalised(json.out(), table));
  }

  @Test
  void checkOfTheOldCalibnetTableAgainstMainnet() {
    Path table = SharedData.file("calibnet_old_initial_power_table.cbor");
    String[] args = {
      "--no-history", "powertable", "check", table.toString(), "--network", "mainnet"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    GoldenOutput.assertMatches(
        "powertable-check-mismatch.txt", GoldenOutput.transcript(text, table));
    GoldenOutput.assertJsonMatches(
        "powertable-check-mismatch.json", GoldenOutput.normalised(json.out(), table));
  }

  @Test
  void fromStateOfTheInteropnetGenesis() throws Exception {
    Path car = SharedData.file("state/interopnet_actorsv7_genesis_powertable_subset.car");
    String[] args = {
      "--no-history",
      "powertable",
      "from-state",
      "car:" + car,
      "--network",
      "interopnet",
      "--epoch",
      "0",
      "--explain",
      "f01000"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isZero();
    String derivedCid =
        new ObjectMapper()
            .readTree(SharedData.text("state/interopnet_actorsv7_genesis_powertable.DERIVED.json"))
            .get("powerTableCID")
            .asText();
    assertThat(text.lastLine()).isEqualTo(derivedCid);
    GoldenOutput.assertMatches("powertable-from-state.txt", GoldenOutput.transcript(text, car));
    GoldenOutput.assertJsonMatches(
        "powertable-from-state.json", GoldenOutput.normalised(json.out(), car));
  }

  @Test
  void fromStateOfATipsetTheCarDoesNotHold() {
    Path car =
        SharedData.file("state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car");
    String[] args = {
      "--no-history",
      "powertable",
      "from-state",
      car.toString(),
      "--network",
      "butterfly",
      "--tipset",
      "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa"
    };

    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(json.status()).as(json.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    GoldenOutput.assertMatches(
        "powertable-from-state-missing-block.txt", GoldenOutput.transcript(text, car));
    GoldenOutput.assertJsonMatches(
        "powertable-from-state-missing-block.json", GoldenOutput.normalised(json.out(), car));
  }

  static String[] append(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
