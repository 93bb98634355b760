package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code state:} source string: a table computed from chain state, for any table command. */
class StateSourceStringTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V17 = "butterflynet_2026-05_actorsv17";

  private static JsonNode derived() throws Exception {
    return JSON.readTree(SharedData.text("state/" + V17 + "_genesis_powertable.DERIVED.json"));
  }

  private static String genesis() {
    return SharedData.file("state/lotus_genesis_" + V17 + ".car.zst").toString();
  }

  @Test
  void powertableCidOfAStateCarAtEpochZeroIsTheDerivedCid() throws Exception {
    CliRun run = CliRun.of("powertable", "cid", "state:car:" + genesis() + "@0");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(derived().get("powerTableCID").asText());
  }

  @Test
  void powertableShowSaysTheTableWasComputedFromState() throws Exception {
    CliRun run = CliRun.of("powertable", "show", "state:car:" + genesis() + "@0");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "computed from chain state at tipset "
                + derived().get("tipset").get(0).asText()
                + " (height 0");
  }

  @Test
  void aNodeStateSourceGivesTheSameCid() throws Exception {
    Cid header = Cid.fromString(derived().get("tipset").get(0).asText());
    try (FakeLotusNode node =
        FakeLotusNode.serving(CarBlockSource.open(Path.of(genesis())))
            .withTipSet(0, List.of(header))) {
      CliRun run = CliRun.of("powertable", "cid", "state:rpc:" + node.endpoint() + "@0");
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.lastLine()).isEqualTo(derived().get("powerTableCID").asText());
    }
  }

  @Test
  void aNodeStateSourceGetsTheTokenAndAWrongBlockFromItIsExitThree() throws Exception {
    Cid header = Cid.fromString(derived().get("tipset").get(0).asText());
    try (FakeLotusNode node =
        FakeLotusNode.serving(CarBlockSource.open(Path.of(genesis())))
            .withTipSet(0, List.of(header))
            .requireToken("s3cret")) {
      String source = "state:" + node.endpoint() + "@bootstrap";
      CliRun ok = CliRun.of("powertable", "cid", source, "--token", "s3cret");
      assertThat(ok.status()).as(ok.toString()).isZero();
      assertThat(ok.lastLine()).isEqualTo(derived().get("powerTableCID").asText());
      node.withFaults(NodeFaults.NONE.withCorruptedBlock(header));
      CliRun bad = CliRun.of("powertable", "cid", source, "--token", "s3cret");
      assertThat(bad.status()).as(bad.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(bad.err()).contains(header.toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void anEpochTheCarDoesNotHoldIsRefused() {
    CliRun run = CliRun.of("powertable", "cid", "state:car:" + genesis() + "@7");
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("height 0, not epoch 7");
  }

  @Test
  void aStateStringWithoutAnEpochIsBadInput() {
    CliRun run = CliRun.of("powertable", "cid", "state:car:" + genesis());
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("state:car:PATH@EPOCH");
  }

  @Test
  void releaseCheckAgreesWithAFileOfTheSameTable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.json");
    Files.writeString(file, derived().get("powerTable").toString());
    CliRun run =
        CliRun.of(
            "release-check",
            "--network",
            "butterfly",
            "--source",
            "state:car:" + genesis() + "@0",
            "--source",
            file.toString());
    String cid = derived().get("powerTableCID").asText();
    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out().lines().filter(line -> line.contains(": " + cid + " (3 entries)")))
        .hasSize(2);
    assertThat(run.out()).contains("NO_CERTIFICATE_ZERO " + cid).doesNotContain("DISAGREE");
  }
}
