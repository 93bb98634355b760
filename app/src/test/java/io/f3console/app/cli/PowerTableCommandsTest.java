package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The power-table subcommands on the real tables, end to end through picocli. */
class PowerTableCommandsTest {
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  private static final String CALIBNET_CID =
      "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String mainnet() {
    return SharedData.file("mainnet_initial_power_table.json").toString();
  }

  private static String calibnet(String extension) {
    return SharedData.file("calibnet_old_initial_power_table." + extension).toString();
  }

  @Test
  void cidPrintsTheMainnetCidAsTheLastLine() {
    CliRun run = CliRun.of("powertable", "cid", mainnet());
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(MAINNET_CID);
  }

  @Test
  void cidGivesTheSameCalibnetCidFromJsonAndCbor() {
    assertThat(CliRun.of("powertable", "cid", calibnet("json")).lastLine()).isEqualTo(CALIBNET_CID);
    assertThat(CliRun.of("powertable", "cid", calibnet("cbor")).lastLine()).isEqualTo(CALIBNET_CID);
  }

  @Test
  void cidJsonIsOneObject() throws Exception {
    CliRun run = CliRun.of("powertable", "cid", "--json", calibnet("cbor"));
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("cid").asText()).isEqualTo(CALIBNET_CID);
    assertThat(node.get("format").asText()).isEqualTo("DAG_CBOR");
    assertThat(node.get("entries").asInt()).isEqualTo(20);
  }

  @Test
  void checkAcceptsTheMainnetTableForMainnetAndFilecoin() {
    assertThat(CliRun.of("powertable", "check", mainnet(), "--network", "mainnet").status())
        .isZero();
    CliRun byF3Name = CliRun.of("powertable", "check", mainnet(), "--network", "filecoin");
    assertThat(byF3Name.status()).as(byF3Name.toString()).isZero();
    assertThat(byF3Name.out()).contains("MATCH");
  }

  @Test
  void checkRefusesTheCalibnetTableForMainnetAndSaysWhoseItIs() {
    CliRun run = CliRun.of("powertable", "check", calibnet("json"), "--network", "mainnet");
    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains("MISMATCH")
        .contains(MAINNET_CID)
        .contains(CALIBNET_CID)
        .contains("initial power table of calibnet-2024");
  }

  @Test
  void checkAcceptsTheCalibnetTableForTheOldCalibnetNetworkName() {
    CliRun run = CliRun.of("powertable", "check", calibnet("cbor"), "--network", "calibrationnet");
    assertThat(run.status()).as(run.toString()).isZero();
  }

  @Test
  void checkExplainsWhenTheRightEntriesAreOutOfOrder(@TempDir Path dir) throws Exception {
    PowerTable table = PowerTableFiles.read(Path.of(calibnet("json"))).toTable();
    List<PowerEntry> reversed = new ArrayList<>(table.entries());
    Collections.reverse(reversed);
    Path file = dir.resolve("reversed.json");
    PowerTableFiles.write(file, reversed, PowerTableFormat.JSON_ENTRIES);

    CliRun run =
        CliRun.of("powertable", "check", file.toString(), "--network", "calibnet-2024", "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("match").asBoolean()).isFalse();
    assertThat(node.get("findings").toString()).contains("entries are out of order");
  }

  @Test
  void checkSaysTrustForANetworkWithoutAnExpectedCidOrACustomName(@TempDir Path dir)
      throws Exception {
    CliRun otherNetworks = CliRun.of("powertable", "check", mainnet(), "--network", "butterfly");
    assertThat(otherNetworks.status())
        .as(otherNetworks.toString())
        .isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(otherNetworks.out())
        .contains(
            "Trust     mismatch (OTHER_NETWORKS_INITIAL_TABLE)",
            "initial power table of mainnet (F3 network filecoin)",
            "MISMATCH");
    CliRun custom = CliRun.of("powertable", "check", mainnet(), "--network", "my-devnet", "--json");
    assertThat(custom.status()).as(custom.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode trust = JSON.readTree(custom.out()).get("trust");
    assertThat(trust.get("state").asText()).isEqualTo("mismatch");
    assertThat(trust.get("belongsTo").asText()).isEqualTo("mainnet");

    Path table = dir.resolve("devnet-table.json");
    PowerTableFiles.write(
        table,
        SyntheticNetwork.of(SimulationSpec.of(5, 8, 0, "my-devnet")).initialTable().entries(),
        PowerTableFormat.JSON_ENTRIES);
    CliRun unverified =
        CliRun.of("powertable", "check", table.toString(), "--network", "butterfly", "--json");
    assertThat(unverified.status()).as(unverified.toString()).isZero();
    JsonNode node = JSON.readTree(unverified.out());
    assertThat(node.get("match").asBoolean()).isFalse();
    assertThat(node.get("expectedCid").isNull()).isTrue();
    assertThat(node.get("trust").get("state").asText()).isEqualTo("unverified");
    assertThat(node.get("trust").get("reason").asText()).isEqualTo("NO_EXPECTED_CID");
    CliRun customText =
        CliRun.of("powertable", "check", table.toString(), "--network", "my-devnet");
    assertThat(customText.status()).as(customText.toString()).isZero();
    assertThat(customText.out()).contains("unverified (CUSTOM_NETWORK)", "UNVERIFIED:");
  }

  @Test
  void aNetworkNameThatIsAlmostAKnownOneIsRefused() {
    CliRun run = CliRun.of("powertable", "check", mainnet(), "--network", "mainet");
    assertThat(run.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("did you mean 'mainnet'?");
    assertThat(run.out()).doesNotContain("MISMATCH");
  }

  @Test
  void showSummarisesTheMainnetTable() {
    CliRun run = CliRun.of("powertable", "show", mainnet(), "--top", "3");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("CID           " + MAINNET_CID)
        .contains("1560 (153 with scaled power 0)")
        .contains("Scaled total  64763")
        .contains("Quorum        43176")
        .contains("f01697248")
        .contains("… 1557 more entries")
        .contains("all 1560 are valid");
  }

  @Test
  void showJsonHasRanksSharesAndKeyStatus() throws Exception {
    CliRun run = CliRun.of("powertable", "show", "--json", calibnet("json"));
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("scaledTotal").asLong()).isEqualTo(65526);
    assertThat(node.get("rows")).hasSize(20);
    JsonNode first = node.get("rows").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("actor").asText()).isEqualTo("f0138097");
    assertThat(first.get("keyStatus").asText()).isEqualTo("VALID");
    double shares = 0;
    for (JsonNode row : node.get("rows")) {
      shares += row.get("share").asDouble();
    }
    assertThat(shares).isBetween(0.999999, 1.000001);
    assertThat(node.get("invalidKeys")).isEmpty();
  }

  @Test
  void showFlagsUnusableAndSharedKeys(@TempDir Path dir) throws Exception {
    PowerTable table = PowerTableFiles.read(Path.of(calibnet("json"))).toTable();
    List<PowerEntry> entries = new ArrayList<>(table.entries());
    PowerEntry first = entries.get(0);
    byte[] identity = new byte[48];
    identity[0] = (byte) 0xc0;
    entries.set(
        1,
        new PowerEntry(
            entries.get(1).id(),
            entries.get(1).power(),
            io.f3console.core.gpbft.PubKey.of(identity)));
    entries.set(2, new PowerEntry(entries.get(2).id(), entries.get(2).power(), first.pubKey()));
    Path file = dir.resolve("bad-keys.json");
    PowerTableFiles.write(file, entries, PowerTableFormat.JSON_ENTRIES);

    CliRun run = CliRun.of("powertable", "show", file.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains("1 unusable")
        .contains("IDENTITY".toLowerCase())
        .contains("used by " + first.id().address() + ", " + entries.get(2).id().address());
  }

  @Test
  void diffReportsEachKindOfChange(@TempDir Path dir) throws Exception {
    PowerTable table = PowerTableFiles.read(Path.of(calibnet("json"))).toTable();
    List<PowerEntry> entries = new ArrayList<>(table.entries());
    PowerEntry removed = entries.remove(19);
    PowerEntry repowered = entries.get(0);
    entries.set(
        0,
        new PowerEntry(
            repowered.id(), repowered.power().add(StoragePower.of(1024)), repowered.pubKey()));
    Path file = dir.resolve("after.json");
    PowerTableFiles.write(file, entries, PowerTableFormat.DAG_CBOR);

    CliRun text = CliRun.of("powertable", "diff", calibnet("json"), file.toString());
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(text.out())
        .contains("0 added, 1 removed, 1 with new power, 0 with a new key")
        .contains("- " + removed.id().address())
        .contains("~ " + repowered.id().address() + "  power ")
        .contains("(+1024 bytes)");

    JsonNode node =
        JSON.readTree(
            CliRun.of("powertable", "diff", "--json", calibnet("json"), file.toString()).out());
    assertThat(node.get("counts").get("removed").asInt()).isEqualTo(1);
    assertThat(node.get("counts").get("powerChanged").asInt()).isEqualTo(1);
    assertThat(node.get("b").get("entries").asInt()).isEqualTo(19);

    CliRun markdown =
        CliRun.of("powertable", "diff", "--markdown", calibnet("json"), file.toString());
    assertThat(markdown.status()).as(markdown.toString()).isZero();
    assertThat(markdown.out())
        .startsWith("# Power table comparison")
        .contains("| `" + removed.id().address() + "` | removed |")
        .contains("| `" + repowered.id().address() + "` | re-powered |")
        .contains("| +1024 |");
    assertThat(
            CliRun.of(
                    "powertable", "diff", "--markdown", "--json", calibnet("json"), file.toString())
                .status())
        .isNotZero();
  }

  @Test
  void diffOfATableWithItselfIsIdentical() {
    CliRun run = CliRun.of("powertable", "diff", calibnet("json"), calibnet("cbor"));
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Identical tables.");
  }

  @Test
  void networksListsTheProfiles() throws Exception {
    CliRun text = CliRun.of("networks");
    assertThat(text.status()).isZero();
    assertThat(text.out())
        .contains("mainnet")
        .contains("filecoin")
        .contains("4920480")
        .contains(MAINNET_CID)
        .contains("calibrationnet2");
    JsonNode node = JSON.readTree(CliRun.of("networks", "--json").out());
    assertThat(node.get("networks").findValuesAsText("key")).contains("mainnet", "calibnet");
  }

  @Test
  void noArgumentsPrintsTheHelp() {
    CliRun run = CliRun.of();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: f3console").contains("powertable").contains("networks");
  }

  @Test
  void writesNothingToDiskItWasNotAskedTo(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(Path.of(calibnet("cbor")), dir.resolve("t.cbor"));
    CliRun.of("powertable", "show", copy.toString());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(copy);
    }
  }

  @Test
  void cidReportsAWrapperWhoseStatedCidItsEntriesContradict(@TempDir Path dir) throws Exception {
    PowerTable table = PowerTableFiles.read(Path.of(calibnet("json"))).toTable();
    String entries = io.f3console.core.powertable.PowerTableJson.write(table.entries());
    String wrapper =
        "{\"Instance\":7,\"FromEC\":false,\"PowerTable\":{\"CID\":\""
            + MAINNET_CID
            + "\",\"Entries\":"
            + entries
            + ",\"Total\":\"1\",\"ScaledTotal\":"
            + table.scaledTotal()
            + "}}";
    Path file = Files.writeString(dir.resolve("pt.json"), wrapper);

    CliRun run = CliRun.of("powertable", "cid", file.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.lastLine()).isEqualTo(CALIBNET_CID);
    assertThat(run.err())
        .contains("the file states CID " + MAINNET_CID)
        .contains("states total power 1 but");
    CliRun show = CliRun.of("powertable", "show", file.toString(), "--top", "1");
    assertThat(show.out()).contains("lotus f3 powertable get JSON, 20 entries, instance 7");
  }
}
