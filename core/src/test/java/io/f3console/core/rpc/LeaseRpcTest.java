package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import io.f3console.core.testing.PeerIds;
import io.f3console.core.testing.RpcFixtureNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code F3ListParticipants} and the node's peer ID through the client: the documented answers
 * decode, the test node answers as Lotus does (valid leases only, rewritten to its current
 * instance), and malformed answers are refused with where they went wrong.
 */
class LeaseRpcTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 0, 2);
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(7, 4, 12, "f3leases")).generate();
  }

  private static RpcException malformed(FakeLotusNode node, String method, String result) {
    node.answering(method, result);
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      RpcException e =
          catchThrowableOfType(
              RpcException.class,
              method.equals("Filecoin.ID") ? client::peerId : client::listParticipants);
      assertThat(e).as(result).isNotNull();
      assertThat(e.reason()).as(e.getMessage()).isEqualTo(RpcException.Reason.MALFORMED_RESPONSE);
      return e;
    }
  }

  @Test
  void documentedParticipantsDecodeAsUnsignedNumbers() throws Exception {
    try (RpcFixtureNode node =
            RpcFixtureNode.start("forest/error-method-not-found.json")
                .answering("Filecoin.F3ListParticipants", "lotus/F3ListParticipants.json")
                .answering("Filecoin.ID", "lotus/ID.json");
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      assertThat(client.listParticipants())
          .containsExactly(
              new F3Participant(ActorId.of(1000), 4322, 5),
              new F3Participant(ActorId.of(-1L), 4322, 2));
      assertThat(client.peerId().text())
          .isEqualTo("12D3KooWAHoEkEqnKzM5PXFygh2movVBCSX3k8tDsT2cneU68Gyt");
    }
  }

  @Test
  void noLeasesIsAnEmptyListWhetherEmptyOrNull() throws Exception {
    try (RpcFixtureNode node =
            RpcFixtureNode.start("forest/error-method-not-found.json")
                .answering("Filecoin.F3ListParticipants", "lotus/F3ListParticipants-none.json");
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      assertThat(client.listParticipants()).isEmpty();
    }
    try (FakeLotusNode node =
            FakeLotusNode.start(chain).answering("Filecoin.F3ListParticipants", "null");
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      assertThat(client.listParticipants()).isEmpty();
    }
  }

  @Test
  void aNodeWithoutFilecoinIdGivesItsPeerIdThroughNetAddrsListen() throws Exception {
    try (RpcFixtureNode node =
            RpcFixtureNode.start("forest/error-method-not-found.json")
                .answering("Filecoin.NetAddrsListen", "forest/NetAddrsListen.json");
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      assertThat(client.peerId().text())
          .isEqualTo("12D3KooWARdq2qmoWawXfhkzZHgcPg2hgkwT6GFrzGMvuQZHcwdJ");
    }
    try (FakeLotusNode node =
            FakeLotusNode.start(chain)
                .withFaults(NodeFaults.NONE.forest())
                .withPeerId(PeerIds.rsa(3));
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      assertThat(client.peerId().text()).isEqualTo(PeerIds.rsa(3));
      assertThat(node.requests("Filecoin.ID")).isEqualTo(1);
      assertThat(node.requests("Filecoin.NetAddrsListen")).isEqualTo(1);
    }
  }

  @Test
  void theTestNodeListsOnlyValidLeasesRewrittenToItsCurrentInstance() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(10);
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      node.withLease(1000, 8, 5).withLease(2000, 3, 5).withLease(3000, 10, 0);
      assertThat(client.progress().instance()).isEqualTo(10);

      // 2000's lease ended at instance 8; 3000's has its last instance now
      assertThat(client.listParticipants())
          .containsExactly(
              new F3Participant(ActorId.of(1000), 10, 3),
              new F3Participant(ActorId.of(3000), 10, 0));

      node.listingExpiredLeases();
      assertThat(client.listParticipants())
          .containsExactly(
              new F3Participant(ActorId.of(1000), 8, 5),
              new F3Participant(ActorId.of(2000), 3, 5),
              new F3Participant(ActorId.of(3000), 10, 0));

      node.forgetLeases();
      assertThat(client.listParticipants()).isEmpty();
    }
  }

  @Test
  void aNodeWithoutF3AnswersWithItsError() throws Exception {
    try (FakeLotusNode node =
            FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.DISABLED));
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      RpcException e = catchThrowableOfType(RpcException.class, client::listParticipants);
      assertThat(e.reason()).isEqualTo(RpcException.Reason.F3_DISABLED);
      assertThat(client.peerId()).isEqualTo(node.peerId());
    }
  }

  @Test
  void malformedParticipantsAreRefusedWithTheirPlace() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      assertThat(
              malformed(
                      node,
                      "Filecoin.F3ListParticipants",
                      "[{\"MinerID\":-1000,\"FromInstance\":1,\"ValidityTerm\":5}]")
                  .getMessage())
          .contains(
              "result[0].MinerID: expected an unsigned 64-bit integer, found the integer -1000");
      assertThat(
              malformed(
                      node,
                      "Filecoin.F3ListParticipants",
                      "[{\"MinerID\":1,\"FromInstance\":1,\"ValidityTerm\":5},"
                          + "{\"MinerID\":2,\"FromInstance\":1}]")
                  .getMessage())
          .contains("result[1]: missing field ValidityTerm");
      assertThat(
              malformed(
                      node,
                      "Filecoin.F3ListParticipants",
                      "[{\"MinerID\":18446744073709551616,\"FromInstance\":1,\"ValidityTerm\":5}]")
                  .getMessage())
          .contains("result[0].MinerID: expected an unsigned 64-bit integer");
      assertThat(
              malformed(
                      node,
                      "Filecoin.F3ListParticipants",
                      "[{\"MinerID\":\"1000\",\"FromInstance\":1,\"ValidityTerm\":5}]")
                  .getMessage())
          .contains("found a string");
      assertThat(malformed(node, "Filecoin.F3ListParticipants", "{}").getMessage())
          .contains("result: expected an array of participants, found an object");
      assertThat(malformed(node, "Filecoin.F3ListParticipants", "[7]").getMessage())
          .contains("result[0]: expected an object, found the integer 7");
    }
  }

  @Test
  void aHugeListIsRefusedByItsLengthOrItsSize() throws Exception {
    String entry = "{\"MinerID\":1,\"FromInstance\":1,\"ValidityTerm\":5}";
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      String tooMany =
          "["
              + String.join(
                  ",", java.util.Collections.nCopies(RpcResults.MAX_PARTICIPANTS + 1, entry))
              + "]";
      assertThat(tooMany.length()).isLessThan(RpcCall.PARTICIPANTS_RESPONSE);
      assertThat(malformed(node, "Filecoin.F3ListParticipants", tooMany).getMessage())
          .contains("16385 participants, more than the 16384");

      String tooLarge = "[" + String.join(",", java.util.Collections.nCopies(50_000, entry)) + "]";
      assertThat(malformed(node, "Filecoin.F3ListParticipants", tooLarge).getMessage())
          .contains("larger than 2 MiB, the most a valid answer can be for F3ListParticipants");
    }
  }

  @Test
  void malformedPeerIdsAreRefused() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      assertThat(malformed(node, "Filecoin.ID", "42").getMessage())
          .contains("result: expected a peer ID string, found the integer 42");
      assertThat(malformed(node, "Filecoin.ID", "\"node-a\"").getMessage())
          .contains("result: not a base58 peer ID");
      assertThat(malformed(node, "Filecoin.ID", "\"" + "z".repeat(200) + "\"").getMessage())
          .contains("1 to 128 base58 characters, not 200");
    }
  }

  @Test
  void ticketsTheTestNodeIssuesNameItAndItsLease() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(4).withLeaseEndingIn(1000, 5)) {
      ParticipationTicket ticket = node.ticketFor(1000);

      assertThat(ticket.issuer()).isEqualTo(node.peerId());
      assertThat(ticket.network()).isEqualTo("f3leases");
      assertThat(ticket.lease()).isEqualTo(new F3Participant(ActorId.of(1000), 4, 5));
      assertThat(ParticipationTicket.fromBase64(ticket.toBase64())).isEqualTo(ticket);
    }
  }

  @Test
  void participantsAreReadInTheNodesOrder() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(0);
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      node.withLease(30, 0, 5).withLease(10, 0, 5).withLease(20, 0, 5);
      assertThat(client.listParticipants())
          .extracting(F3Participant::miner)
          .isEqualTo(List.of(ActorId.of(30), ActorId.of(10), ActorId.of(20)));
    }
  }
}
