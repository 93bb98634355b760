package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.ParticipationTicket;
import io.f3console.core.rpc.PeerId;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import io.f3console.core.testing.PeerIds;
import io.f3console.core.testing.SharedData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lease check against test nodes over loopback HTTP: a healthy lease, each way a lease goes
 * wrong (forgotten after a restart, ended, about to end, on two nodes, a ticket from another or an
 * unknown node), a lease on a node other than the one diagnosed, and nodes that fail.
 */
class LeaseCheckTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 0, 2);
  static final long MINER = 1000;
  static SyntheticChain chain;

  private final List<AutoCloseable> opened = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(11, 4, 12, "f3leases")).generate();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : opened) {
      closeable.close();
    }
  }

  /** A node at instance 10. */
  private FakeLotusNode node() throws Exception {
    FakeLotusNode node = FakeLotusNode.start(chain).publish(10);
    opened.add(node);
    return node;
  }

  private NamedNode named(String label, FakeLotusNode node) {
    LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS);
    opened.add(client);
    return new NamedNode(label, client);
  }

  private static MinerLease only(LeaseReport report) {
    assertThat(report.miners()).hasSize(1);
    return report.forMiner(ActorId.of(MINER)).orElseThrow();
  }

  @Test
  void aLeaseOnTheNodeWithTimeLeftPasses() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);

    LeaseReport report =
        LeaseCheck.run(List.of(named("A", a)), Set.of(ActorId.of(MINER)), List.of());

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.ACTIVE);
    assertThat(lease.healthy()).isTrue();
    assertThat(lease.holders()).containsExactly("A");
    assertThat(lease.instancesLeft()).hasValue(5);
    assertThat(lease.explanation()).contains("f01000 holds a lease on A up to instance 15");
    DoctorCheck check = report.check();
    assertThat(check.id()).isEqualTo("leases");
    assertThat(check.verdict()).isEqualTo(CheckVerdict.PASS);
    assertThat(check.detail("aPeerId")).contains(a.peerId().text());
    assertThat(check.detail("aInstance")).contains("10");
    assertThat(check.detail("f01000Lease")).contains("ACTIVE");
    assertThat(report.nodes().get(0).leases()).hasSize(1);
  }

  @Test
  void aLeaseTheNodeForgotOnRestartFailsWithTheRemedy() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 4);
    ParticipationTicket ticket = a.ticketFor(MINER);
    a.forgetLeases();

    LeaseReport report = LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of(ticket));

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.ABSENT);
    assertThat(lease.ticketIssuer()).contains("A");
    assertThat(lease.explanation())
        .isEqualTo(
            "A lists no lease for f01000. Its ticket was issued by A, which does not hold the lease"
                + " (a restarted daemon forgets them).");
    assertThat(lease.remedy().orElseThrow()).contains("go-f3 #719").contains("error 6");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(report.check().reason()).contains(DoctorReason.LEASE_ABSENT);
  }

  @Test
  void aMinerAskedAboutWithoutAnyLeaseFails() throws Exception {
    LeaseReport report =
        LeaseCheck.run(
            List.of(named("A", node()), named("B", node())), Set.of(ActorId.of(MINER)), List.of());

    assertThat(only(report).status()).isEqualTo(LeaseStatus.ABSENT);
    assertThat(only(report).explanation()).isEqualTo("No node asked lists a lease for f01000.");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.FAIL);
  }

  @Test
  void aLeaseAtItsLastInstancesIsAboutToExpireButTwoLeftIsNot() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 1).withLeaseEndingIn(2000, 0);
    FakeLotusNode b = node().withLeaseEndingIn(MINER, 2);

    LeaseReport late = LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of());
    LeaseReport renewing = LeaseCheck.run(List.of(named("B", b)), Set.of(), List.of());

    assertThat(late.miners())
        .extracting(MinerLease::status)
        .containsExactly(LeaseStatus.ABOUT_TO_EXPIRE, LeaseStatus.ABOUT_TO_EXPIRE);
    assertThat(late.forMiner(ActorId.of(2000)).orElseThrow().instancesLeft()).hasValue(0);
    assertThat(late.check().verdict()).isEqualTo(CheckVerdict.WARN);
    assertThat(late.check().reason()).contains(DoctorReason.LEASE_ABOUT_TO_EXPIRE);
    assertThat(late.forMiner(ActorId.of(MINER)).orElseThrow().explanation())
        .contains("renews once 2 or fewer instances are left");
    assertThat(only(renewing).status()).isEqualTo(LeaseStatus.ACTIVE);
  }

  @Test
  void aLeaseListedAfterItEndedFails() throws Exception {
    FakeLotusNode a = node().withLease(MINER, 2, 5).listingExpiredLeases();

    LeaseReport report =
        LeaseCheck.run(List.of(named("A", a)), Set.of(ActorId.of(MINER)), List.of());

    assertThat(only(report).status()).isEqualTo(LeaseStatus.EXPIRED);
    assertThat(only(report).explanation())
        .startsWith(
            "A lists a lease for f01000 that ended at instance 7, before its current instance 10");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(report.check().reason()).contains(DoctorReason.LEASE_EXPIRED);
  }

  @Test
  void leasesOnTwoNodesAtOnceAreFlagged() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);
    FakeLotusNode b = node().withLeaseEndingIn(MINER, 3);

    LeaseReport report =
        LeaseCheck.run(List.of(named("A", a), named("B", b)), Set.of(ActorId.of(MINER)), List.of());

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.ON_SEVERAL_NODES);
    assertThat(lease.holders()).containsExactly("A", "B");
    assertThat(lease.instancesLeft()).isEmpty();
    assertThat(lease.explanation())
        .startsWith(
            "f01000 holds valid leases on 2 nodes at once: A up to instance 15; B up to instance 13.");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.WARN);
    assertThat(report.check().reason()).contains(DoctorReason.LEASE_ON_SEVERAL_NODES);
  }

  @Test
  void aLeaseOnAnotherNodeThanTheOneDiagnosedIsExplained() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);
    FakeLotusNode b = node();

    // the miner's lease is on A; the node diagnosed (first) is B
    LeaseReport report =
        LeaseCheck.run(
            List.of(named("B", b), named("A", a)),
            Set.of(ActorId.of(MINER)),
            List.of(a.ticketFor(MINER)));

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.HELD_BY_OTHER_NODE);
    assertThat(lease.healthy()).isTrue();
    assertThat(lease.holders()).containsExactly("A");
    assertThat(lease.ticketIssuer()).contains("A");
    assertThat(lease.explanation())
        .contains("B holds none: the miner takes part through A")
        .contains("error 7, \"issuer does not match current node\"");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.PASS);
  }

  @Test
  void aTicketFromOneNodeWithTheLeaseOnAnotherIsAnIssuerMismatch() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);
    FakeLotusNode b = node().withLeaseEndingIn(MINER, 5);
    ParticipationTicket fromB = b.ticketFor(MINER);
    b.forgetLeases();

    LeaseReport report =
        LeaseCheck.run(
            List.of(named("A", a), named("B", b)), Set.of(ActorId.of(MINER)), List.of(fromB));

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.TICKET_FROM_OTHER_NODE);
    assertThat(lease.holders()).containsExactly("A");
    assertThat(lease.ticketIssuer()).contains("B");
    assertThat(lease.explanation())
        .startsWith(
            "f01000's ticket was issued by B (peer " + b.peerId() + "), but its lease is on A")
        .contains("error 7");
    assertThat(lease.remedy().orElseThrow()).contains("lotus PR #12664");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.WARN);
    assertThat(report.check().reason()).contains(DoctorReason.LEASE_ISSUER_MISMATCH);
  }

  @Test
  void aTicketFromTheOtherNodeThatHoldsNoLeaseIsAnIssuerMismatch() throws Exception {
    FakeLotusNode a = node();
    FakeLotusNode b = node().withLeaseEndingIn(MINER, 5);
    ParticipationTicket fromB = b.ticketFor(MINER);
    b.forgetLeases();

    LeaseReport report =
        LeaseCheck.run(
            List.of(named("A", a), named("B", b)), Set.of(ActorId.of(MINER)), List.of(fromB));

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.TICKET_FROM_OTHER_NODE);
    assertThat(lease.holders()).isEmpty();
    assertThat(lease.explanation())
        .startsWith(
            "f01000's ticket was issued by B (peer "
                + b.peerId()
                + "), but B lists no lease for it. Any other node answers F3Participate with that"
                + " ticket with error 7");
  }

  @Test
  void aTicketFromANodeNotAskedIsNamedByItsPeerId() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);
    ParticipationTicket ticket = a.ticketFor(MINER);
    // the node now has another identity than the one that issued the ticket
    a.withPeerId(PeerIds.rsa(77));

    LeaseReport report = LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of(ticket));

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.TICKET_FROM_UNKNOWN_NODE);
    assertThat(lease.ticketIssuer()).isEmpty();
    assertThat(lease.explanation())
        .contains(
            "issued by peer "
                + ticket.issuer()
                + ", which is none of the nodes asked (A "
                + PeerIds.rsa(77)
                + ")");
    assertThat(report.check().reason()).contains(DoctorReason.LEASE_ISSUER_MISMATCH);
  }

  @Test
  void theRealCalibrationTicketNamesAPeerNoTestNodeHas() throws Exception {
    Matcher base64 =
        Pattern.compile("participation_lease_ticket_from_lotus[\\s\\S]*?`([A-Za-z0-9+/=]{40,})`")
            .matcher(SharedData.text("README.md"));
    assertThat(base64.find()).isTrue();
    ParticipationTicket real = ParticipationTicket.fromBase64(base64.group(1));
    FakeLotusNode a = node().withLeaseEndingIn(real.miner().bits(), 5);

    LeaseReport report = LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of(real));

    MinerLease lease = report.forMiner(real.miner()).orElseThrow();
    assertThat(lease.status()).isEqualTo(LeaseStatus.TICKET_FROM_UNKNOWN_NODE);
    assertThat(lease.explanation())
        .contains(real.issuer().text())
        .contains("Its lease is on A, from an earlier ticket.");
  }

  @Test
  void withoutMinersEveryListedMinerIsJudgedAndNoLeaseIsNoProblem() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(30, 5).withLeaseEndingIn(20, 4);

    LeaseReport withLeases = LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of());
    LeaseReport without = LeaseCheck.run(List.of(named("B", node())), Set.of(), List.of());

    assertThat(withLeases.miners())
        .extracting(MinerLease::miner)
        .containsExactly(ActorId.of(20), ActorId.of(30));
    assertThat(withLeases.check().verdict()).isEqualTo(CheckVerdict.PASS);
    assertThat(without.miners()).isEmpty();
    assertThat(without.check().verdict()).isEqualTo(CheckVerdict.PASS);
    assertThat(without.check().evidence())
        .contains("No node holds a participation lease: no miner takes part in F3 through it.");
  }

  @Test
  void aFailingNodeFailsTheCheckWhileTheOthersStillCount() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);
    FakeLotusNode b = node().withFaults(NodeFaults.NONE.withF3(F3State.DISABLED));

    LeaseReport report =
        LeaseCheck.run(List.of(named("A", a), named("B", b)), Set.of(ActorId.of(MINER)), List.of());

    assertThat(only(report).status()).isEqualTo(LeaseStatus.ACTIVE);
    NodeLeases failed = report.nodes().get(1);
    assertThat(failed.answered()).isFalse();
    assertThat(failed.failure()).contains(RpcException.Reason.F3_DISABLED);
    assertThat(failed.peerId()).contains(b.peerId());
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(report.check().reason()).contains(DoctorReason.F3_DISABLED);
    assertThat(report.check().evidence()).anyMatch(e -> e.startsWith("B: F3GetManifest"));
  }

  @Test
  void aTicketFromANodeThatDoesNotAnswerIsNotCalledUnknown() throws Exception {
    FakeLotusNode a = node();
    FakeLotusNode b = node().withLeaseEndingIn(MINER, 5);
    ParticipationTicket fromB = b.ticketFor(MINER);
    b.withFaults(NodeFaults.NONE.withMalformedJson());

    LeaseReport report =
        LeaseCheck.run(
            List.of(named("A", a), named("B", b)), Set.of(ActorId.of(MINER)), List.of(fromB));

    MinerLease lease = only(report);
    assertThat(lease.status()).isEqualTo(LeaseStatus.UNKNOWN);
    assertThat(lease.explanation())
        .isEqualTo(
            "No node that answered lists a lease for f01000; B did not answer and may hold it.");
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(report.check().reason()).contains(DoctorReason.NODE_CALL_FAILED);
  }

  @Test
  void aTicketOfAnotherNetworkOrPastItsEndIsSaidToBeRefused() throws Exception {
    FakeLotusNode a = node().withLeaseEndingIn(MINER, 5);
    ParticipationTicket current = a.ticketFor(MINER);
    ParticipationTicket otherNetwork =
        new ParticipationTicket(
            "calibrationnet", current.issuer(), current.miner(), current.fromInstance(), 5);
    ParticipationTicket ended =
        new ParticipationTicket(current.network(), current.issuer(), current.miner(), 2, 5);

    String network =
        only(LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of(otherNetwork))).explanation();
    String past =
        only(LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of(ended))).explanation();
    String fine =
        only(LeaseCheck.run(List.of(named("A", a)), Set.of(), List.of(current))).explanation();

    assertThat(network)
        .endsWith(
            " The ticket is for the F3 network \"calibrationnet\" and A runs \"f3leases\", so the"
                + " miner's next F3Participate with it gets error 6, \"ticket has expired\".");
    assertThat(past)
        .endsWith(
            " The ticket ended at instance 7, so the miner's next F3Participate with it gets error"
                + " 6, \"ticket has expired\".");
    assertThat(fine).doesNotContain("error 6");
  }

  @Test
  void withNoNodeAnsweringNothingIsKnown() throws Exception {
    FakeLotusNode a =
        node().withFaults(NodeFaults.NONE.withoutMethod("Filecoin.F3ListParticipants"));

    LeaseReport report =
        LeaseCheck.run(List.of(named("A", a)), Set.of(ActorId.of(MINER)), List.of());

    assertThat(only(report).status()).isEqualTo(LeaseStatus.UNKNOWN);
    assertThat(report.check().verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(report.check().reason()).contains(DoctorReason.NODE_CALL_FAILED);
    assertThat(report.check().remedy().orElseThrow()).contains("F3ListParticipants");
  }

  @Test
  void aForestNodeIsAskedForItsPeerIdThroughNetAddrsListen() throws Exception {
    FakeLotusNode a = node().withFaults(NodeFaults.NONE.forest()).withLeaseEndingIn(MINER, 5);

    LeaseReport report =
        LeaseCheck.run(
            List.of(named("A", a)), Set.of(ActorId.of(MINER)), List.of(a.ticketFor(MINER)));

    assertThat(only(report).status()).isEqualTo(LeaseStatus.ACTIVE);
    assertThat(report.nodes().get(0).peerId()).contains(a.peerId());
  }

  @Test
  void nodesNeedDistinctLabelsAndThereMustBeOne() throws Exception {
    FakeLotusNode a = node();
    assertThatThrownBy(() -> LeaseCheck.run(List.of(), Set.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> LeaseCheck.run(List.of(named("A", a), named("A", a)), Set.of(), List.of()))
        .hasMessageContaining("same label");
    assertThat(new PeerId(a.peerId().text())).isEqualTo(a.peerId());
  }
}
