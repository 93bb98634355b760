package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The doctor's lookback-state check against a node that serves the real butterflynet genesis
 * (actors v17) as its state at {@code BootstrapEpoch − Finality}: the table is recomputed from the
 * node's blocks and compared with the manifest's CID.
 */
class LookbackStateCheckTest {
  /** The butterflynet v17 genesis table's CID (three miners of 2.25 TiB each). */
  static final String GENESIS_TABLE =
      "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";

  static final StoragePower BUTTERFLY_MINIMUM = StoragePower.of(2L << 30);
  static CarBlockSource genesis;
  static Cid root;

  private static boolean dataRead;

  /** Read before the first test, so a missing file skips each test, never the class. */
  @BeforeEach
  void open() throws Exception {
    if (dataRead) {
      return;
    }
    genesis =
        CarBlockSource.open(
            SharedData.file("state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst"));
    root = genesis.roots().get(0);
    dataRead = true;
  }

  @AfterAll
  static void close() throws Exception {
    if (genesis != null) {
      genesis.close();
    }
  }

  /** Butterfly's manifest with the bootstrap at 900, so that the lookback tipset is genesis. */
  static String manifest(Optional<String> initialPowerTable) {
    String json =
        SharedData.text("lotus_f3manifest_butterfly.json")
            .replaceFirst("\"BootstrapEpoch\"\\s*:\\s*1000", "\"BootstrapEpoch\": 900");
    return initialPowerTable
        .map(
            cid ->
                json.replaceFirst(
                    "\"InitialPowerTable\"\\s*:\\s*null",
                    "\"InitialPowerTable\": {\"/\": \"" + cid + "\"}"))
        .orElse(json);
  }

  static FakeLotusNode node(Optional<String> initialPowerTable) throws Exception {
    return FakeLotusNode.serving(genesis)
        .answering("Filecoin.F3GetManifest", manifest(initialPowerTable))
        .answering(
            "Filecoin.ChainGetTipSetByHeight",
            "{\"Cids\":[{\"/\":\"" + root + "\"}],\"Blocks\":[],\"Height\":0}");
  }

  static DoctorCheck check(FakeLotusNode node, DoctorOptions options, Optional<Cid> expected)
      throws Exception {
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), DoctorTest.OPTIONS)) {
      return new LookbackStateCheck(client, options)
          .run(client.manifest(), expected, Optional.of(BUTTERFLY_MINIMUM));
    }
  }

  @Test
  void theTableComputedFromTheNodesStateIsTheManifests() throws Exception {
    try (FakeLotusNode node = node(Optional.of(GENESIS_TABLE))) {
      DoctorCheck check = check(node, DoctorTest.DOCTOR, Optional.empty());
      assertThat(check.verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(check.detail("computed")).contains(GENESIS_TABLE);
      assertThat(check.detail("lookbackEpoch")).contains("0");
      assertThat(check.detail("entries")).contains("3");
      assertThat(check.evidence())
          .anySatisfy(
              s -> assertThat(s).contains("the manifest's InitialPowerTable " + GENESIS_TABLE));
      assertThat(node.requests("Filecoin.ChainReadObj")).isPositive();
    }
  }

  @Test
  void aNullRoundAtTheLookbackEpochTakesTheLastTipsetBelow() throws Exception {
    // butterfly's own manifest (bootstrap 1000: lookback epoch 100); the node's chain has
    // nothing between genesis and 100, so it answers with genesis, as Lotus does
    String manifest =
        SharedData.text("lotus_f3manifest_butterfly.json")
            .replaceFirst(
                "\"InitialPowerTable\"\\s*:\\s*null",
                "\"InitialPowerTable\": {\"/\": \"" + GENESIS_TABLE + "\"}");
    try (FakeLotusNode node =
        node(Optional.empty()).answering("Filecoin.F3GetManifest", manifest)) {
      DoctorCheck check = check(node, DoctorTest.DOCTOR, Optional.empty());
      assertThat(check.verdict()).isEqualTo(CheckVerdict.PASS);
      assertThat(check.detail("lookbackEpoch")).contains("100");
      assertThat(check.detail("tipsetHeight")).contains("0");
      assertThat(check.evidence().get(0)).contains("epoch 100 is a null round");
    }
  }

  @Test
  void aPrunedStateIsSkippedWithWhatTheNodeNeeds() throws Exception {
    Cid stateRoot = BlockHeader.load(genesis, root).parentStateRoot();
    try (FakeLotusNode node =
        node(Optional.of(GENESIS_TABLE)).withFaults(NodeFaults.NONE.withoutBlock(stateRoot))) {
      DoctorCheck check = check(node, DoctorTest.DOCTOR, Optional.empty());
      assertThat(check.verdict()).isEqualTo(CheckVerdict.SKIPPED);
      assertThat(check.reason()).contains(DoctorReason.LOOKBACK_STATE_MISSING);
      assertThat(check.evidence().get(0)).contains(stateRoot.toString()).contains("pruned");
      assertThat(check.remedy())
          .hasValueSatisfying(
              r ->
                  assertThat(r)
                      .contains("F3_INITIAL_POWERTABLE_CID")
                      .contains("snapshot with F3 data")
                      .contains("InitialPowerTable"));
    }
  }

  @Test
  void aComputedTableThatIsNotTheManifestsFailsWithBothCids() throws Exception {
    String other = "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
    try (FakeLotusNode node = node(Optional.of(other))) {
      DoctorCheck check = check(node, DoctorTest.DOCTOR, Optional.empty());
      assertThat(check.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(check.reason()).contains(DoctorReason.LOOKBACK_TABLE_MISMATCH);
      assertThat(String.join(" ", check.evidence())).contains(GENESIS_TABLE).contains(other);
      assertThat(check.remedy()).isPresent();
    }
  }

  @Test
  void theNetworksCidIsComparedToo() throws Exception {
    Cid other = Cid.fromString("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
    try (FakeLotusNode node = node(Optional.empty())) {
      DoctorCheck check = check(node, DoctorTest.DOCTOR, Optional.of(other));
      assertThat(check.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(String.join(" ", check.evidence())).contains("the network's initial CID " + other);
    }
  }

  @Test
  void aStateLargerThanTheCapIsSkippedAsTooLarge() throws Exception {
    try (FakeLotusNode node = node(Optional.of(GENESIS_TABLE))) {
      DoctorCheck check = check(node, DoctorTest.DOCTOR.withMaxLookbackBlocks(5), Optional.empty());
      assertThat(check.verdict()).isEqualTo(CheckVerdict.SKIPPED);
      assertThat(check.reason()).contains(DoctorReason.LOOKBACK_STATE_TOO_LARGE);
      assertThat(check.evidence().get(0)).contains("larger than 5 blocks");
      assertThat(check.remedy())
          .hasValueSatisfying(r -> assertThat(r).contains("powertable from-state"));
      assertThat(node.requests("Filecoin.ChainReadObj")).isLessThanOrEqualTo(5);
    }
  }

  @Test
  void theDoctorRunsItAfterTheInitialTableCheck() throws Exception {
    NetworkProfile profile =
        new NetworkProfile(
            "butterfly-test",
            List.of(),
            NetworkStatus.CURRENT,
            "butterflynet bootstrapping at 900",
            "butterflynet",
            Optional.of("butterflynet"),
            900,
            900,
            30,
            10,
            0,
            Optional.of(GENESIS_TABLE),
            BUTTERFLY_MINIMUM,
            List.of("test"));
    try (FakeLotusNode node = node(Optional.of(GENESIS_TABLE))) {
      DoctorReport report =
          DoctorTest.diagnose(node, NetworkSelection.of(profile), DoctorTest.DOCTOR);
      List<String> ids = report.checks().stream().map(DoctorCheck::id).toList();
      assertThat(ids.indexOf(Doctor.LOOKBACK_STATE))
          .isEqualTo(ids.indexOf(Doctor.INITIAL_POWER_TABLE) + 1);
      assertThat(report.check(Doctor.LOOKBACK_STATE).orElseThrow().verdict())
          .isEqualTo(CheckVerdict.PASS);
    }
  }
}
