package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.Phase;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.JsonShapes;
import io.f3console.core.testing.RpcFixtureNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON-RPC answers as Lotus and Forest document them (hand-written fixtures in {@code
 * vectors/rpc}, see its README): (a) the client decodes each into the right values, and (b) the
 * test node's answers have the documented shapes, key for key and type for type.
 */
class DocumentedShapesTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 0, 2);
  static final ObjectMapper JSON = new ObjectMapper();

  static final String MAINNET_TABLE =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  static final String NEXT_TABLE = "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i";
  static final String HEAD_BLOCK = "bafy2bzacecrblsyn7jzzkv35jav4vyhbg4faxxnfl5mhq7wmbb2sbkgqsv6nc";

  private static Cid cid(String text) throws Exception {
    return Cid.fromString(text);
  }

  private static LotusRpcClient client(RpcFixtureNode node) {
    return LotusRpcClient.connect(node.endpoint(), OPTIONS);
  }

  private static RpcFixtureNode lotus() throws Exception {
    return RpcFixtureNode.start("forest/error-method-not-found.json");
  }

  // (a) the client decodes the documented answers

  @Test
  void aDocumentedCertificateDecodesIntoItsValues() throws Exception {
    try (RpcFixtureNode node =
            lotus().answering("Filecoin.F3GetCertificate", "lotus/F3GetCertificate.json");
        LotusRpcClient client = client(node)) {
      FinalityCertificate certificate = client.certificate(4321);

      assertThat(certificate.instance()).isEqualTo(4321);
      List<TipSet> chain = certificate.chain().tipSets();
      assertThat(chain).extracting(TipSet::epoch).containsExactly(5000100L, 5000102L);
      assertThat(chain.get(0).keyCids())
          .containsExactly(
              cid("bafy2bzaceaqsbxd5reiik6knflf2bcqswr4wyoblaivyui37fvt66dyb3jp2c"),
              cid("bafy2bzacebdnjs6ivb2byl2iguoe3kvch7ujniawpgvccxoqksyzma5lslkue"));
      assertThat(chain.get(1).keyCids()).containsExactly(cid(HEAD_BLOCK));
      assertThat(chain.get(0).powerTable()).isEqualTo(cid(MAINNET_TABLE));
      assertThat(chain.get(1).powerTable()).isEqualTo(cid(NEXT_TABLE));
      assertThat(certificate.supplementalData().powerTable()).contains(cid(NEXT_TABLE));
      assertThat(certificate.supplementalData().commitments()).containsOnly(1);
      // Runs 0, 3, 2, 1: indexes 0-2 set, 3-4 unset, 5 set.
      assertThat(certificate.signers().toArray(10)).containsExactly(0, 1, 2, 5);
      byte[] signature = certificate.signature();
      assertThat(signature).hasSize(96);
      assertThat(signature[0]).isZero();
      assertThat(signature[95]).isEqualTo((byte) 95);
      List<PowerTableDelta> deltas = certificate.powerTableDelta();
      assertThat(deltas)
          .extracting(PowerTableDelta::participant)
          .containsExactly(ActorId.of(1000), ActorId.of(2000));
      assertThat(deltas)
          .extracting(PowerTableDelta::powerDelta)
          .containsExactly(StoragePower.of(-5000), StoragePower.of(1024));
      assertThat(deltas.get(0).signingKey().isEmpty()).isTrue();
      assertThat(deltas.get(1).signingKey().toBytes()).hasSize(48).startsWith((byte) 100);
    }
  }

  @Test
  void aCertificateWithoutDeltasHasNone() throws Exception {
    try (RpcFixtureNode node =
            lotus()
                .answering("Filecoin.F3GetCertificate", "lotus/F3GetCertificate-no-deltas.json");
        LotusRpcClient client = client(node)) {
      FinalityCertificate certificate = client.certificate(0);

      assertThat(certificate.instance()).isZero();
      assertThat(certificate.powerTableDelta()).isEmpty();
    }
  }

  @Test
  void noLatestCertificateIsNull() throws Exception {
    try (RpcFixtureNode node =
            lotus()
                .answering(
                    "Filecoin.F3GetLatestCertificate", "lotus/F3GetLatestCertificate-none.json");
        LotusRpcClient client = client(node)) {
      assertThat(client.latestCertificate()).isEmpty();
    }
  }

  @Test
  void documentedPowerEntriesDecodeFromEachTableMethod() throws Exception {
    try (RpcFixtureNode node =
            lotus()
                .answering("Filecoin.F3GetPowerTableByInstance", "lotus/PowerEntries.json")
                .answering("Filecoin.F3GetECPowerTable", "lotus/PowerEntries.json")
                .answering("Filecoin.F3GetF3PowerTable", "lotus/PowerEntries.json");
        LotusRpcClient client = client(node)) {
      for (List<PowerEntry> entries :
          List.of(
              client.powerTableByInstance(7).entries(),
              client.ecPowerTable(List.of()).entries(),
              client.f3PowerTable(List.of(cid(HEAD_BLOCK))).entries())) {
        assertThat(entries)
            .extracting(PowerEntry::id)
            .containsExactly(ActorId.of(1234), ActorId.of(5678));
        assertThat(entries)
            .extracting(PowerEntry::power)
            .containsExactly(
                StoragePower.of(68_719_476_736_000L), StoragePower.of(34_359_738_368_000L));
        assertThat(entries.get(0).pubKey().toBytes()).hasSize(48).startsWith((byte) 150);
      }
      assertThat(client.powerTableMethod()).contains("Filecoin.F3GetPowerTableByInstance");
    }
  }

  @Test
  void documentedProgressDecodesWithItsInput() throws Exception {
    try (RpcFixtureNode node =
            lotus().answering("Filecoin.F3GetProgress", "lotus/F3GetProgress.json");
        LotusRpcClient client = client(node)) {
      InstanceProgress progress = client.progress();

      assertThat(progress.instance()).isEqualTo(4322);
      assertThat(progress.round()).isEqualTo(2);
      assertThat(progress.phase()).isEqualTo(Phase.PREPARE);
      assertThat(progress.input())
          .containsExactly(new TipSetSummary(5000102, List.of(cid(HEAD_BLOCK))));
    }
  }

  @Test
  void progressBeforeAnyInputDecodesFromLotusNullAndForestsAbsentKey() throws Exception {
    for (String fixture :
        List.of("lotus/F3GetProgress-not-started.json", "forest/F3GetProgress-not-started.json")) {
      try (RpcFixtureNode node = lotus().answering("Filecoin.F3GetProgress", fixture);
          LotusRpcClient client = client(node)) {
        InstanceProgress progress = client.progress();

        assertThat(progress.instance()).as(fixture).isZero();
        assertThat(progress.phase()).as(fixture).isEqualTo(Phase.INITIAL);
        assertThat(progress.input()).as(fixture).isEmpty();
      }
    }
  }

  @Test
  void theDocumentedManifestDecodes() throws Exception {
    try (RpcFixtureNode node =
            lotus().answering("Filecoin.F3GetManifest", "lotus/F3GetManifest.json");
        LotusRpcClient client = client(node)) {
      F3Manifest manifest = client.manifest();

      assertThat(manifest.protocolVersion()).isEqualTo(7);
      assertThat(manifest.networkName()).isEqualTo("fixturenet");
      assertThat(manifest.bootstrapEpoch()).isEqualTo(5_000_000);
      assertThat(manifest.initialPowerTable()).contains(cid(MAINNET_TABLE));
      assertThat(manifest.committeeLookback()).isEqualTo(10);
      assertThat(manifest.ecPeriod()).isEqualTo(Duration.ofSeconds(25));
      assertThat(manifest.ecFinality()).isEqualTo(450);
    }
  }

  @Test
  void documentedChainAnswersDecode() throws Exception {
    try (RpcFixtureNode node =
            lotus()
                .answering("Filecoin.ChainHead", "lotus/TipSet.json")
                .answering("Filecoin.ChainGetTipSetByHeight", "lotus/TipSet.json")
                .answering("Filecoin.ChainReadObj", "lotus/ChainReadObj.json")
                .answering("Filecoin.StateNetworkName", "lotus/StateNetworkName.json")
                .answering("Filecoin.F3IsRunning", "lotus/F3IsRunning.json")
                .answering("Filecoin.Version", "lotus/Version.json");
        LotusRpcClient client = client(node)) {
      TipSetSummary head = new TipSetSummary(5000102, List.of(cid(HEAD_BLOCK)));
      assertThat(client.chainHead()).isEqualTo(head);
      assertThat(client.tipSetByHeight(5000102)).isEqualTo(head);
      assertThat(client.chainReadObj(cid(HEAD_BLOCK)))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(new byte[] {(byte) 0x82, 1, 2}));
      assertThat(client.stateNetworkName()).isEqualTo("mainnet");
      assertThat(client.isRunning()).isTrue();
      NodeVersion version = client.version();
      assertThat(version.version()).isEqualTo("1.34.1+mainnet+git.0123abc");
      assertThat(version.apiVersionText()).isEqualTo("2.3.0");
      assertThat(version.blockDelaySeconds()).isEqualTo(30);
    }
  }

  @Test
  void documentedErrorsDecodeIntoTheirReasons() throws Exception {
    try (RpcFixtureNode node =
            lotus()
                .answering("Filecoin.F3GetCertificate", "lotus/error-not-found.json")
                .answering("Filecoin.F3GetProgress", "lotus/error-f3-disabled.json");
        LotusRpcClient client = client(node)) {
      RpcException missing = catchThrowableOfType(RpcException.class, () -> client.certificate(99));
      assertThat(missing.reason()).isEqualTo(RpcException.Reason.CERTIFICATE_NOT_FOUND);
      assertThat(missing.code()).hasValue(1);

      RpcException disabled = catchThrowableOfType(RpcException.class, client::progress);
      assertThat(disabled.reason()).isEqualTo(RpcException.Reason.F3_DISABLED);
      assertThat(disabled.code()).hasValue(4);

      RpcException unknown = catchThrowableOfType(RpcException.class, client::chainHead);
      assertThat(unknown.reason()).isEqualTo(RpcException.Reason.METHOD_NOT_FOUND);
    }
  }

  @Test
  void forestsCommitteeMethodIsFoundByItsOwnName() throws Exception {
    // Forest does not offer Lotus's F3GetPowerTableByInstance: the fallback answer is its
    // method-not-found error, and the client asks again by Forest's name.
    try (RpcFixtureNode node =
            lotus()
                .answering(
                    "Filecoin.F3GetF3PowerTableByInstance",
                    "forest/F3GetF3PowerTableByInstance.json");
        LotusRpcClient client = client(node)) {
      assertThat(client.powerTableByInstance(3).entries())
          .extracting(PowerEntry::id)
          .containsExactly(ActorId.of(1234), ActorId.of(5678));
      assertThat(client.powerTableMethod()).contains("Filecoin.F3GetF3PowerTableByInstance");
    }
  }

  // (b) the test node answers in the documented shapes

  @Test
  void theTestNodeAnswersEachMethodInItsDocumentedShape() throws Exception {
    byte[] block = {(byte) 0x82, 1, 2};
    Cid blockCid = Cid.makeCid(block);
    MemoryBlockSource blocks = MemoryBlockSource.empty("shapes");
    blocks.put(blockCid, block);
    try (FakeLotusNode node = FakeLotusNode.startMainnet().withBlocks(blocks)) {
      TipSet head = node.certificates().get(9).chain().head();
      // Certificate 0's base names the initial table, which the node holds.
      ArrayNode baseKey = key(node.certificates().get(0).chain().base());

      assertShape(node, "Filecoin.F3GetManifest", params(), "lotus/F3GetManifest.json");
      assertShape(node, "Filecoin.F3GetCertificate", params(9), "lotus/F3GetCertificate.json");
      assertShape(
          node, "Filecoin.F3GetCertificate", params(0), "lotus/F3GetCertificate-no-deltas.json");
      assertShape(node, "Filecoin.F3GetLatestCertificate", params(), "lotus/F3GetCertificate.json");
      assertShape(node, "Filecoin.F3GetPowerTableByInstance", params(3), "lotus/PowerEntries.json");
      assertShape(node, "Filecoin.F3GetECPowerTable", params(baseKey), "lotus/PowerEntries.json");
      assertShape(node, "Filecoin.F3GetF3PowerTable", params(baseKey), "lotus/PowerEntries.json");
      assertShape(node, "Filecoin.F3GetProgress", params(), "lotus/F3GetProgress.json");
      assertShape(node, "Filecoin.F3IsRunning", params(), "lotus/F3IsRunning.json");
      assertShape(node, "Filecoin.ChainHead", params(), "lotus/TipSet.json");
      ArrayNode byHeight = params(head.epoch());
      byHeight.addArray();
      assertShape(node, "Filecoin.ChainGetTipSetByHeight", byHeight, "lotus/TipSet.json");
      ArrayNode link = JSON.createArrayNode();
      link.addObject().put("/", blockCid.toString());
      assertShape(node, "Filecoin.ChainReadObj", link, "lotus/ChainReadObj.json");
      assertShape(node, "Filecoin.StateNetworkName", params(), "lotus/StateNetworkName.json");
      assertShape(node, "Filecoin.Version", params(), "lotus/Version.json");
      assertShape(node, "Filecoin.F3GetCertificate", params(99), "lotus/error-not-found.json");
      // Lotus's JSON-RPC error for a method it does not have has the same envelope as Forest's.
      assertShape(node, "Filecoin.NoSuchMethod", params(), "forest/error-method-not-found.json");
    }
  }

  @Test
  void theTestNodeAnswersInTheDocumentedShapesBeforeAnyCertificate() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet().publish(0)) {
      assertShape(
          node,
          "Filecoin.F3GetLatestCertificate",
          params(),
          "lotus/F3GetLatestCertificate-none.json");
      assertShape(node, "Filecoin.F3GetProgress", params(), "lotus/F3GetProgress-not-started.json");
    }
  }

  @Test
  void theTestNodeAnswersTheLeaseMethodsInTheirDocumentedShapes() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      assertShape(
          node, "Filecoin.F3ListParticipants", params(), "lotus/F3ListParticipants-none.json");
      node.withLeaseEndingIn(1000, 5).withLeaseEndingIn(2000, 1);
      assertShape(node, "Filecoin.F3ListParticipants", params(), "lotus/F3ListParticipants.json");
      assertShape(node, "Filecoin.ID", params(), "lotus/ID.json");
      assertShape(node, "Filecoin.NetAddrsListen", params(), "forest/NetAddrsListen.json");
    }
  }

  @Test
  void theShapeComparisonSeesAMissingKeyAnExtraKeyAndAWrongType() throws Exception {
    JsonNode documented = RpcFixtureNode.fixture("lotus/F3GetCertificate.json");
    ObjectNode changed = documented.deepCopy();
    ObjectNode result = (ObjectNode) changed.get("result");
    result.remove("Signature");
    result.put("Extra", 1);
    ((ObjectNode) result.get("ECChain").get(0)).put("Epoch", "5000100");

    assertThat(JsonShapes.differences(documented, changed))
        .containsExactlyInAnyOrder(
            "$.result: missing key Signature",
            "$.result: undocumented key Extra",
            "$.result.ECChain[0].Epoch: documented a number, found a string");
    assertThat(JsonShapes.differences(documented, documented)).isEmpty();
  }

  private static ArrayNode params(Object... values) {
    ArrayNode params = JSON.createArrayNode();
    for (Object value : values) {
      if (value instanceof Integer i) {
        params.add(i);
      } else if (value instanceof Long l) {
        params.add(l);
      } else {
        params.add((JsonNode) value);
      }
    }
    return params;
  }

  private static ArrayNode key(TipSet tipSet) throws Exception {
    ArrayNode key = JSON.createArrayNode();
    for (Cid block : tipSet.keyCids()) {
      key.addObject().put("/", block.toString());
    }
    return key;
  }

  /** Sends one request as a client would and compares the whole answer with the fixture's. */
  private static void assertShape(
      FakeLotusNode node, String method, ArrayNode params, String fixture) throws Exception {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("method", method);
    request.set("params", params);
    request.put("id", 7);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(node.endpoint())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode answer = JSON.readTree(response.body());

    assertThat(JsonShapes.differences(RpcFixtureNode.fixture(fixture), answer))
        .as("%s%s against %s: %s", method, params, fixture, response.body())
        .isEmpty();
    assertThat(answer.get("id").asInt()).as(method).isEqualTo(7);
  }
}
