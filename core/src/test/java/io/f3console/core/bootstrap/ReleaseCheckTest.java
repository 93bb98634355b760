package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bootstrap.CertificateZeroEvidence.Status;
import io.f3console.core.bootstrap.ReleaseCheckResult.Verdict;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.open.Sources;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCheckTest {
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  private static SyntheticChain chain;
  private static NetworkProfile generated;

  @TempDir Path dir;

  private final List<DataSource> opened = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(7, 24, 3, "release-check-test")).generate();
    generated = profile(chain.initialTable().cid());
  }

  @AfterEach
  void close() throws Exception {
    for (DataSource source : opened) {
      source.close();
    }
  }

  static NetworkProfile profile(Cid cid) {
    return new NetworkProfile(
        "release-check-test",
        List.of(),
        NetworkStatus.CURRENT,
        "Generated network for tests.",
        "release-check-test",
        Optional.empty(),
        1800,
        900,
        30,
        10,
        0,
        Optional.of(cid.toString()),
        StoragePower.of(2048),
        List.of("generated in a test"));
  }

  private DataSource open(String source) throws Exception {
    DataSource opened = Sources.open(source, SourceOptions.defaults());
    this.opened.add(opened);
    return opened;
  }

  private String snapshotOf(SyntheticChain of) throws Exception {
    Path file = dir.resolve("chain.f3snap");
    SnapshotExport.writeF3Snapshot(
        file,
        F3SnapshotHeader.of(0, of.certificates().size() - 1, of.initialTable()),
        CertificateStream.of(of.certificates()),
        SnapshotExport.Progress.NONE);
    return "f3snap:" + file;
  }

  private String tableFile(String name, SyntheticChain of) throws Exception {
    Path file = dir.resolve(name);
    PowerTableFiles.write(file, of.initialTable().entries(), PowerTableFormat.JSON_ENTRIES);
    return "file:" + file;
  }

  @Test
  void realMainnetTableAndCertificatesConfirmTheReleasedCid() throws Exception {
    NetworkProfile mainnet = NetworkProfiles.builtIn().byKey("mainnet").orElseThrow();
    ReleaseCheckResult result =
        new ReleaseCheck(mainnet)
            .run(
                Optional.of(Cid.fromString(MAINNET_CID)),
                List.of(
                    open("file:" + SharedData.file("mainnet_initial_power_table.json")),
                    open("file:" + SharedData.file("mainnet_certs_0_9.json"))));

    assertThat(result.verdict()).as(result.findings().toString()).isEqualTo(Verdict.CONFIRMED);
    assertThat(result.agreedCid()).contains(Cid.fromString(MAINNET_CID));
    SourceEvidence table = result.sources().get(0);
    assertThat(table.tableCid()).contains(Cid.fromString(MAINNET_CID));
    assertThat(table.certificateZero().status()).isEqualTo(Status.VALID);
    assertThat(table.certificateZero().signerScaledPower().orElseThrow())
        .isGreaterThanOrEqualTo(table.certificateZero().threshold().orElseThrow());
    assertThat(table.certificateZero().basePowerTableCid()).contains(Cid.fromString(MAINNET_CID));
    assertThat(result.sources().get(1).holdsTable()).isFalse();
    assertThat(result.sources().get(1).certificateZero().status()).isEqualTo(Status.VALID);

    String report = ReleaseReport.markdown(result);
    assertThat(report)
        .contains(
            "**validates**",
            "\"InitialPowerTable\" : {",
            "\"/\" : \"" + MAINNET_CID + "\"",
            "**Verdict: CONFIRMED**");
    assertThat(ReleaseReport.markdown(result)).isEqualTo(report);
  }

  @Test
  void aNodeAndASnapshotOfAGeneratedNetworkConfirmItsCid() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      ReleaseCheckResult result =
          new ReleaseCheck(generated)
              .run(
                  Optional.of(chain.initialTable().cid()),
                  List.of(open("rpc:" + node.endpoint()), open(snapshotOf(chain))));

      assertThat(result.verdict()).as(result.findings().toString()).isEqualTo(Verdict.CONFIRMED);
      assertThat(result.sources())
          .allSatisfy(
              source -> {
                assertThat(source.tableCid()).contains(chain.initialTable().cid());
                assertThat(source.certificateZero().status()).isEqualTo(Status.VALID);
                assertThat(source.certificateZero().certificateSource()).contains(source.source());
              });
    }
  }

  @Test
  void withoutACandidateTheAgreedCidIsConfirmed() throws Exception {
    ReleaseCheckResult result =
        new ReleaseCheck(generated).run(Optional.empty(), List.of(open(snapshotOf(chain))));

    assertThat(result.verdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(result.agreedCid()).contains(chain.initialTable().cid());
  }

  @Test
  void aNodeServingAnotherTableIsADisagreementNamingTheNode() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
      String rpc = "rpc:" + node.endpoint();
      ReleaseCheckResult result =
          new ReleaseCheck(generated)
              .run(
                  Optional.empty(),
                  List.of(open(snapshotOf(chain)), open(snapshotOf(chain)), open(rpc)));

      assertThat(result.verdict()).isEqualTo(Verdict.DISAGREE);
      assertThat(result.agreedCid()).isEmpty();
      assertThat(result.distrusted()).containsExactly(rpc);
      assertThat(result.remedy().orElseThrow())
          .contains("The odd source out is " + rpc)
          .contains("distrust it");
      String report = ReleaseReport.markdown(result);
      assertThat(report)
          .contains("DISAGREE", "Distrust: " + rpc)
          .doesNotContain("\"InitialPowerTable\"")
          .doesNotContain("```json");
    }
  }

  @Test
  void twoRealCalibnetFilesAgreeingAgainstTheMainnetFileAreTheOddOnesOutNotTheMatchingFile()
      throws Exception {
    NetworkProfile mainnet = NetworkProfiles.builtIn().byKey("mainnet").orElseThrow();
    String json = "file:" + SharedData.file("calibnet_old_initial_power_table.json");
    String cbor = "file:" + SharedData.file("calibnet_old_initial_power_table.cbor");
    String matching = "file:" + SharedData.file("mainnet_initial_power_table.json");
    String certs = "file:" + SharedData.file("mainnet_certs_0_9.json");
    String calibnetCid = "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c";
    ReleaseCheckResult result =
        new ReleaseCheck(mainnet)
            .run(
                Optional.of(Cid.fromString(calibnetCid)),
                List.of(open(json), open(cbor), open(matching), open(certs)));

    assertThat(result.verdict()).isEqualTo(Verdict.DISAGREE);
    assertThat(result.distrusted()).containsExactly(json, cbor);
    assertThat(result.findings())
        .contains(
            json + " and " + cbor + " agree with each other on " + calibnetCid + ".",
            matching
                + " gives "
                + MAINNET_CID
                + ": certificate 0 validates against it, so the"
                + " network signed with it, and it is the CID mainnet publishes.");
    String remedy = result.remedy().orElseThrow();
    assertThat(remedy)
        .contains("The odd sources out are " + json + " and " + cbor)
        .contains("although they are the majority")
        .contains("distrust them")
        .doesNotContain(matching + " differs")
        .doesNotContain(matching + " give");
    String report = ReleaseReport.markdown(result);
    assertThat(report)
        .contains("None: the check did not confirm a CID")
        .doesNotContain("\"InitialPowerTable\"");
  }

  @Test
  void withoutAPublishedCidOrCertificateZeroTheMinorityIsTheOddOneOutAndATieNamesEveryone()
      throws Exception {
    NetworkProfile unpublished =
        new NetworkProfile(
            "release-check-test",
            List.of(),
            NetworkStatus.CURRENT,
            "Generated network for tests.",
            "release-check-test",
            Optional.empty(),
            1800,
            900,
            30,
            10,
            0,
            Optional.empty(),
            StoragePower.of(2048),
            List.of("generated"));
    SyntheticChain other =
        SyntheticNetwork.of(SimulationSpec.of(8, 24, 3, "release-check-test")).generate();
    String a = tableFile("a.json", chain);
    String b = tableFile("b.json", chain);
    String odd = tableFile("odd.json", other);

    ReleaseCheckResult majority =
        new ReleaseCheck(unpublished).run(Optional.empty(), List.of(open(a), open(odd), open(b)));
    ReleaseCheckResult tie =
        new ReleaseCheck(unpublished).run(Optional.empty(), List.of(open(a), open(odd)));

    assertThat(majority.verdict()).isEqualTo(Verdict.DISAGREE);
    assertThat(majority.distrusted()).containsExactly(odd);
    assertThat(majority.remedy().orElseThrow())
        .contains(
            "The odd source out is "
                + odd
                + " ("
                + odd
                + " gives "
                + other.initialTable().cid()
                + ", not "
                + chain.initialTable().cid());
    assertThat(tie.distrusted()).containsExactly(a, odd);
    assertThat(tie.remedy().orElseThrow()).contains("No source can be trusted over another");
  }

  @Test
  void thePlanOpensNodeSourcesWithTheTokenAndKeepsEachInitialTable() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken("plan-token-7")) {
      String rpc = "rpc:" + node.endpoint();
      String snapshot = snapshotOf(chain);
      ReleaseCheckPlan plan =
          ReleaseCheckPlan.of(generated, Optional.empty(), List.of(rpc, snapshot, rpc));

      ReleaseCheckPlan.Run run =
          plan.run(ReleaseCheckPlan.Access.token(Optional.of("plan-token-7")));

      assertThat(plan.sources()).containsExactly(rpc, snapshot);
      assertThat(run.result().verdict()).isEqualTo(Verdict.CONFIRMED);
      assertThat(run.tables()).containsOnlyKeys(rpc, snapshot);
      assertThat(run.tables().get(rpc).table().cid()).isEqualTo(chain.initialTable().cid());
      assertThat(run.result().toString()).doesNotContain("plan-token-7");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> plan.run(ReleaseCheckPlan.Access.token(Optional.empty())))
          .isInstanceOf(io.f3console.core.F3Exception.class)
          .hasMessageNotContaining("plan-token-7");
    }
  }

  @Test
  void aCertificateZeroThatDoesNotValidateRefusesTheTable() throws Exception {
    SyntheticChain broken = chain.withFault(FailureReason.INVALID_SIGNATURE, 0);
    try (FakeLotusNode node = FakeLotusNode.start(broken)) {
      ReleaseCheckResult result =
          new ReleaseCheck(generated)
              .run(Optional.empty(), List.of(open("rpc:" + node.endpoint())));

      assertThat(result.verdict()).isEqualTo(Verdict.CERTIFICATE_ZERO_INVALID);
      assertThat(result.sources().get(0).certificateZero().reason())
          .contains(FailureReason.INVALID_SIGNATURE);
      assertThat(ReleaseReport.markdown(result)).contains("**does not validate**");
    }
  }

  @Test
  void aCandidateOtherThanTheAgreedCidIsAMismatch() throws Exception {
    Cid other = Cid.fromString(MAINNET_CID);
    ReleaseCheckResult result =
        new ReleaseCheck(generated).run(Optional.of(other), List.of(open(snapshotOf(chain))));

    assertThat(result.verdict()).isEqualTo(Verdict.CANDIDATE_MISMATCH);
    assertThat(result.remedy().orElseThrow()).contains(chain.initialTable().cid().toString());
  }

  @Test
  void aTableWithoutCertificateZeroIsNotConfirmed() throws Exception {
    ReleaseCheckResult result =
        new ReleaseCheck(NetworkProfiles.builtIn().byKey("mainnet").orElseThrow())
            .run(
                Optional.empty(),
                List.of(open("file:" + SharedData.file("mainnet_initial_power_table.json"))));

    assertThat(result.verdict()).isEqualTo(Verdict.NO_CERTIFICATE_ZERO);
    assertThat(result.sources().get(0).certificateZero().status()).isEqualTo(Status.NOT_AVAILABLE);
  }

  @Test
  void certificatesAloneAreNoSources() throws Exception {
    ReleaseCheckResult result =
        new ReleaseCheck(NetworkProfiles.builtIn().byKey("mainnet").orElseThrow())
            .run(
                Optional.empty(),
                List.of(open("file:" + SharedData.file("mainnet_certs_0_9.json"))));

    assertThat(result.verdict()).isEqualTo(Verdict.NO_SOURCES);
    assertThat(ReleaseReport.manifestFragment(result.profile(), result.agreedCid()))
        .contains("\"InitialPowerTable\" : null");
  }
}
