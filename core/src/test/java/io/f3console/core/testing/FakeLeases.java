package io.f3console.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.F3Participant;
import io.f3console.core.rpc.ParticipationTicket;
import io.f3console.core.rpc.PeerId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The participation leases a {@link FakeLotusNode} holds, and how it lists them ({@code
 * F3ListParticipants}) and names itself ({@code Filecoin.ID}). As Lotus's leaser does, the node
 * keeps one lease per miner, issued by itself, and lists only those still valid at its current
 * instance, rewritten to start there ({@code FromInstance} = now, {@code ValidityTerm} = instances
 * left). The faults: {@link #forget()} (a restarted daemon that lost its leases, go-f3 #719) and
 * {@link #listExpired()} (a node that lists its leases as granted, ended ones too).
 */
final class FakeLeases {
  static final String LIST_PARTICIPANTS = "Filecoin.F3ListParticipants";

  /** The methods these answer. */
  static final Set<String> METHODS =
      Set.of(LIST_PARTICIPANTS, "Filecoin.ID", "Filecoin.NetAddrsListen");

  private static final AtomicInteger NODES = new AtomicInteger();

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<ActorId, F3Participant> leases = new ConcurrentHashMap<>();
  private final List<ActorId> order = new CopyOnWriteArrayList<>();

  /** Each node its own made-up Ed25519 peer ID. */
  private volatile PeerId peerId = new PeerId(PeerIds.ed25519(NODES.incrementAndGet()));

  private volatile boolean listExpired;

  PeerId peerId() {
    return peerId;
  }

  void peerId(String text) {
    peerId = new PeerId(text);
  }

  /** Grants (or replaces) the miner's lease. */
  void grant(F3Participant lease) {
    Objects.requireNonNull(lease, "lease");
    if (leases.put(lease.miner(), lease) == null) {
      order.add(lease.miner());
    }
  }

  /** The node restarted: every lease is gone. */
  void forget() {
    leases.clear();
    order.clear();
  }

  void listExpired() {
    listExpired = true;
  }

  /** The ticket this node issued for the miner's lease, on {@code network}. */
  ParticipationTicket ticket(String network, ActorId miner) {
    F3Participant lease = leases.get(miner);
    if (lease == null) {
      throw new IllegalArgumentException("the node holds no lease for " + miner);
    }
    return new ParticipationTicket(
        network, peerId, miner, lease.fromInstance(), lease.validityTerm());
  }

  /** The answer of {@code F3ListParticipants} at {@code current}. */
  String listJson(long current) {
    ArrayNode out = JSON.createArrayNode();
    List<ActorId> miners = new ArrayList<>(order);
    for (ActorId miner : miners) {
      F3Participant lease = leases.get(miner);
      if (lease == null) {
        continue;
      }
      if (listExpired) {
        add(out, lease.miner(), lease.fromInstance(), lease.validityTerm());
      } else if (lease.covers(current)) {
        add(out, lease.miner(), current, lease.instancesLeftAt(current));
      }
    }
    return out.toString();
  }

  private static void add(ArrayNode out, ActorId miner, long from, long term) {
    out.addObject()
        .put("MinerID", new BigInteger(miner.decimal()))
        .put("FromInstance", new BigInteger(Long.toUnsignedString(from)))
        .put("ValidityTerm", new BigInteger(Long.toUnsignedString(term)));
  }
}
