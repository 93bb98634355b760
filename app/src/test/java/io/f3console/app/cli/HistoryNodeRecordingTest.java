package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import io.f3console.core.validation.CertificateStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches and the doctor against a node in the test JVM leave sessions that explain them. */
class HistoryNodeRecordingTest {
  static SyntheticChain chain;
  FakeLotusNode node;
  RecordedRuns history;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(41, 6, 8, "f3history")).generate();
  }

  @BeforeEach
  void start() throws Exception {
    node = FakeLotusNode.start(chain);
    history = new RecordedRuns(dir.resolve("history.db"));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  StoredSession recorded(int status, String... args) throws Exception {
    CliRun run = history.run(args);
    assertThat(run.status()).as(run.toString()).isEqualTo(status);
    return history.last();
  }

  @Test
  void certsFetchRecordsTheNodeTheRangeAndTheFile() throws Exception {
    Path out = dir.resolve("certs.json");
    StoredSession session =
        recorded(
            0,
            "certs",
            "fetch",
            "--rpc",
            node.endpoint().toString(),
            "--out",
            out.toString(),
            "--to",
            "5");

    SessionRecord r = session.record();
    assertThat(r.kind()).isEqualTo(SessionKind.FETCH);
    assertThat(r.command()).isEqualTo("certs fetch");
    assertThat(r.instanceReached()).contains(5L);
    assertThat(r.network()).contains("f3history");
    assertThat(r.sources().get(0).spec()).isEqualTo("rpc:" + node.endpoint());
    assertThat(history.showLast())
        .contains(
            "certificates written: 6",
            "instances: 0 to 5",
            "file written: " + out,
            "Wrote 6 certificates");
  }

  @Test
  void powertableFetchKeepsTheTableAndComparesItWithTheManifest() throws Exception {
    Path out = dir.resolve("table.json");
    StoredSession session =
        recorded(
            0, "powertable", "fetch", "--rpc", node.endpoint().toString(), "--out", out.toString());
    StoredSession later =
        recorded(
            0,
            "powertable",
            "fetch",
            "--rpc",
            node.endpoint().toString(),
            "--out",
            dir.resolve("t4.cbor").toString(),
            "--instance",
            "4",
            "--format",
            "cbor");

    assertThat(session.record().kind()).isEqualTo(SessionKind.FETCH);
    assertThat(session.record().network()).contains("f3history");
    assertThat(session.record().cids().get(0).matches()).contains(true);
    assertThat(session.tables())
        .extracting(TableReference::cid)
        .containsExactly(chain.initialTable().cid().toString());
    assertThat(later.record().instanceReached()).contains(4L);
    assertThat(later.tables())
        .extracting(TableReference::cid)
        .containsExactly(chain.tableOf(4).cid().toString());
    assertThat(history.showLast())
        .contains(
            "file written: " + dir.resolve("t4.cbor") + " (DAG-CBOR, ",
            "power table of instance 4",
            "method: Filecoin.F3GetPowerTableByInstance");
  }

  @Test
  void doctorRecordsEveryCheckAndTheFirstFailure() throws Exception {
    String[] doctor = {
      "doctor",
      "--rpc",
      node.endpoint().toString(),
      "--network",
      "f3history",
      "--initial-power-table",
      chain.initialTable().cid().toString(),
      "--progress-pause",
      "0"
    };
    StoredSession healthy = recorded(0, doctor);
    String healthyShown = history.showLast();
    node.withFaults(NodeFaults.NONE.withF3(F3State.DISABLED));
    StoredSession disabled = recorded(1, doctor);
    String disabledShown = history.showLast();

    assertThat(healthy.record().kind()).isEqualTo(SessionKind.DOCTOR);
    assertThat(healthy.record().verdict()).isEqualTo(SessionVerdict.PASSED);
    assertThat(healthy.record().network()).contains("f3history");
    assertThat(healthyShown)
        .contains("9 passed, 0 warned, 0 failed, 1 skipped", "node: rpc:" + node.endpoint());
    assertThat(disabled.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(disabled.record().reason()).isPresent();
    assertThat(disabledShown)
        .contains(
            "FAIL: F3 readiness: not running", "LOTUS_DISABLE_F3_SUBSYSTEM", "1 failed, 8 skipped");
  }

  @Test
  void doctorOnASnapshotRecordsTheSnapshotAsItsSource() throws Exception {
    Path car =
        SnapshotExport.writeCar(
                dir.resolve("chain.car"),
                CarWriter.Format.V1,
                F3SnapshotHeader.of(0, 3, chain.initialTable()),
                CertificateStream.of(chain.certificates().subList(0, 4)),
                false,
                SnapshotExport.Progress.NONE)
            .path();

    StoredSession session =
        recorded(
            0,
            "doctor",
            "--snapshot",
            car.toString(),
            "--network",
            "f3history",
            "--initial-power-table",
            chain.initialTable().cid().toString());

    assertThat(session.record().kind()).isEqualTo(SessionKind.DOCTOR);
    assertThat(session.record().sources())
        .extracting(s -> s.role() + " " + s.spec())
        .containsExactly("snapshot " + car);
    assertThat(history.showLast())
        .contains(
            "4 passed, 0 warned, 0 failed, 0 skipped",
            "PASS: Every certificate in it validates, signatures included");
  }

  @Test
  void aNodeThatRefusesOrCannotBeReachedLeavesTheReasonAndTheStatus() throws Exception {
    node.requireToken("right-token-1234");
    StoredSession refused =
        recorded(
            2,
            "powertable",
            "fetch",
            "--rpc",
            node.endpoint().toString(),
            "--token",
            "wrong-token-5678",
            "--out",
            dir.resolve("a.json").toString());
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    StoredSession down =
        recorded(
            3,
            "certs",
            "fetch",
            "--rpc",
            "http://127.0.0.1:" + port + "/rpc/v1",
            "--out",
            dir.resolve("b.json").toString(),
            "--timeout",
            "1");

    assertThat(refused.record().verdict()).isEqualTo(SessionVerdict.BAD_INPUT);
    assertThat(refused.record().reason()).contains("UNAUTHORISED");
    assertThat(refused.record().arguments())
        .doesNotContain("wrong-token-5678")
        .contains("--token [token]");
    assertThat(down.record().verdict()).isEqualTo(SessionVerdict.UNREACHABLE);
    assertThat(down.record().reason()).contains("UNREACHABLE");
    assertThat(down.record().sources().get(0).spec()).endsWith(":" + port + "/rpc/v1");
  }
}
