package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import io.f3console.core.validation.FailureReason;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The doctor against a node in the test JVM: healthy, and each fault the node can inject. */
class DoctorTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.of("secret-token-123"), Duration.ofMillis(500), 0, 2);
  static final DoctorOptions DOCTOR = DoctorOptions.defaults().withProgressPause(Duration.ZERO);
  static final List<String> ORDER = List.of(Doctor.NODE, Doctor.F3_RUNNING, Doctor.NETWORK,
      Doctor.INITIAL_POWER_TABLE, DoctorCertificateChecks.CERTIFICATE_ZERO,
      DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE, DoctorCertificateChecks.PROGRESS,
      DoctorCertificateChecks.COMMITTEE);
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(23, 6, 5, "f3doctor")).generate();
  }

  /** A profile with the fake node's names, bootstrap epoch and initial CID. */
  static NetworkProfile profileOf(SyntheticChain of, Optional<String> cid) {
    long bootstrap = of.certificates().get(0).chain().base().epoch() + 900;
    return new NetworkProfile("f3doctor", List.of(), NetworkStatus.CURRENT, "test network",
        of.networkName(), Optional.of(of.networkName()), bootstrap, 900, 30, 10, 0, cid,
        List.of("generated"));
  }

  static NetworkSelection healthyProfile() {
    return NetworkSelection.of(profileOf(chain,
        Optional.of(chain.initialTable().cid().toString())));
  }

  static DoctorReport diagnose(FakeLotusNode node, NetworkSelection network, DoctorOptions options)
      throws Exception {
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      return new Doctor(client, network, options).run();
    }
  }

  static DoctorReport diagnose(NodeFaults faults) throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withFaults(faults)) {
      return diagnose(node, healthyProfile(), DOCTOR);
    }
  }

  static DoctorCheck check(DoctorReport report, String id) {
    return report.check(id).orElseThrow();
  }

  static void assertNoToken(DoctorReport report) {
    assertThat(report.toString()).doesNotContain("secret-token-123");
  }

  @Test
  void aHealthyNodePassesEveryCheckInOrder() throws Exception {
    List<DoctorCheck> live = new ArrayList<>();
    DoctorReport report;
    try (FakeLotusNode node = FakeLotusNode.start(chain);
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      report = new Doctor(client, healthyProfile(), DOCTOR).run(live::add);
    }

    assertThat(report.checks()).extracting(DoctorCheck::id).containsExactlyElementsOf(ORDER);
    assertThat(report.checks()).allSatisfy(c -> {
      assertThat(c.verdict()).as(c.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(c.remedy()).isEmpty();
    });
    assertThat(live).isEqualTo(report.checks());
    assertThat(report.overall()).isEqualTo(CheckVerdict.PASS);
    assertThat(check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE).evidence())
        .anyMatch(e -> e.contains("signature validates against this table"));
    assertThat(check(report, DoctorCertificateChecks.PROGRESS).detail("latestInstance"))
        .contains("4");
    assertThat(check(report, DoctorCertificateChecks.COMMITTEE).detail("tableCid"))
        .contains(chain.tableOf(5).cid().toString());
    assertNoToken(report);
  }

  @Test
  void anUnreachableNodeFailsTheFirstCheckAndSkipsTheRest() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    DoctorReport report;
    try (LotusRpcClient client = LotusRpcClient.connect(
        URI.create("http://127.0.0.1:" + port + "/rpc/v1"), OPTIONS)) {
      report = new Doctor(client, healthyProfile(), DOCTOR).run();
    }

    DoctorCheck first = check(report, Doctor.NODE);
    assertThat(first.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(first.detail("reason")).contains(RpcException.Reason.UNREACHABLE.name());
    assertThat(first.remedy()).hasValueSatisfying(r -> assertThat(r).contains("port 1234"));
    assertThat(report.checks().subList(1, report.checks().size()))
        .hasSize(ORDER.size() - 1)
        .allSatisfy(c -> {
          assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED);
          assertThat(c.evidence()).containsExactly("Not checked: the node did not answer"
              + " (UNREACHABLE).");
        });
    assertThat(report.overall()).isEqualTo(CheckVerdict.FAIL);
    assertNoToken(report);
  }

  @Test
  void aSlowNodeTimesOutAtTheFirstCheck() throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withDelay(Duration.ofSeconds(3)));

    assertThat(check(report, Doctor.NODE).detail("reason")).contains("TIMEOUT");
    assertThat(check(report, Doctor.NODE).remedy().orElseThrow()).contains("--timeout");
    assertThat(report.count(CheckVerdict.SKIPPED)).isEqualTo(ORDER.size() - 1);
  }

  @Test
  void httpErrorsAndMalformedAnswersFailTheFirstCheck() throws Exception {
    DoctorReport http = diagnose(NodeFaults.NONE.withServerErrors(Integer.MAX_VALUE));
    DoctorReport malformed = diagnose(NodeFaults.NONE.withMalformedJson());

    assertThat(check(http, Doctor.NODE).detail("reason")).contains("HTTP_ERROR");
    assertThat(check(http, Doctor.NODE).remedy().orElseThrow()).contains("/rpc/v1");
    assertThat(check(malformed, Doctor.NODE).detail("reason")).contains("MALFORMED_RESPONSE");
    assertThat(check(malformed, Doctor.NODE).remedy().orElseThrow()).contains("Lotus JSON-RPC");
    assertThat(http.overall()).isEqualTo(CheckVerdict.FAIL);
    assertThat(malformed.overall()).isEqualTo(CheckVerdict.FAIL);
  }

  @Test
  void disabledF3IsReportedWithTheEnvironmentVariableThatDisablesIt() throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withF3(F3State.DISABLED));

    DoctorCheck f3 = check(report, Doctor.F3_RUNNING);
    assertThat(f3.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(f3.evidence().get(0)).contains("f3 is disabled");
    assertThat(f3.remedy().orElseThrow()).contains("LOTUS_DISABLE_F3_SUBSYSTEM");
    assertThat(report.checks().subList(2, ORDER.size()))
        .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED));
  }

  @Test
  void f3NotRunningPastTheBootstrapEpochFailsAndSkipsTheCertificateChecks() throws Exception {
    DoctorReport report;
    try (FakeLotusNode node = FakeLotusNode.start(chain)
        .withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING))) {
      node.answering("Filecoin.ChainHead", "{\"Cids\":[],\"Blocks\":[],\"Height\":"
          + (healthyProfile().profile().orElseThrow().bootstrapEpoch() + 10) + "}");
      report = diagnose(node, healthyProfile(), DOCTOR);
    }

    DoctorCheck f3 = check(report, Doctor.F3_RUNNING);
    assertThat(f3.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(f3.remedy().orElseThrow()).contains("could not find anyone with initial power");
    assertThat(check(report, Doctor.NETWORK).verdict()).isEqualTo(CheckVerdict.PASS);
    assertThat(check(report, Doctor.INITIAL_POWER_TABLE).verdict()).isEqualTo(CheckVerdict.PASS);
    assertThat(report.checks().subList(4, ORDER.size())).allSatisfy(c -> {
      assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED);
      assertThat(c.evidence()).containsExactly("Not checked: F3 is not running.");
    });
  }

  @Test
  void beforeTheBootstrapEpochF3NotRunningIsAWarningThatSaysWhenItStarts() throws Exception {
    NetworkProfile later = profileOf(chain, Optional.of(chain.initialTable().cid().toString()));
    long bootstrap = 1_000_000_000L;
    try (FakeLotusNode node = FakeLotusNode.start(chain)
        .withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING))) {
      node.answering("Filecoin.F3GetManifest", node.manifestJson().replace(
          "\"BootstrapEpoch\":" + later.bootstrapEpoch(), "\"BootstrapEpoch\":" + bootstrap));
      DoctorReport report = diagnose(node, NetworkSelection.raw(chain.networkName()), DOCTOR);

      DoctorCheck f3 = check(report, Doctor.F3_RUNNING);
      long head = chain.certificates().get(4).chain().head().epoch();
      assertThat(f3.verdict()).isEqualTo(CheckVerdict.WARN);
      assertThat(f3.evidence()).contains("F3 starts at epoch " + bootstrap
          + ", the chain is at " + head + " (" + (bootstrap - head) + " epochs, about "
          + (bootstrap - head) * 30 / 3600 + " hours to go).");
      assertThat(report.overall()).isEqualTo(CheckVerdict.WARN);
    }
  }

  @Test
  void aWrongNetworkIsCaughtByTheNamesCheck() throws Exception {
    SyntheticChain other = SyntheticNetwork.of(SimulationSpec.of(23, 6, 5, "othernet")).generate();
    try (FakeLotusNode node = FakeLotusNode.start(other)) {
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR);

      DoctorCheck names = check(report, Doctor.NETWORK);
      assertThat(names.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(names.evidence()).contains("The node's F3 network is othernet, not f3doctor.",
          "The chain is othernet, but f3doctor runs on f3doctor.");
      assertThat(names.remedy().orElseThrow()).contains("--network");
    }
  }

  @Test
  void aManifestWithoutInitialPowerTableIsAReleaseAWarningWithBothRemedies() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.F3GetManifest", node.manifestJson().replaceFirst(
          "\"InitialPowerTable\":\\{\"/\":\"[a-z0-9]+\"}", "\"InitialPowerTable\":null"));
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR);

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      long bootstrap = profileOf(chain, Optional.empty()).bootstrapEpoch();
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.WARN);
      assertThat(initial.remedy().orElseThrow()).contains("epoch " + (bootstrap - 900))
          .contains("F3_INITIAL_POWERTABLE_CID=" + chain.initialTable().cid());
      assertThat(report.nothingFailed()).isTrue();
    }
  }

  @Test
  void aManifestWithAnotherInitialPowerTableFails() throws Exception {
    Cid wrong = SyntheticNetwork.of(SimulationSpec.of(99, 4, 1, "f3doctor")).generate()
        .initialTable().cid();
    NetworkSelection expectingOther = NetworkSelection.of(profileOf(chain,
        Optional.of(wrong.toString())));
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      DoctorReport report = diagnose(node, expectingOther, DOCTOR);

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(initial.evidence().get(0)).contains(chain.initialTable().cid().toString())
          .contains("expects " + wrong);
      assertThat(initial.remedy().orElseThrow()).contains("F3_INITIAL_POWERTABLE_CID")
          .contains("FOREST_F3_INITIAL_POWER_TABLE");
      assertThat(check(report, DoctorCertificateChecks.CERTIFICATE_ZERO).verdict())
          .isEqualTo(CheckVerdict.FAIL);
    }
  }

  @Test
  void aTableThatDoesNotMatchTheManifestFailsTheSignatureCheck() throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withWrongInitialPowerTable());

    DoctorCheck signature = check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE);
    assertThat(signature.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(signature.evidence().get(0)).contains("not the expected CID "
        + chain.initialTable().cid());
    assertThat(signature.evidence()).anyMatch(e -> e.contains("does not validate"));
    assertThat(signature.remedy().orElseThrow()).contains("initial power table mismatch");
    assertThat(check(report, DoctorCertificateChecks.CERTIFICATE_ZERO).verdict())
        .isEqualTo(CheckVerdict.PASS);
  }

  @Test
  void aCertificateZeroWithABadSignatureFailsTheSignatureCheck() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 0);
    try (FakeLotusNode node = FakeLotusNode.start(forged)) {
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR);

      DoctorCheck signature = check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE);
      assertThat(signature.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(signature.detail("failure")).contains("INVALID_SIGNATURE");
      assertThat(signature.remedy()).isPresent();
      assertThat(report.overall()).isEqualTo(CheckVerdict.FAIL);
    }
  }

  @Test
  void aMissingCertificateZeroFailsTheCertificateCheck() throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withoutCertificate(0));

    DoctorCheck first = check(report, DoctorCertificateChecks.CERTIFICATE_ZERO);
    assertThat(first.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(first.detail("reason")).contains("CERTIFICATE_NOT_FOUND");
    assertThat(first.remedy().orElseThrow()).contains("late start");
    assertThat(check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE).verdict())
        .isEqualTo(CheckVerdict.WARN);
  }

  @Test
  void aNodeWithoutThePowerTableMethodFailsWithTheReleaseThatHasIt() throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withoutMethod(NodeFaults.LOTUS_POWER_TABLE));

    DoctorCheck signature = check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE);
    assertThat(signature.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(signature.detail("reason")).contains("METHOD_NOT_FOUND");
    assertThat(signature.remedy().orElseThrow()).contains("Lotus 1.33.1");
    assertThat(check(report, DoctorCertificateChecks.COMMITTEE).verdict())
        .isEqualTo(CheckVerdict.FAIL);
  }

  @Test
  void aLagBeyondTheThresholdWarnsAndAStillProgressSaysItLooksStalled() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR.withMaxLagEpochs(0));
      node.answering("Filecoin.ChainHead", "{\"Cids\":[],\"Blocks\":[],\"Height\":"
          + (chain.certificates().get(4).chain().head().epoch() + 100) + "}");
      DoctorReport lagging = diagnose(node, healthyProfile(), DOCTOR);

      assertThat(check(report, DoctorCertificateChecks.PROGRESS).verdict())
          .isEqualTo(CheckVerdict.PASS);
      DoctorCheck progress = check(lagging, DoctorCertificateChecks.PROGRESS);
      assertThat(progress.verdict()).isEqualTo(CheckVerdict.WARN);
      assertThat(progress.detail("lagEpochs")).contains("100");
      assertThat(progress.evidence()).anyMatch(e -> e.contains("100 epochs (about 50 minutes)"))
          .anyMatch(e -> e.contains("looks stalled"));
    }
  }

  @Test
  void onTheRealMainnetDataCertificateZeroValidatesAgainstTheBakedInTable() throws Exception {
    NetworkSelection mainnet = NetworkProfiles.builtIn().resolve("mainnet");
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      DoctorReport report = diagnose(node, mainnet, DOCTOR);

      assertThat(check(report, Doctor.INITIAL_POWER_TABLE).verdict())
          .isEqualTo(CheckVerdict.PASS);
      DoctorCheck first = check(report, DoctorCertificateChecks.CERTIFICATE_ZERO);
      assertThat(first.verdict()).as(first.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(first.detail("baseEpoch")).contains("4919580");
      DoctorCheck signature = check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE);
      assertThat(signature.verdict()).as(signature.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(signature.detail("tableCid"))
          .contains("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
    }
  }
}
