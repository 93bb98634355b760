package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certs sync}: the local certificate store, from snapshots, files and nodes. */
class CertsSyncCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NETWORK = "f3sync";
  static SyntheticChain chain;

  @TempDir Path dir;

  RecordedRuns history;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(43, 8, 20, NETWORK)).generate();
  }

  @BeforeEach
  void database() {
    history = new RecordedRuns(dir.resolve("history.db"));
  }

  Path snapshot(String name, SyntheticChain of, int count) throws Exception {
    List<FinalityCertificate> certs = of.certificates().subList(0, count);
    return SnapshotExport.writeF3Snapshot(
            dir.resolve(name),
            F3SnapshotHeader.of(0, count - 1, of.initialTable()),
            CertificateStream.of(certs),
            SnapshotExport.Progress.NONE)
        .path();
  }

  JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @Test
  void syncsASnapshotThenOnlyTheNewCertificatesFromAFileIntoTheDefaultStore() throws Exception {
    CliRun first =
        history.run(
            "certs",
            "sync",
            snapshot("a.f3snap", chain, 12).toString(),
            "--network",
            NETWORK,
            "--json",
            "--threads",
            "2");
    assertThat(first.status()).as(first.toString()).isZero();
    JsonNode one = json(first);
    assertThat(one.get("fetched").asLong()).isEqualTo(12);
    assertThat(one.get("validated").asLong()).isEqualTo(12);
    assertThat(one.get("stored").asLong()).isEqualTo(12);
    assertThat(one.get("firstInstance").asLong()).isZero();
    assertThat(one.get("latestInstance").asLong()).isEqualTo(11);
    assertThat(one.get("trust").get("state").asText()).isEqualTo("unverified");
    Path store = dir.resolve("certificates-" + NETWORK + ".db");
    assertThat(Path.of(one.get("store").asText())).isEqualTo(store.toAbsolutePath());

    Path certs = dir.resolve("certs.json");
    try (OutputStream out = Files.newOutputStream(certs)) {
      CertificateJson.write(chain.certificates(), out);
    }
    CliRun second =
        history.run(
            "certs", "sync", certs.toString(), "--network", NETWORK, "--json", "--threads", "2");
    assertThat(second.status()).as(second.toString()).isZero();
    JsonNode two = json(second);
    assertThat(two.get("fetched").asLong()).isEqualTo(8);
    assertThat(two.get("stored").asLong()).isEqualTo(8);
    assertThat(two.get("latestInstance").asLong()).isEqualTo(19);

    StoredSession session = history.last();
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.PASSED);
    assertThat(session.record().command()).contains("certs sync");
  }

  @Test
  void aForgedCertificateExitsOneWithNothingPastItStored() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 9);
    Path store = dir.resolve("forged.db");
    CliRun run =
        history.run(
            "certs",
            "sync",
            snapshot("f.f3snap", forged, 20).toString(),
            "--network",
            NETWORK,
            "--store",
            store.toString(),
            "--threads",
            "2");
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("INVALID_SIGNATURE").contains("nothing from instance 9 on");
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.latestInstance()).hasValue(8);
      assertThat(opened.count()).isEqualTo(9);
    }
    assertThat(history.last().record().verdict()).isEqualTo(SessionVerdict.FAILED);
  }

  @Test
  void aSourceWhoseTableIsNotTheNetworksIsRefusedWithNothingStored() throws Exception {
    SyntheticChain impostor =
        SyntheticNetwork.of(SimulationSpec.of(41, 7, 6, "filecoin")).generate();
    Path store = dir.resolve("mainnet.db");
    CliRun run =
        history.run(
            "certs",
            "sync",
            snapshot("i.f3snap", impostor, 6).toString(),
            "--network",
            "mainnet",
            "--store",
            store.toString(),
            "--json");
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("UNTRUSTED_POWER_TABLE");
    assertThat(node.get("stored").asLong()).isZero();
    assertThat(node.get("trust").get("state").asText()).isEqualTo("mismatch");
    try (CertificateStore opened = CertificateStore.open(store, "filecoin")) {
      assertThat(opened.count()).isZero();
    }
    assertThat(history.last().record().reason()).contains("UNTRUSTED_POWER_TABLE");
  }

  @Test
  void aStoreOfAnotherNetworkIsBadInputAndUnchanged() throws Exception {
    Path store = dir.resolve("store.db");
    Path source = snapshot("b.f3snap", chain, 5);
    assertThat(
            history
                .run(
                    "certs",
                    "sync",
                    source.toString(),
                    "--network",
                    NETWORK,
                    "--store",
                    store.toString())
                .status())
        .isZero();
    byte[] before = Files.readAllBytes(store);

    CliRun run =
        history.run(
            "certs",
            "sync",
            source.toString(),
            "--network",
            "mainnet",
            "--store",
            store.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(store.toAbsolutePath().toString()).contains(NETWORK);
    assertThat(Files.readAllBytes(store)).isEqualTo(before);
  }

  @Test
  void noSignaturesMarksTheCertificatesUnverified() throws Exception {
    Path store = dir.resolve("unsigned.db");
    CliRun run =
        history.run(
            "certs",
            "sync",
            snapshot("u.f3snap", chain, 6).toString(),
            "--network",
            NETWORK,
            "--store",
            store.toString(),
            "--no-signatures",
            "--json");
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(json(run).get("signaturesChecked").asBoolean()).isFalse();
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.certificate(5).orElseThrow().signaturesChecked()).isFalse();
    }
  }

  @Test
  void syncsFromANodeUpToAnInstance() throws Exception {
    Path store = dir.resolve("node.db");
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      CliRun run =
          history.run(
              "certs",
              "sync",
              "rpc:" + node.endpoint(),
              "--network",
              NETWORK,
              "--store",
              store.toString(),
              "--to",
              "6",
              "--json");
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(json(run).get("latestInstance").asLong()).isEqualTo(6);
      assertThat(json(run).get("stored").asLong()).isEqualTo(7);
    }
  }

  @Test
  void aNodeThatCannotBeReachedExitsThree() throws Exception {
    CliRun run =
        history.run(
            "certs",
            "sync",
            "rpc:http://127.0.0.1:1/rpc/v1",
            "--network",
            NETWORK,
            "--store",
            dir.resolve("down.db").toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(3);
  }

  @Test
  void aNodeThatStopsServingSaysWhatStaysStored() throws Exception {
    Path store = dir.resolve("stops.db");
    try (FakeLotusNode node =
        FakeLotusNode.start(chain)
            .withFaults(io.f3console.core.testing.NodeFaults.NONE.withoutCertificate(12))) {
      CliRun run =
          history.run(
              "certs",
              "sync",
              "rpc:" + node.endpoint(),
              "--network",
              NETWORK,
              "--store",
              store.toString());
      assertThat(run.status()).as(run.toString()).isNotZero();
      assertThat(run.err())
          .contains(
              "the sync stopped; the store holds instances 0–11 (12"
                  + " added by this run, each validated); the next sync resumes at 12");
    }
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.latestInstance()).hasValue(11);
    }
  }
}
