package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.Phase;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every method of the client against a node serving a generated chain. */
class LotusRpcClientTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 0, 2);
  static SyntheticChain chain;
  static FakeLotusNode node;
  static LotusRpcClient client;

  @BeforeAll
  static void start() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(11, 8, 12, "f3rpc")).generate();
    node = FakeLotusNode.start(chain);
    client = LotusRpcClient.connect(node.endpoint(), OPTIONS);
  }

  @AfterAll
  static void stop() {
    client.close();
    node.close();
  }

  @Test
  void theManifestDecodesIntoItsFields() throws Exception {
    F3Manifest manifest = client.manifest();

    assertThat(manifest.networkName()).isEqualTo("f3rpc");
    assertThat(manifest.protocolVersion()).isEqualTo(7);
    assertThat(manifest.initialInstance()).isZero();
    assertThat(manifest.bootstrapEpoch())
        .isEqualTo(chain.certificates().get(0).chain().base().epoch() + 900);
    assertThat(manifest.initialPowerTable()).contains(chain.initialTable().cid());
    assertThat(manifest.committeeLookback()).isEqualTo(10);
    assertThat(manifest.ecPeriod()).isEqualTo(Duration.ofSeconds(30));
    assertThat(manifest.ecFinality()).isEqualTo(900);
    assertThat(manifest.initialPowerTableEpoch())
        .isEqualTo(chain.certificates().get(0).chain().base().epoch());
    assertThat(manifest.json()).isEqualTo(node.manifestJson());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "lotus_f3manifest_butterfly.json, butterflynet, 1000, 30",
    "lotus_f3manifest_2k.json, 2k, 1000, 4",
    "lotus_f3manifest_calibnet.json, calibrationnet2, 3451774, 30"
  })
  void realManifestsDecode(String file, String name, long bootstrap, long periodSeconds)
      throws Exception {
    try (FakeLotusNode other =
            FakeLotusNode.start(chain).answering("Filecoin.F3GetManifest", SharedData.text(file));
        LotusRpcClient otherClient = LotusRpcClient.connect(other.endpoint(), OPTIONS)) {
      F3Manifest manifest = otherClient.manifest();

      assertThat(manifest.networkName()).isEqualTo(name);
      assertThat(manifest.bootstrapEpoch()).isEqualTo(bootstrap);
      assertThat(manifest.ecPeriod()).isEqualTo(Duration.ofSeconds(periodSeconds));
      assertThat(manifest.initialPowerTable().isPresent()).isEqualTo(name.startsWith("calib"));
      assertThat(manifest.json()).isEqualTo(SharedData.text(file).strip());
    }
  }

  @Test
  void eachCertificateEqualsTheChainsCertificate() throws Exception {
    for (FinalityCertificate expected : chain.certificates()) {
      assertThat(client.certificate(expected.instance())).isEqualTo(expected);
    }
  }

  @Test
  void theLatestCertificateIsTheLastOfTheChain() throws Exception {
    assertThat(client.latestCertificate()).contains(chain.certificates().get(11));
  }

  @Test
  void thePowerTableOfEachInstanceIsItsCommittee() throws Exception {
    for (int i = 0; i <= 12; i += 4) {
      assertThat(client.powerTableByInstance(i)).isEqualTo(chain.tableOf(i));
    }
    assertThat(client.powerTableMethod()).contains(LotusRpcClient.POWER_TABLE_BY_INSTANCE);
  }

  @Test
  void theEcAndF3PowerTablesAtTheHeadAreTheTableItsTipsetNames() throws Exception {
    TipSet head = chain.certificates().get(11).chain().head();

    assertThat(client.ecPowerTable(List.of()).cid()).isEqualTo(head.powerTable());
    assertThat(client.f3PowerTable(head.keyCids()).cid()).isEqualTo(head.powerTable());
  }

  @Test
  void progressNamesTheNextInstanceAndItsInput() throws Exception {
    InstanceProgress progress = client.progress();
    TipSet head = chain.certificates().get(11).chain().head();

    assertThat(progress.instance()).isEqualTo(12);
    assertThat(progress.round()).isZero();
    assertThat(progress.phase()).isEqualTo(Phase.QUALITY);
    assertThat(progress.input()).containsExactly(new TipSetSummary(head.epoch(), head.keyCids()));
  }

  @Test
  void aNodeFollowedLiveShowsOnlyThePublishedCertificatesAndTheChosenHead() throws Exception {
    java.util.concurrent.atomic.AtomicLong head =
        new java.util.concurrent.atomic.AtomicLong(
            chain.certificates().get(4).chain().head().epoch() + 7);
    try (FakeLotusNode live =
            FakeLotusNode.start(chain).publish(5).withChainHead(head::getAndIncrement);
        LotusRpcClient liveClient = LotusRpcClient.connect(live.endpoint(), OPTIONS)) {
      assertThat(liveClient.latestCertificate()).contains(chain.certificates().get(4));
      assertThat(liveClient.progress().instance()).isEqualTo(5);
      assertThat(liveClient.chainHead().height()).isEqualTo(head.get() - 1);
      assertThat(liveClient.chainHead().height()).isEqualTo(head.get() - 1);
      RpcException beyond =
          org.junit.jupiter.api.Assertions.assertThrows(
              RpcException.class, () -> liveClient.certificate(5));
      assertThat(beyond.reason()).isEqualTo(RpcException.Reason.CERTIFICATE_NOT_FOUND);
      live.publish(8);
      assertThat(liveClient.latestCertificate()).contains(chain.certificates().get(7));
      assertThat(liveClient.certificate(5)).isEqualTo(chain.certificates().get(5));
    }
  }

  @Test
  void runningIsTrue() throws Exception {
    assertThat(client.isRunning()).isTrue();
  }

  @Test
  void chainHeadAndTipSetByHeightGiveHeightAndBlocks() throws Exception {
    TipSet head = chain.certificates().get(11).chain().head();
    TipSet base = chain.certificates().get(3).chain().base();

    assertThat(client.chainHead()).isEqualTo(new TipSetSummary(head.epoch(), head.keyCids()));
    assertThat(client.tipSetByHeight(base.epoch()))
        .isEqualTo(new TipSetSummary(base.epoch(), base.keyCids()));
  }

  @Test
  void networkNameAndVersionDecode() throws Exception {
    assertThat(client.stateNetworkName()).isEqualTo("f3rpc");
    NodeVersion version = client.version();
    assertThat(version.version()).isEqualTo("1.34.0+fake");
    assertThat(version.apiVersionText()).isEqualTo("2.3.0");
    assertThat(version.blockDelaySeconds()).isEqualTo(30);
  }

  @Test
  void aForestNodeIsAskedByForestsNameAfterOneMissAndThenDirectly() throws Exception {
    try (FakeLotusNode forest = FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.forest());
        LotusRpcClient forestClient = LotusRpcClient.connect(forest.endpoint(), OPTIONS)) {
      assertThat(forestClient.powerTableByInstance(0)).isEqualTo(chain.initialTable());
      assertThat(forestClient.powerTableByInstance(5)).isEqualTo(chain.tableOf(5));

      assertThat(forestClient.powerTableMethod())
          .contains(LotusRpcClient.FOREST_POWER_TABLE_BY_INSTANCE);
      assertThat(forest.requests(LotusRpcClient.POWER_TABLE_BY_INSTANCE)).isEqualTo(1);
      assertThat(forest.requests(LotusRpcClient.FOREST_POWER_TABLE_BY_INSTANCE)).isEqualTo(2);
    }
  }

  @Test
  void aNodeWithNeitherPowerTableMethodSaysSo() throws Exception {
    try (FakeLotusNode old =
            FakeLotusNode.start(chain)
                .withFaults(NodeFaults.NONE.withoutMethod(NodeFaults.LOTUS_POWER_TABLE));
        LotusRpcClient oldClient = LotusRpcClient.connect(old.endpoint(), OPTIONS)) {
      RpcException e = RpcFaultsTest.failure(() -> oldClient.powerTableByInstance(0));

      assertThat(e.reason()).isEqualTo(RpcException.Reason.METHOD_NOT_FOUND);
      assertThat(e.getMessage())
          .contains("neither F3GetPowerTableByInstance", "nor F3GetF3PowerTableByInstance");
      assertThat(oldClient.powerTableMethod()).isEmpty();
    }
  }

  @Test
  void toStringNamesTheEndpointOnly() {
    assertThat(client.toString()).contains(node.endpoint().toString()).contains("token=(none)");
  }

  @Test
  void anEndpointMustBeHttpOrHttps() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                LotusRpcClient.connect(java.net.URI.create("ws://127.0.0.1:1234/rpc/v1"), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://");
  }

  @Test
  void aCidListIsItsJsonForm() throws Exception {
    Cid cid = chain.initialTable().cid();
    assertThat(RpcCall.tipSetKey(List.of(cid)).toString()).isEqualTo("[{\"/\":\"" + cid + "\"}]");
    assertThat(RpcCall.tipSetKey(List.of()).isNull()).isTrue();
  }
}
