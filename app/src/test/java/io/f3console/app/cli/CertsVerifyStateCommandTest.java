package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code certs verify-state}: a certificate whose ECChain holds the real butterflynet genesis
 * tipset, checked against the real genesis state from the CAR and from a fake node.
 */
class CertsVerifyStateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V17 = "butterflynet_2026-05_actorsv17";

  @TempDir Path dir;

  private Cid genesis;
  private Cid derived;
  private String car;

  @BeforeEach
  void read() throws Exception {
    JsonNode expected =
        JSON.readTree(SharedData.text("state/" + V17 + "_genesis_powertable.DERIVED.json"));
    genesis = Cid.fromString(expected.get("tipset").get(0).asText());
    derived = Cid.fromString(expected.get("powerTableCID").asText());
    car = SharedData.file("state/lotus_genesis_" + V17 + ".car.zst").toString();
  }

  /** Certificate 0 whose base is the genesis tipset carrying {@code table}, as a JSON file. */
  private Path certificate(Cid table) throws Exception {
    TipSet base = TipSet.ofBlocks(0, List.of(genesis), table, new byte[32]);
    FinalityCertificate certificate =
        FinalityCertificate.of(
            0,
            ECChain.of(base),
            SupplementalData.of(new byte[32], table),
            Bitfield.of(0),
            new byte[96],
            List.of());
    Path file = dir.resolve("certs-" + table.toString().substring(50) + ".json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CertificateJson.write(List.of(certificate), out);
    }
    return file;
  }

  private Cid wrong() throws Exception {
    return Cid.fromString(
        SharedData.text("state/interopnet_actorsv7_genesis_powertable" + ".DERIVED.json")
            .replaceAll("(?s).*\"powerTableCID\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
  }

  @Test
  void theGenesisTipsetCarriesTheTableItsStateGives() throws Exception {
    CliRun run =
        CliRun.of(
            "certs",
            "verify-state",
            certificate(derived).toString(),
            "--state",
            car,
            "--network",
            "butterfly");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "equal",
            genesis.toString(),
            "recomputed " + derived,
            "signed     " + derived,
            "EQUAL: every recomputed table (1 tipset)",
            "run certs validate");
  }

  @Test
  void aWrongCidIsDifferentAndExitOne() throws Exception {
    Cid wrong = wrong();
    assertThat(wrong).isNotEqualTo(derived);
    CliRun run =
        CliRun.of(
            "certs",
            "verify-state",
            certificate(wrong).toString(),
            "--state",
            "car:" + car,
            "--network",
            "butterfly",
            "--json");
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    JsonNode row = node.get("tipsets").get(0);
    assertThat(row.get("epoch").asLong()).isZero();
    assertThat(row.get("tipset").get(0).asText()).isEqualTo(genesis.toString());
    assertThat(row.get("recomputed").asText()).isEqualTo(derived.toString());
    assertThat(row.get("signed").asText()).isEqualTo(wrong.toString());
    assertThat(row.get("equal").asBoolean()).isFalse();
    assertThat(node.get("allEqual").asBoolean()).isFalse();
  }

  @Test
  void aNodeGivesTheSameAndBootstrapComparesWithCertificateZerosBase() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.serving(CarBlockSource.open(Path.of(car))).withTipSet(0, List.of(genesis))) {
      CliRun run =
          CliRun.of(
              "certs",
              "verify-state",
              certificate(derived).toString(),
              "--state",
              "rpc:" + node.endpoint(),
              "--network",
              "butterfly",
              "--bootstrap",
              "--json");
      assertThat(run.status()).as(run.toString()).isZero();
      JsonNode out = JSON.readTree(run.out());
      assertThat(out.get("tipsets").get(0).get("equal").asBoolean()).isTrue();
      JsonNode boot = out.get("bootstrap");
      // butterfly's BootstrapEpoch - Finality (100) falls after the only tipset: the node
      // gives the last one below it, the genesis
      assertThat(boot.get("epoch").asLong()).isZero();
      assertThat(boot.get("recomputed").asText()).isEqualTo(derived.toString());
      assertThat(boot.get("initialCid").isNull()).isTrue();
      assertThat(boot.get("certificateZeroBaseEqual").asBoolean()).isTrue();
      assertThat(run.err()).contains("Epoch 100 is a null round");
    }
  }

  @Test
  void aWrongBlockFromTheNodeIsExitThree() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.serving(CarBlockSource.open(Path.of(car))).withTipSet(0, List.of(genesis))) {
      node.withFaults(NodeFaults.NONE.withCorruptedBlock(genesis));
      CliRun run =
          CliRun.of(
              "certs",
              "verify-state",
              certificate(derived).toString(),
              "--state",
              node.endpoint().toString(),
              "--network",
              "butterfly");
      assertThat(run.status()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains(genesis.toString());
    }
  }

  @Test
  void blocksFromACarFillWhatTheNodeLacks() throws Exception {
    Cid stateRoot =
        Cid.fromString(
            JSON.readTree(SharedData.text("state/" + V17 + "_genesis_powertable.DERIVED.json"))
                .get("parentStateRoot")
                .asText());
    String subset = SharedData.file("state/" + V17 + "_genesis_powertable_subset.car").toString();
    try (FakeLotusNode node =
        FakeLotusNode.serving(CarBlockSource.open(Path.of(car))).withTipSet(0, List.of(genesis))) {
      node.withFaults(NodeFaults.NONE.withoutBlock(stateRoot));
      CliRun lacking =
          CliRun.of(
              "certs",
              "verify-state",
              certificate(derived).toString(),
              "--state",
              "rpc:" + node.endpoint(),
              "--network",
              "butterfly");
      assertThat(lacking.status()).as(lacking.toString()).isEqualTo(3);
      assertThat(lacking.err()).contains(stateRoot.toString());
      CliRun filled =
          CliRun.of(
              "certs",
              "verify-state",
              certificate(derived).toString(),
              "--state",
              "rpc:" + node.endpoint(),
              "--blocks-from",
              subset,
              "--network",
              "butterfly");
      assertThat(filled.status()).as(filled.toString()).isZero();
      assertThat(filled.out()).contains("State          car:" + subset + " then rpc:");
    }
  }

  @Test
  void aTipsetTheCarDoesNotHoldIsExitTwo() throws Exception {
    String subset =
        SharedData.file("state/interopnet_actorsv7_genesis_powertable_subset.car").toString();
    CliRun run =
        CliRun.of(
            "certs",
            "verify-state",
            certificate(derived).toString(),
            "--state",
            subset,
            "--network",
            "butterfly");
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(genesis.toString());
  }
}
