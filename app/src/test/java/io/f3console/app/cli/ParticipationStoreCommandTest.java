package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code participation --store} and {@code participation missing --store}: counts read from a store
 * filled by {@code certs sync}, checked against a count written here from the chain's own
 * committees and signers; the trust and the unverified marks; CSV; refusals.
 */
class ParticipationStoreCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NETWORK = "participation-store-cli";
  static final int INSTANCES = 1_200;
  static SyntheticChain chain;

  @TempDir static Path shared;
  static Path snapshot;
  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain =
        SyntheticNetwork.of(
                new SimulationSpec(
                    17,
                    12,
                    INSTANCES,
                    NETWORK,
                    new SimulationSpec.Churn(0.3, 0.05, 0.05, 0.01, 0.1)))
            .generate();
    snapshot =
        SnapshotExport.writeF3Snapshot(
                shared.resolve("chain.f3snap"),
                F3SnapshotHeader.of(0, INSTANCES - 1, chain.initialTable()),
                CertificateStream.of(chain.certificates()),
                SnapshotExport.Progress.NONE)
            .path();
  }

  RecordedRuns history() {
    return new RecordedRuns(dir.resolve("history.db"));
  }

  /** Signed / absent / out for one miner over instances from–to, from the generator. */
  static long[] expected(ActorId actor, int from, int to) {
    long[] counts = new long[3];
    for (int i = from; i <= to; i++) {
      PowerTable committee = chain.tableOf(i);
      Optional<Integer> index = committee.indexOf(actor);
      if (index.isEmpty()) {
        counts[2]++;
      } else if (chain.certificates().get(i).signers().contains(index.get())) {
        counts[0]++;
      } else {
        counts[1]++;
      }
    }
    return counts;
  }

  @Test
  void countsFromTheStoreAreTheChainsAndAreUnverifiedWithoutSignatures() throws Exception {
    RecordedRuns history = history();
    CliRun sync =
        history.run("certs", "sync", snapshot.toString(), "--network", NETWORK, "--no-signatures");
    assertThat(sync.status()).as(sync.toString()).isZero();
    ActorId first = chain.initialTable().entry(0).id();
    ActorId joined = chain.finalTable().entry(chain.finalTable().size() - 1).id();
    CliRun run =
        history.run(
            "participation",
            "--store",
            "--network",
            NETWORK,
            "--from",
            "100",
            "--to",
            "1150",
            "--miner",
            first.address(),
            "--miner",
            joined.address(),
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("verified").asBoolean()).isFalse();
    assertThat(node.get("uncheckedSignatures").asLong()).isEqualTo(1_051);
    assertThat(node.get("firstInstance").asLong()).isEqualTo(100);
    assertThat(node.get("lastInstance").asLong()).isEqualTo(1_150);
    assertThat(node.get("instances")).hasSize(1_051);
    assertThat(node.get("caveat").asText()).contains("no proof of absence");
    for (JsonNode miner : node.get("miners")) {
      ActorId actor = ActorId.parse(miner.get("actor").asText());
      long[] counts = expected(actor, 100, 1_150);
      assertThat(miner.get("signed").asLong()).as("%s signed", actor).isEqualTo(counts[0]);
      assertThat(miner.get("absent").asLong()).as("%s absent", actor).isEqualTo(counts[1]);
      assertThat(miner.get("notInCommittee").asLong()).as("%s out", actor).isEqualTo(counts[2]);
      assertThat(miner.get("timeline").asText()).hasSize(ParticipationCommand.TIMELINE);
    }
    for (JsonNode instance : node.get("instances")) {
      int i = instance.get("instance").asInt();
      assertThat(instance.get("signers").asLong())
          .isEqualTo(chain.certificates().get(i).signers().cardinality());
      assertThat(instance.get("committee").asInt()).isEqualTo(chain.tableOf(i).size());
    }

    CliRun text = history.run("participation", "--store", "--network", NETWORK);
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(text.out())
        .contains(
            "UNVERIFIED     1200 of these certificates were stored"
                + " without their signatures checked")
        .contains("no proof of absence");

    CliRun csv = history.run("participation", "--store", "--network", NETWORK, "--csv");
    assertThat(csv.status()).as(csv.toString()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).startsWith("actor,signed,absent,not_in_committee,rate");
    String line =
        lines.stream().filter(l -> l.startsWith(first.address() + ",")).findFirst().orElseThrow();
    long[] all = expected(first, 0, INSTANCES - 1);
    assertThat(line).startsWith(first.address() + "," + all[0] + "," + all[1] + "," + all[2] + ",");
  }

  @Test
  void missingPowerFromTheStoreRanksTheAbsentOfTheLastInstances() throws Exception {
    RecordedRuns history = history();
    assertThat(
            history
                .run("certs", "sync", snapshot.toString(), "--network", NETWORK, "--no-signatures")
                .status())
        .isZero();
    CliRun run =
        history.run(
            "participation", "missing", "--store", "--network", NETWORK, "--last", "300", "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("firstInstance").asLong()).isEqualTo(INSTANCES - 300);
    long[] top = {0, 0};
    JsonNode first = node.get("absent").get(0);
    ActorId actor = ActorId.parse(first.get("actor").asText());
    for (int i = INSTANCES - 300; i < INSTANCES; i++) {
      PowerTable committee = chain.tableOf(i);
      Optional<Integer> index = committee.indexOf(actor);
      if (index.isPresent() && !chain.certificates().get(i).signers().contains(index.get())) {
        top[0] += committee.scaledPower(index.get());
        top[1]++;
      }
    }
    assertThat(first.get("missedScaledPower").asLong()).isEqualTo(top[0]);
    assertThat(first.get("instancesMissed").asLong()).isEqualTo(top[1]);
    long previous = Long.MAX_VALUE;
    for (JsonNode absent : node.get("absent")) {
      assertThat(absent.get("missedScaledPower").asLong()).isLessThanOrEqualTo(previous);
      previous = absent.get("missedScaledPower").asLong();
    }
    CliRun one =
        history.run(
            "participation", "missing", "--store", "--network", NETWORK, "--instance", "5000");
    assertThat(one.status()).isEqualTo(2);
    assertThat(one.err())
        .contains("instance 5000 is not in the store, which holds instances" + " 0–1199");
  }

  @Test
  void theRealMainnetChainInAStoreIsVerified() throws Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certs;
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certs = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
    Path source =
        SnapshotExport.writeF3Snapshot(
                dir.resolve("mainnet.f3snap"),
                F3SnapshotHeader.of(0, 9, initial),
                CertificateStream.of(certs),
                SnapshotExport.Progress.NONE)
            .path();
    Path store = dir.resolve("mainnet.db");
    RecordedRuns history = history();
    CliRun sync =
        history.run(
            "certs",
            "sync",
            source.toString(),
            "--network",
            "mainnet",
            "--store",
            store.toString());
    assertThat(sync.status()).as(sync.toString()).isZero();
    CliRun run =
        history.run("participation", "--store", store.toString(), "--network", "mainnet", "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("verified").asBoolean()).isTrue();
    assertThat(node.get("trust").get("state").asText()).isEqualTo("verified");
    assertThat(node.get("instances")).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(node.get("instances").get(i).get("signers").asLong())
          .isEqualTo(certs.get(i).signers().cardinality());
    }
    CliRun text = history.run("participation", "--store", store.toString(), "--network", "mainnet");
    assertThat(text.out())
        .contains("Verified       every certificate counted had its" + " signatures checked");
  }

  @Test
  void whatCannotBeReadIsRefusedWithExitTwo() throws Exception {
    RecordedRuns history = history();
    CliRun none = history.run("participation", "--store", "--network", NETWORK);
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("no certificate store at").contains("certs sync");
    assertThat(
            history
                .run(
                    "certs",
                    "sync",
                    snapshot.toString(),
                    "--network",
                    NETWORK,
                    "--no-signatures",
                    "--to",
                    "20")
                .status())
        .isZero();
    CliRun both =
        history.run("participation", snapshot.toString(), "--store", "--network", NETWORK);
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
    CliRun beyond = history.run("participation", "--store", "--network", NETWORK, "--from", "500");
    assertThat(beyond.status()).isEqualTo(2);
    assertThat(beyond.err())
        .contains("holds no certificate in the range asked")
        .contains("it holds instances 0–20");
    Path store = dir.resolve("certificates-" + NETWORK + ".db");
    CliRun other =
        history.run("participation", "--store", store.toString(), "--network", "mainnet");
    assertThat(other.status()).isEqualTo(2);
    assertThat(other.err()).contains("not of \"filecoin\"");
  }
}
