package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.FailureReason;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor against a node in the test JVM: healthy, and each fault the node can inject. */
class DoctorTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.of("secret-token-123"), Duration.ofMillis(500), 0, 2);
  static final DoctorOptions DOCTOR = DoctorOptions.defaults().withProgressPause(Duration.ZERO);
  static final List<String> ORDER =
      List.of(
          Doctor.NODE,
          ReadinessCheck.ID,
          Doctor.F3_RUNNING,
          Doctor.NETWORK,
          Doctor.INITIAL_POWER_TABLE,
          Doctor.LOOKBACK_STATE,
          DoctorCertificateChecks.CERTIFICATE_ZERO,
          DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE,
          DoctorCertificateChecks.COMMITTEE,
          LeaseCheck.ID);
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(23, 6, 5, "f3doctor")).generate();
  }

  /** A profile with the fake node's names, bootstrap epoch and initial CID. */
  static NetworkProfile profileOf(SyntheticChain of, Optional<String> cid) {
    long bootstrap = of.certificates().get(0).chain().base().epoch() + 900;
    return new NetworkProfile(
        "f3doctor",
        List.of(),
        NetworkStatus.CURRENT,
        "test network",
        of.networkName(),
        Optional.of(of.networkName()),
        bootstrap,
        900,
        30,
        10,
        0,
        cid,
        StoragePower.of(2048),
        List.of("generated"));
  }

  static NetworkSelection healthyProfile() {
    return NetworkSelection.of(
        profileOf(chain, Optional.of(chain.initialTable().cid().toString())));
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
    assertThat(report.checks())
        .filteredOn(c -> !c.id().equals(Doctor.LOOKBACK_STATE))
        .allSatisfy(
            c -> {
              assertThat(c.verdict()).as(c.toString()).isEqualTo(CheckVerdict.PASS);
              assertThat(c.remedy()).isEmpty();
            });
    // a generated chain has no chain state to recompute the table from: the node lacks it
    assertThat(check(report, Doctor.LOOKBACK_STATE).verdict()).isEqualTo(CheckVerdict.SKIPPED);
    assertThat(check(report, Doctor.LOOKBACK_STATE).reason())
        .contains(DoctorReason.LOOKBACK_STATE_MISSING);
    assertThat(live).isEqualTo(report.checks());
    assertThat(report.overall()).isEqualTo(CheckVerdict.PASS);
    assertThat(report.nodeUnreachable()).isFalse();
    assertThat(report.checks())
        .filteredOn(c -> !c.id().equals(Doctor.LOOKBACK_STATE))
        .allSatisfy(
            c -> {
              assertThat(c.reason()).isEmpty();
              assertThat(c.consequences()).isEmpty();
            });
    assertThat(check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE).evidence())
        .anyMatch(e -> e.contains("signature validates against this table"));
    assertThat(check(report, ReadinessCheck.ID).detail("latestInstance")).contains("4");
    assertThat(check(report, ReadinessCheck.ID).title()).isEqualTo("F3 readiness: in sync");
    assertThat(check(report, Doctor.INITIAL_POWER_TABLE).evidence())
        .contains("The node serves it for instance 0, and certificate 0 builds on it.");
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
    try (LotusRpcClient client =
        LotusRpcClient.connect(URI.create("http://127.0.0.1:" + port + "/rpc/v1"), OPTIONS)) {
      report = new Doctor(client, healthyProfile(), DOCTOR).run();
    }

    DoctorCheck first = check(report, Doctor.NODE);
    assertThat(first.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(first.detail("reason")).contains(RpcException.Reason.UNREACHABLE.name());
    assertThat(first.remedy()).hasValueSatisfying(r -> assertThat(r).contains("port 1234"));
    assertThat(report.checks().subList(1, report.checks().size()))
        .hasSize(ORDER.size() - 1)
        .allSatisfy(
            c -> {
              assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED);
              assertThat(c.evidence())
                  .containsExactly("Not checked: the node did not answer" + " (UNREACHABLE).");
            });
    assertThat(report.overall()).isEqualTo(CheckVerdict.FAIL);
    assertThat(first.reason()).contains(DoctorReason.NODE_UNREACHABLE);
    assertThat(report.nodeUnreachable()).isTrue();
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
    assertThat(http.nodeUnreachable()).as("an HTTP error before any answer").isTrue();
    assertThat(malformed.nodeUnreachable())
        .as("a node whose first answer is malformed cannot be diagnosed")
        .isTrue();
  }

  @Test
  void disabledF3IsReportedWithTheEnvironmentVariableThatDisablesIt() throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withF3(F3State.DISABLED));

    // one cause, one failure: the readiness check fails, the F3-running check is counted under it
    DoctorCheck readiness = check(report, ReadinessCheck.ID);
    assertThat(readiness.title()).isEqualTo("F3 readiness: not running");
    assertThat(readiness.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(readiness.reason()).contains(DoctorReason.F3_DISABLED);
    assertThat(readiness.remedy().orElseThrow()).contains("LOTUS_DISABLE_F3_SUBSYSTEM");
    DoctorCheck f3 = check(report, Doctor.F3_RUNNING);
    assertThat(f3.verdict()).isEqualTo(CheckVerdict.SKIPPED);
    assertThat(f3.evidence().get(0))
        .isEqualTo(
            "Counted under \"F3 readiness: not running\" (its root cause), with what to do.");
    assertThat(f3.evidence().get(1)).contains("f3 is disabled");
    assertThat(f3.remedy()).isEmpty();
    assertThat(report.count(CheckVerdict.FAIL)).isEqualTo(1);
    assertThat(report.checks().subList(3, ORDER.size()))
        .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED));
  }

  @Test
  void f3NotRunningPastTheBootstrapEpochFailsAndSkipsTheCertificateChecks() throws Exception {
    DoctorReport report;
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING))) {
      node.answering(
          "Filecoin.ChainHead",
          "{\"Cids\":[],\"Blocks\":[],\"Height\":"
              + (healthyProfile().profile().orElseThrow().bootstrapEpoch() + 10)
              + "}");
      report = diagnose(node, healthyProfile(), DOCTOR);
    }

    DoctorCheck readiness = check(report, ReadinessCheck.ID);
    assertThat(readiness.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(readiness.remedy().orElseThrow())
        .contains("could not find anyone with initial power");
    assertThat(check(report, Doctor.F3_RUNNING).verdict()).isEqualTo(CheckVerdict.SKIPPED);
    assertThat(report.count(CheckVerdict.FAIL)).isEqualTo(1);
    assertThat(check(report, Doctor.NETWORK).verdict()).isEqualTo(CheckVerdict.PASS);
    assertThat(check(report, Doctor.INITIAL_POWER_TABLE).verdict()).isEqualTo(CheckVerdict.PASS);
    // the state at the lookback epoch is looked at even when F3 does not run
    assertThat(check(report, Doctor.LOOKBACK_STATE).reason())
        .contains(DoctorReason.LOOKBACK_STATE_MISSING);
    assertThat(check(report, ReadinessCheck.ID).title()).isEqualTo("F3 readiness: not running");
    assertThat(check(report, ReadinessCheck.ID).reason()).contains(DoctorReason.F3_NOT_RUNNING);
    assertThat(report.checks().subList(6, ORDER.size()))
        .allSatisfy(
            c -> {
              assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED);
              assertThat(c.evidence()).containsExactly("Not checked: F3 is not running.");
            });
  }

  @Test
  void beforeTheBootstrapEpochF3NotRunningIsAWarningThatSaysWhenItStarts() throws Exception {
    NetworkProfile later = profileOf(chain, Optional.of(chain.initialTable().cid().toString()));
    long bootstrap = 1_000_000_000L;
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING))) {
      node.answering(
          "Filecoin.F3GetManifest",
          node.manifestJson()
              .replace(
                  "\"BootstrapEpoch\":" + later.bootstrapEpoch(),
                  "\"BootstrapEpoch\":" + bootstrap));
      DoctorReport report = diagnose(node, NetworkSelection.raw(chain.networkName()), DOCTOR);

      DoctorCheck f3 = check(report, Doctor.F3_RUNNING);
      long head = chain.certificates().get(4).chain().head().epoch();
      // the readiness check says it first; the F3-running check is counted under it
      assertThat(f3.verdict()).as(report.toString()).isEqualTo(CheckVerdict.SKIPPED);
      assertThat(f3.evidence().get(0)).startsWith("Counted under \"F3 readiness: pending\"");
      assertThat(report.count(CheckVerdict.WARN)).isEqualTo(1);
      assertThat(f3.evidence())
          .contains(
              "F3 starts at epoch "
                  + bootstrap
                  + ", the chain is at "
                  + head
                  + " ("
                  + (bootstrap - head)
                  + " epochs, about "
                  + (bootstrap - head) * 30 / 3600
                  + " hours to go).");
      DoctorCheck readiness = check(report, ReadinessCheck.ID);
      assertThat(readiness.title()).isEqualTo("F3 readiness: pending");
      assertThat(readiness.verdict()).isEqualTo(CheckVerdict.WARN);
      assertThat(readiness.detail("bootstrapEpoch")).contains(Long.toString(bootstrap));
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
      assertThat(names.evidence())
          .contains(
              "The node's F3 network is othernet, not f3doctor.",
              "The chain is othernet, but f3doctor runs on f3doctor.");
      assertThat(names.remedy().orElseThrow()).contains("--network");
    }
  }

  @Test
  void aManifestWithoutInitialPowerTableIsAReleaseAWarningWithBothRemedies() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering(
          "Filecoin.F3GetManifest",
          node.manifestJson()
              .replaceFirst(
                  "\"InitialPowerTable\":\\{\"/\":\"[a-z0-9]+\"}", "\"InitialPowerTable\":null"));
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR);

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      long bootstrap = profileOf(chain, Optional.empty()).bootstrapEpoch();
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.WARN);
      assertThat(initial.remedy().orElseThrow())
          .contains("epoch " + (bootstrap - 900))
          .contains("F3_INITIAL_POWERTABLE_CID=<f3doctor's published initial power-table CID>")
          .as("a generated CID is never offered as a remedy")
          .doesNotContain(chain.initialTable().cid().toString());
      assertThat(initial.reason()).contains(DoctorReason.NO_INITIAL_POWER_TABLE);
      assertThat(report.nothingFailed()).isTrue();
    }
  }

  @Test
  void aNodeOfAnotherNetworkIsOneFailureWithItsConsequencesAndNoGeneratedCidAsRemedy()
      throws Exception {
    Cid wrong =
        SyntheticNetwork.of(SimulationSpec.of(99, 4, 1, "f3doctor"))
            .generate()
            .initialTable()
            .cid();
    NetworkSelection expectingOther =
        NetworkSelection.of(profileOf(chain, Optional.of(wrong.toString())));
    Cid actual = chain.initialTable().cid();
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      DoctorReport report = diagnose(node, expectingOther, DOCTOR);

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(initial.reason()).contains(DoctorReason.FOREIGN_INITIAL_POWER_TABLE);
      assertThat(initial.evidence().get(0))
          .contains("the manifest names " + actual)
          .contains("the node serves " + actual)
          .contains("certificate 0 builds on " + actual)
          .contains("expects " + wrong);
      assertThat(initial.consequences())
          .hasSize(3)
          .anyMatch(c -> c.startsWith("Certificate 0 builds on " + actual + ", not " + wrong));
      assertThat(initial.remedy().orElseThrow())
          .contains("F3_INITIAL_POWERTABLE_CID")
          .contains("FOREST_F3_INITIAL_POWER_TABLE")
          .doesNotContain(wrong.toString())
          .doesNotContain(actual.toString());
      assertThat(report.count(CheckVerdict.FAIL)).as(report.toString()).isEqualTo(1);
      assertThat(check(report, DoctorCertificateChecks.CERTIFICATE_ZERO).verdict())
          .isEqualTo(CheckVerdict.PASS);
    }
  }

  @Test
  void aTableThatDoesNotMatchTheManifestIsOneRootCauseWithTheSignatureAsItsConsequence()
      throws Exception {
    DoctorReport report = diagnose(NodeFaults.NONE.withWrongInitialPowerTable());

    DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
    Cid served = Cid.fromString(initial.detail("served").orElseThrow());
    assertThat(served).isNotEqualTo(chain.initialTable().cid());
    assertThat(initial.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(initial.reason()).contains(DoctorReason.FOREIGN_INITIAL_POWER_TABLE);
    assertThat(initial.evidence())
        .anyMatch(
            e ->
                e.startsWith(
                    "Root cause: the node's initial"
                        + " power table is not f3doctor's: it serves "
                        + served));
    assertThat(initial.consequences())
        .anyMatch(
            c ->
                c.startsWith(
                    "Certificate 0 does not" + " validate against the table the node serves"));
    assertThat(initial.remedy().orElseThrow())
        .contains("re-initialise F3")
        .doesNotContain(chain.initialTable().cid().toString());
    DoctorCheck signature = check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE);
    assertThat(signature.verdict()).isEqualTo(CheckVerdict.SKIPPED);
    assertThat(signature.evidence().get(0)).startsWith("Counted under");
    assertThat(report.count(CheckVerdict.FAIL)).as(report.toString()).isEqualTo(1);
    assertThat(check(report, DoctorCertificateChecks.CERTIFICATE_ZERO).verdict())
        .isEqualTo(CheckVerdict.PASS);
  }

  @Test
  void onRealMainnetDataAnotherServedTableIsOneFailureOfferingThePublishedCid() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      DoctorReport report = diagnose(node, NetworkProfiles.builtIn().resolve("mainnet"), DOCTOR);

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(initial.evidence()).anyMatch(e -> e.contains("is not mainnet's"));
      assertThat(initial.consequences()).anyMatch(c -> c.contains("does not validate"));
      assertThat(initial.remedy().orElseThrow())
          .contains(
              "F3_INITIAL_POWERTABLE_CID="
                  + "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
      assertThat(report.checks())
          .filteredOn(c -> c.verdict() == CheckVerdict.FAIL)
          .extracting(DoctorCheck::id)
          .containsExactly(Doctor.INITIAL_POWER_TABLE);
    }
  }

  @Test
  void onRealMainnetDataAnotherServedTableIsComparedEntryByEntryWithTheRememberedOne(
      @TempDir Path temp) throws Exception {
    PublishedTables store = PublishedTables.besideHistory(temp.resolve("history.db"));
    store.remember(
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable());
    try (FakeLotusNode node =
            FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      DoctorReport report =
          new Doctor(
                  client, NetworkProfiles.builtIn().resolve("mainnet"), DOCTOR, Optional.of(store))
              .run();

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(initial.evidence())
          .contains(
              "The table the node serves: 1 entry differs from"
                  + " mainnet's published initial table (remembered): 1 missing.");
      assertThat(initial.evidence()).anyMatch(e -> e.matches("  f0\\d+: missing \\(.*"));
      assertThat(initial.detail("differingEntries")).contains("1");
      assertThat(initial.remedy().orElseThrow()).doesNotContain("powertable fetch");
    }
  }

  @Test
  void onRealMainnetDataAnotherServedTableSaysHowToGetThePublishedOneWhenNotRemembered(
      @TempDir Path temp) throws Exception {
    PublishedTables store = PublishedTables.besideHistory(temp.resolve("history.db"));
    try (FakeLotusNode node =
            FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      DoctorReport report =
          new Doctor(
                  client, NetworkProfiles.builtIn().resolve("mainnet"), DOCTOR, Optional.of(store))
              .run();

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      assertThat(initial.evidence()).anyMatch(e -> e.contains("not remembered here"));
      assertThat(initial.remedy().orElseThrow())
          .contains(
              "F3_INITIAL_POWERTABLE_CID=", "f3console powertable fetch --instance 0 --rpc URL");
      assertThat(ConsoleRemedies.phrase(initial).remedy().orElseThrow())
          .contains("connect to any mainnet node (File ▸ Connect to a node)")
          .doesNotContain("powertable fetch");
    }
  }

  @Test
  void aWrongManifestCidOnANetworkWithoutAProfileIsADisagreementNamingAllThreeCids()
      throws Exception {
    Cid other =
        SyntheticNetwork.of(SimulationSpec.of(98, 4, 1, "f3doctor"))
            .generate()
            .initialTable()
            .cid();
    Cid real = chain.initialTable().cid();
    try (FakeLotusNode node =
        FakeLotusNode.start(chain)
            .withFaults(NodeFaults.NONE.withManifestInitialPowerTable(other))) {
      DoctorReport report = diagnose(node, NetworkSelection.raw(chain.networkName()), DOCTOR);

      DoctorCheck initial = check(report, Doctor.INITIAL_POWER_TABLE);
      assertThat(initial.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(initial.reason()).contains(DoctorReason.INITIAL_POWER_TABLE_DISAGREEMENT);
      assertThat(initial.evidence().get(0))
          .isEqualTo(
              "The initial power table disagrees: the"
                  + " manifest names "
                  + other
                  + "; the node serves "
                  + real
                  + " for instance 0;"
                  + " certificate 0 builds on "
                  + real
                  + ".");
      assertThat(initial.evidence())
          .anyMatch(
              e ->
                  e.startsWith(
                      "Root cause: the manifest's"
                          + " InitialPowerTable "
                          + other
                          + " is not certificate 0's base "
                          + real));
      assertThat(initial.consequences())
          .contains(
              "The table the node serves for instance 0 is " + real + ", not the manifest's.",
              "Certificate 0 builds on " + real + ", not the manifest's table.");
      assertThat(report.count(CheckVerdict.FAIL)).as(report.toString()).isEqualTo(1);
    }
  }

  @Test
  void withoutAProfileAChainOfAnotherKnownNetworkFails() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withChainName("testnetnet"))) {
      DoctorReport report = diagnose(node, NetworkSelection.raw(chain.networkName()), DOCTOR);

      DoctorCheck names = check(report, Doctor.NETWORK);
      assertThat(names.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(names.reason()).contains(DoctorReason.WRONG_CHAIN);
      assertThat(names.evidence())
          .contains(
              "The chain is testnetnet, the chain of mainnet"
                  + " (F3 network filecoin), but the manifest's F3 network is f3doctor: the node's chain"
                  + " and its F3 build belong to different networks.");
    }
  }

  @Test
  void chainNamesFitTheirF3NamesWithMainnetsAndRestartSuffixes() throws Exception {
    SyntheticChain restarted =
        SyntheticNetwork.of(SimulationSpec.of(23, 6, 5, "mynet3")).generate();
    try (FakeLotusNode mainnet = FakeLotusNode.startMainnet();
        FakeLotusNode suffixed =
            FakeLotusNode.start(restarted).withFaults(NodeFaults.NONE.withChainName("mynet"));
        FakeLotusNode foreign =
            FakeLotusNode.start(restarted).withFaults(NodeFaults.NONE.withChainName("othernet"))) {
      DoctorReport filecoin = diagnose(mainnet, NetworkSelection.raw("filecoin"), DOCTOR);
      DoctorReport mainnetProfile =
          diagnose(mainnet, NetworkProfiles.builtIn().resolve("mainnet"), DOCTOR);
      DoctorReport fits = diagnose(suffixed, NetworkSelection.raw("mynet3"), DOCTOR);
      DoctorReport unfit = diagnose(foreign, NetworkSelection.raw("mynet3"), DOCTOR);

      assertThat(check(filecoin, Doctor.NETWORK).verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(check(filecoin, Doctor.NETWORK).evidence())
          .contains(
              "The chain is testnetnet,"
                  + " the chain of mainnet, whose F3 network filecoin the manifest names.");
      assertThat(check(mainnetProfile, Doctor.NETWORK).evidence())
          .contains("The chain is testnetnet, as mainnet expects.");
      assertThat(check(fits, Doctor.NETWORK).verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(check(unfit, Doctor.NETWORK).verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(check(unfit, Doctor.NETWORK).reason()).contains(DoctorReason.WRONG_CHAIN);
    }
    assertThat(ChainNames.fits("calibrationnet", "calibrationnet2")).isTrue();
    assertThat(ChainNames.fits("calibrationnet", "calibrationnet")).isTrue();
    assertThat(ChainNames.fits("calibrationnet", "filecoin")).isFalse();
    assertThat(ChainNames.fits("testnetnet", "filecoin")).isTrue();
    assertThat(ChainNames.fits("testnetnet", "testnetnet")).isFalse();
    assertThat(ChainNames.fits("mynet", "mynetx")).isFalse();
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
  void aPhaseOf2To64Minus1FailsTheReadinessCheckAloneAndTheOthersStillRun() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering(
          "Filecoin.F3GetProgress", "{\"ID\":6,\"Round\":0,\"Phase\":18446744073709551615}");
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR);

      assertThat(report.checks()).extracting(DoctorCheck::id).containsExactlyElementsOf(ORDER);
      DoctorCheck progress = check(report, ReadinessCheck.ID);
      assertThat(progress.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(progress.reason()).contains(DoctorReason.NODE_CALL_FAILED);
      assertThat(progress.evidence())
          .anyMatch(e -> e.contains("result.Phase") && e.contains("18446744073709551615"));
      assertThat(check(report, DoctorCertificateChecks.CERTIFICATE_ZERO).verdict())
          .isEqualTo(CheckVerdict.PASS);
      assertThat(check(report, Doctor.NODE).verdict()).isEqualTo(CheckVerdict.PASS);
    }
  }

  @Test
  void aCheckThatStopsOnAnUnexpectedErrorFailsAloneWithoutItsMessage() throws Exception {
    DoctorCheck failed =
        Doctor.guarded(
            "some-check",
            "A check",
            () -> {
              throw new IllegalStateException("secret-token-123");
            });

    assertThat(failed.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(failed.reason()).contains(DoctorReason.NODE_CALL_FAILED);
    assertThat(failed.evidence()).anyMatch(e -> e.contains("IllegalStateException"));
    assertThat(failed.toString()).doesNotContain("secret-token-123");
  }

  @Test
  void aLagBeyondTheThresholdWarnsAndAStillProgressSaysItLooksStalled() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      DoctorReport report = diagnose(node, healthyProfile(), DOCTOR.withMaxLagEpochs(0));
      node.answering(
          "Filecoin.ChainHead",
          "{\"Cids\":[],\"Blocks\":[],\"Height\":"
              + (chain.certificates().get(4).chain().head().epoch() + 100)
              + "}");
      DoctorReport lagging = diagnose(node, healthyProfile(), DOCTOR);

      assertThat(check(report, ReadinessCheck.ID).verdict()).isEqualTo(CheckVerdict.PASS);
      DoctorCheck progress = check(lagging, ReadinessCheck.ID);
      assertThat(progress.verdict()).isEqualTo(CheckVerdict.WARN);
      assertThat(progress.reason()).contains(DoctorReason.STALLED);
      assertThat(progress.title()).isEqualTo("F3 readiness: stalled");
      assertThat(progress.detail("lagEpochs")).contains("100");
      assertThat(progress.evidence())
          .anyMatch(e -> e.contains("100 epochs behind (about 50 minutes)"))
          .anyMatch(e -> e.contains("looks stalled"));
    }
  }

  @Test
  void onTheRealMainnetDataCertificateZeroValidatesAgainstTheBakedInTable() throws Exception {
    NetworkSelection mainnet = NetworkProfiles.builtIn().resolve("mainnet");
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      DoctorReport report = diagnose(node, mainnet, DOCTOR);

      assertThat(check(report, Doctor.INITIAL_POWER_TABLE).verdict()).isEqualTo(CheckVerdict.PASS);
      DoctorCheck first = check(report, DoctorCertificateChecks.CERTIFICATE_ZERO);
      assertThat(first.verdict()).as(first.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(first.detail("baseEpoch")).contains("4919580");
      DoctorCheck signature = check(report, DoctorCertificateChecks.INITIAL_TABLE_SIGNATURE);
      assertThat(signature.verdict()).as(signature.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(signature.detail("tableCid"))
          .contains("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
      assertThat(check(report, Doctor.NETWORK).verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(report.count(CheckVerdict.FAIL)).as(report.toString()).isZero();
    }
  }
}
