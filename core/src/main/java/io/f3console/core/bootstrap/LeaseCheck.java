package io.f3console.core.bootstrap;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.F3Participant;
import io.f3console.core.rpc.InstanceProgress;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.ParticipationTicket;
import io.f3console.core.rpc.PeerId;
import io.f3console.core.rpc.RpcException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The participation-lease check ({@value #ID}): asks each node for its peer ID, its current
 * instance and the leases it holds, and says per miner whether exactly one node takes part for it
 * with time left, naming the node that holds the lease, the one that issued its ticket and the
 * error a miner sees at the others. The first node is the one being diagnosed; the others are the
 * rest of the miner's daemons.
 *
 * <p>The miners looked at are those asked about, those whose tickets were given and, when neither
 * was given, every miner a node lists.
 */
public final class LeaseCheck {
  /** The check's id. */
  public static final String ID = "leases";

  static final String TITLE = "Each miner's F3 participation lease is held by exactly one node";

  /** Lotus's miner leases this many instances at a time ({@code ParticipationLeaseTerm}). */
  public static final long LEASE_TERM = 5;

  /**
   * Lotus's miner asks for a new ticket once its lease has this many instances left or fewer: half
   * its term, rounded down ({@code renewLeaseWithin = leaseTerm / 2} in {@code tryParticipate}).
   */
  public static final long RENEW_WITHIN = LEASE_TERM / 2;

  /**
   * A lease with this many instances left or fewer is about to expire: one below the point where
   * Lotus's miner renews, so its renewal is overdue.
   */
  public static final long ABOUT_TO_EXPIRE = RENEW_WITHIN - 1;

  private LeaseCheck() {}

  /**
   * Asks every node and judges every miner of interest.
   *
   * @param nodes the nodes, the one being diagnosed first
   * @param miners actor IDs to report on (empty: every miner a node lists or a ticket names)
   * @param tickets the miners' tickets, if known (the last one per miner counts)
   * @throws IllegalArgumentException if no node is given, or two share a label
   */
  public static LeaseReport run(
      List<NamedNode> nodes, Collection<ActorId> miners, List<ParticipationTicket> tickets) {
    Objects.requireNonNull(miners, "miners");
    Objects.requireNonNull(tickets, "tickets");
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("the lease check needs at least one node");
    }
    if (nodes.stream().map(NamedNode::label).distinct().count() != nodes.size()) {
      throw new IllegalArgumentException("two nodes have the same label");
    }
    List<NodeLeases> answers = nodes.stream().map(LeaseCheck::ask).toList();
    return judge(answers, miners, tickets);
  }

  /** The verdicts from what the nodes said (for callers that asked them already). */
  static LeaseReport judge(
      List<NodeLeases> answers, Collection<ActorId> miners, List<ParticipationTicket> tickets) {
    Map<ActorId, ParticipationTicket> ticketOf = new TreeMap<>();
    tickets.forEach(t -> ticketOf.put(t.miner(), t));
    Set<ActorId> looked = new TreeSet<>(miners);
    looked.addAll(ticketOf.keySet());
    if (looked.isEmpty()) {
      answers.forEach(n -> n.leases().forEach(l -> looked.add(l.miner())));
    }
    MinerLeaseJudge judge = new MinerLeaseJudge(answers);
    List<MinerLease> verdicts = new ArrayList<>();
    for (ActorId miner : looked) {
      verdicts.add(judge.judge(miner, Optional.ofNullable(ticketOf.get(miner))));
    }
    return new LeaseReport(answers, verdicts, check(answers, verdicts, !miners.isEmpty()));
  }

  /** One node's peer ID, F3 network, instance and leases, in that order. */
  static NodeLeases ask(NamedNode node) {
    LotusRpcClient client = node.client();
    PeerId peerId = null;
    String network = null;
    InstanceProgress progress = null;
    try {
      peerId = client.peerId();
      network = client.manifest().networkName();
      progress = client.progress();
      List<F3Participant> leases = client.listParticipants();
      return new NodeLeases(
          node.label(),
          client.displayEndpoint(),
          Optional.of(peerId),
          Optional.of(network),
          OptionalLong.of(progress.instance()),
          leases,
          Optional.empty(),
          Optional.empty());
    } catch (RpcException e) {
      return new NodeLeases(
          node.label(),
          client.displayEndpoint(),
          Optional.ofNullable(peerId),
          Optional.ofNullable(network),
          progress == null ? OptionalLong.empty() : OptionalLong.of(progress.instance()),
          List.of(),
          Optional.of(e.reason()),
          Optional.of(e.getMessage()));
    }
  }

  private static DoctorCheck check(
      List<NodeLeases> nodes, List<MinerLease> miners, boolean minersAsked) {
    CheckBuilder check = new CheckBuilder(ID, TITLE);
    for (NodeLeases node : nodes) {
      String label = node.label();
      node.peerId().ifPresent(p -> check.detail(key(label) + "PeerId", p));
      node.currentInstance()
          .ifPresent(i -> check.detail(key(label) + "Instance", Long.toUnsignedString(i)));
      if (!node.answered()) {
        RpcException.Reason reason = node.failure().orElseThrow();
        check
            .detail(key(label) + "Failure", reason)
            .reason(DoctorReason.of(reason))
            .fail(label + ": " + node.failureMessage().orElseThrow(), remedy(reason));
        continue;
      }
      check.detail(key(label) + "Leases", node.leases().size());
      check.saw(
          label
              + " ("
              + node.endpoint()
              + ", peer "
              + node.peerId().orElseThrow()
              + ") is at instance "
              + Long.toUnsignedString(node.currentInstance().getAsLong())
              + " and holds "
              + count(node.leases().size())
              + ".");
    }
    if (miners.isEmpty() && nodes.stream().anyMatch(NodeLeases::answered)) {
      check.saw(
          "No node holds a participation lease: no miner takes part in F3 through "
              + (nodes.size() == 1 ? "it" : "them")
              + ".");
    }
    for (MinerLease miner : miners) {
      check.detail(miner.miner().address() + "Lease", miner.status());
      String text = miner.explanation();
      String remedy = miner.remedy().orElse(null);
      switch (miner.status()) {
        case ACTIVE, HELD_BY_OTHER_NODE -> check.saw(text);
        case ABOUT_TO_EXPIRE -> check.reason(DoctorReason.LEASE_ABOUT_TO_EXPIRE).warn(text, remedy);
        case ON_SEVERAL_NODES ->
            check.reason(DoctorReason.LEASE_ON_SEVERAL_NODES).warn(text, remedy);
        case TICKET_FROM_OTHER_NODE, TICKET_FROM_UNKNOWN_NODE ->
            check.reason(DoctorReason.LEASE_ISSUER_MISMATCH).warn(text, remedy);
        case EXPIRED -> check.reason(DoctorReason.LEASE_EXPIRED).fail(text, remedy);
        case ABSENT -> {
          if (minersAsked || miner.ticket().isPresent()) {
            check.reason(DoctorReason.LEASE_ABSENT).fail(text, remedy);
          } else {
            check.saw(text);
          }
        }
        case UNKNOWN -> check.saw(text);
      }
    }
    return check.build();
  }

  /**
   * A node's label as the start of a detail's name, in the lower camel case details keep ("Node 2"
   * gives {@code node2}, "A" gives {@code a}).
   */
  static String key(String label) {
    String letters = label.replaceAll("[^A-Za-z0-9]", "");
    if (letters.isEmpty()) {
      return "node";
    }
    return Character.toLowerCase(letters.charAt(0)) + letters.substring(1);
  }

  private static String count(int leases) {
    return leases == 1 ? "1 lease" : leases + " leases";
  }

  /** What to do about a failed call of this check (its methods are not the doctor's others). */
  private static String remedy(RpcException.Reason reason) {
    return reason == RpcException.Reason.METHOD_NOT_FOUND
        ? "The node does not offer F3ListParticipants or its peer ID (Filecoin.ID,"
            + " NetAddrsListen): upgrade it to a release with F3 participation."
        : DoctorRemedies.of(reason);
  }
}
