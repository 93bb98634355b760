package io.f3console.core.bootstrap;

import io.f3console.core.PrintableText;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.F3Participant;
import io.f3console.core.rpc.ParticipationTicket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides one miner's {@link MinerLease} from what the nodes listed and the miner's ticket, and
 * says it in the terms of Lotus's participation code ({@code chain/lf3/participation.go} on the
 * miner's side, {@code chain/lf3/participation_lease.go} on the node's) and its RPC errors ({@code
 * api/api_errors.go}: 6 "ticket has expired", 7 "issuer does not match current node").
 */
final class MinerLeaseJudge {
  static final String ISSUER_MISMATCH =
      "error 7, \"issuer does not match current node\" (Lotus's miner logs \"Node is not the"
          + " issuer of F3 participation ticket\" and retries the same ticket after a backoff)";

  static final String EXPIRED_ERROR = "error 6, \"ticket has expired\"";

  private static final String ONE_NODE =
      "Send the miner's F3 calls to one node: a load balancer in front of several daemons"
          + " sends F3Participate to a node that did not issue the ticket (lotus PR #12664, curio"
          + " PR #313); otherwise wait until the ticket ends (Lotus leases "
          + LeaseCheck.LEASE_TERM
          + " instances), after which the miner asks the node it reaches for a new one.";

  private final List<NodeLeases> nodes;

  MinerLeaseJudge(List<NodeLeases> nodes) {
    this.nodes = nodes;
  }

  MinerLease judge(ActorId miner, Optional<ParticipationTicket> ticket) {
    List<NodeLeases> holders = nodes.stream().filter(n -> n.holdsValidLease(miner)).toList();
    List<String> labels = holders.stream().map(NodeLeases::label).toList();
    Optional<NodeLeases> issuer =
        ticket.flatMap(
            t ->
                nodes.stream()
                    .filter(n -> n.peerId().filter(t.issuer()::equals).isPresent())
                    .findFirst());
    Optional<String> issuerLabel = issuer.map(NodeLeases::label);
    Verdict verdict = verdict(miner, holders, ticket, issuer);
    OptionalLong left =
        holders.size() == 1 ? OptionalLong.of(left(holders.get(0), miner)) : OptionalLong.empty();
    String explanation = verdict.text + ticketEnd(ticket, issuer);
    return new MinerLease(
        miner, verdict.status, labels, left, ticket, issuerLabel, explanation, verdict.remedy);
  }

  private record Verdict(LeaseStatus status, String text, Optional<String> remedy) {
    static Verdict of(LeaseStatus status, String text, String remedy) {
      return new Verdict(status, text, Optional.ofNullable(remedy));
    }
  }

  private Verdict verdict(
      ActorId miner,
      List<NodeLeases> holders,
      Optional<ParticipationTicket> ticket,
      Optional<NodeLeases> issuer) {
    if (holders.size() > 1) {
      return several(miner, holders);
    }
    // a ticket's issuer is unknown only when every node has said who it is
    boolean everyPeerKnown = nodes.stream().allMatch(n -> n.peerId().isPresent());
    if (ticket.isPresent() && issuer.isEmpty() && everyPeerKnown) {
      return unknownIssuer(miner, ticket.get(), holders);
    }
    if (holders.size() == 1) {
      NodeLeases holder = holders.get(0);
      if (issuer.isPresent() && issuer.get() != holder) {
        return otherIssuer(miner, issuer.get(), Optional.of(holder));
      }
      return held(miner, holder);
    }
    List<NodeLeases> ended =
        nodes.stream().filter(n -> n.answered() && n.leaseOf(miner).isPresent()).toList();
    if (!ended.isEmpty()) {
      return expired(miner, ended.get(0));
    }
    List<String> silent = nodes.stream().filter(n -> !n.answered()).map(NodeLeases::label).toList();
    if (silent.size() == nodes.size()) {
      return Verdict.of(
          LeaseStatus.UNKNOWN, "No node answered, so " + miner + "'s lease is not known.", null);
    }
    if (!silent.isEmpty()) {
      return Verdict.of(
          LeaseStatus.UNKNOWN,
          "No node that answered lists a lease for "
              + miner
              + "; "
              + String.join(", ", silent)
              + " did not answer and may hold it.",
          null);
    }
    if (issuer.isPresent() && issuer.get() != nodes.get(0)) {
      return otherIssuer(miner, issuer.get(), Optional.empty());
    }
    return absent(miner, issuer);
  }

  private static long left(NodeLeases node, ActorId miner) {
    long current = node.currentInstance().getAsLong();
    return node.leaseOf(miner).orElseThrow().instancesLeftAt(current);
  }

  private Verdict held(ActorId miner, NodeLeases holder) {
    long current = holder.currentInstance().getAsLong();
    F3Participant lease = holder.leaseOf(miner).orElseThrow();
    long left = lease.instancesLeftAt(current);
    String where =
        miner
            + " holds a lease on "
            + holder.label()
            + " up to instance "
            + Long.toUnsignedString(lease.lastInstance())
            + " ("
            + Long.toUnsignedString(left)
            + " after the current "
            + Long.toUnsignedString(current)
            + ").";
    if (Long.compareUnsigned(left, LeaseCheck.ABOUT_TO_EXPIRE) <= 0) {
      return Verdict.of(
          LeaseStatus.ABOUT_TO_EXPIRE,
          where
              + " Lotus's miner renews once "
              + LeaseCheck.RENEW_WITHIN
              + " or fewer instances are left (half its "
              + LeaseCheck.LEASE_TERM
              + "-instance term), so this renewal is late.",
          "Check that the miner is running and reaches "
              + holder.label()
              + ", and read its log for \"Failed to acquire F3 participation ticket\" (DEBUG) or"
              + " \"Node is not the issuer of F3 participation ticket\"; without a renewal the"
              + " miner stops taking part after instance "
              + Long.toUnsignedString(lease.lastInstance())
              + ".");
    }
    if (holder != nodes.get(0)) {
      return Verdict.of(
          LeaseStatus.HELD_BY_OTHER_NODE,
          where
              + " "
              + nodes.get(0).label()
              + " holds none: the miner takes part through "
              + holder.label()
              + ", and its ticket sent to "
              + nodes.get(0).label()
              + " would get "
              + ISSUER_MISMATCH
              + ".",
          null);
    }
    return Verdict.of(LeaseStatus.ACTIVE, where, null);
  }

  private static Verdict several(ActorId miner, List<NodeLeases> holders) {
    StringBuilder text = new StringBuilder(miner + " holds valid leases on " + holders.size());
    text.append(" nodes at once:");
    for (NodeLeases node : holders) {
      F3Participant lease = node.leaseOf(miner).orElseThrow();
      text.append(' ')
          .append(node.label())
          .append(" up to instance ")
          .append(Long.toUnsignedString(lease.lastInstance()))
          .append(';');
    }
    text.setLength(text.length() - 1);
    text.append(
        ". A node refuses to renew a ticket another node issued while it is valid, so"
            + " overlapping leases come from tickets asked for without the previous one (a"
            + " restarted miner starts without it, or two miner processes run for the same"
            + " actor); each node takes part for the miner until its lease ends.");
    return Verdict.of(LeaseStatus.ON_SEVERAL_NODES, text.toString(), ONE_NODE);
  }

  private Verdict unknownIssuer(
      ActorId miner, ParticipationTicket ticket, List<NodeLeases> holders) {
    StringBuilder ids = new StringBuilder();
    for (NodeLeases node : nodes) {
      if (ids.length() > 0) {
        ids.append(", ");
      }
      ids.append(node.label()).append(' ').append(node.peerId().map(Object::toString).orElse("?"));
    }
    String lease =
        holders.isEmpty()
            ? " No node asked lists a lease for it."
            : " Its lease is on " + holders.get(0).label() + ", from an earlier ticket.";
    return Verdict.of(
        LeaseStatus.TICKET_FROM_UNKNOWN_NODE,
        miner
            + "'s ticket was issued by peer "
            + ticket.issuer()
            + ", which is none of the nodes asked ("
            + ids
            + ")."
            + lease
            + " Each of them answers that ticket with "
            + ISSUER_MISMATCH
            + ".",
        "Add the node whose peer ID is "
            + ticket.issuer()
            + " (Filecoin.ID) to the nodes checked, or point the miner at one of these nodes.");
  }

  private static Verdict otherIssuer(
      ActorId miner, NodeLeases issuer, Optional<NodeLeases> holder) {
    String where =
        holder
            .map(h -> " but its lease is on " + h.label() + ", from an earlier ticket of that node")
            .orElse(" but " + issuer.label() + " lists no lease for it");
    return Verdict.of(
        LeaseStatus.TICKET_FROM_OTHER_NODE,
        miner
            + "'s ticket was issued by "
            + issuer.label()
            + " (peer "
            + issuer.peerId().orElseThrow()
            + "),"
            + where
            + ". Any other node answers F3Participate with that ticket with "
            + ISSUER_MISMATCH
            + ".",
        ONE_NODE);
  }

  private static Verdict expired(ActorId miner, NodeLeases node) {
    F3Participant lease = node.leaseOf(miner).orElseThrow();
    return Verdict.of(
        LeaseStatus.EXPIRED,
        node.label()
            + " lists a lease for "
            + miner
            + " that ended at instance "
            + Long.toUnsignedString(lease.lastInstance())
            + ", before its current instance "
            + Long.toUnsignedString(node.currentInstance().getAsLong())
            + ": the node does not take part for the miner (Lotus drops such a lease and logs"
            + " \"lost F3 participation lease\").",
        "The miner's next F3Participate gets error 6, \"ticket has expired\", and Lotus's miner"
            + " then asks for a new ticket; if the lease stays ended, check that the miner is"
            + " running and reaches "
            + node.label()
            + ".");
  }

  private Verdict absent(ActorId miner, Optional<NodeLeases> issuer) {
    String asked =
        nodes.size() == 1
            ? nodes.get(0).label() + " lists no lease for " + miner + "."
            : "No node asked lists a lease for " + miner + ".";
    String issued =
        issuer
            .map(
                n ->
                    " Its ticket was issued by "
                        + n.label()
                        + ", which does not hold the lease (a restarted daemon forgets them).")
            .orElse("");
    return Verdict.of(
        LeaseStatus.ABSENT,
        asked + issued,
        "A daemon forgets its leases when it restarts (go-f3 #719, lotus #12639): a Lotus miner"
            + " from before lotus PR #12640 waits until its old lease ends before it asks again;"
            + " a current one re-checks its lease every few instances with F3Participate, which"
            + " restores it while the ticket is valid, and asks for a new ticket once that gets"
            + " error 6 (\"ticket has expired\"). If the lease stays absent, check that the miner"
            + " is running and uses one of these nodes.");
  }

  /**
   * Why the issuer no longer accepts the ticket, if it does not: another F3 network, or an instance
   * past its end (both are Lotus's error 6).
   */
  private static String ticketEnd(
      Optional<ParticipationTicket> ticket, Optional<NodeLeases> issuer) {
    if (ticket.isEmpty() || issuer.isEmpty()) {
      return "";
    }
    NodeLeases node = issuer.get();
    String network = ticket.get().network();
    if (node.network().isPresent() && !node.network().get().equals(network)) {
      return " The ticket is for the F3 network \""
          + PrintableText.line(network)
          + "\" and "
          + node.label()
          + " runs \""
          + PrintableText.line(node.network().get())
          + "\", so the miner's next F3Participate with it gets "
          + EXPIRED_ERROR
          + ".";
    }
    F3Participant lease = ticket.get().lease();
    if (node.currentInstance().isEmpty() || lease.covers(node.currentInstance().getAsLong())) {
      return "";
    }
    return " The ticket ended at instance "
        + Long.toUnsignedString(lease.lastInstance())
        + ", so the miner's next F3Participate with it gets "
        + EXPIRED_ERROR
        + ".";
  }
}
