package io.f3console.core.bootstrap;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.F3Participant;
import io.f3console.core.rpc.PeerId;
import io.f3console.core.rpc.RpcException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one node said about its participation leases: its peer ID (the issuer its tickets name), the
 * instance it was at, and the leases it lists ({@code F3ListParticipants}); or the call that
 * failed.
 *
 * @param label the node's name in the report
 * @param endpoint the node's endpoint as it may be shown
 * @param peerId its libp2p peer ID, if it answered
 * @param network its F3 network name ({@code F3GetManifest}), if it answered
 * @param currentInstance the instance its F3 was at ({@code F3GetProgress}), if it answered
 * @param leases the leases it lists, in its order (empty if it failed)
 * @param failure why the node could not be asked, as the client's reason
 * @param failureMessage the failed call's one-line message
 */
public record NodeLeases(
    String label,
    String endpoint,
    Optional<PeerId> peerId,
    Optional<String> network,
    OptionalLong currentInstance,
    List<F3Participant> leases,
    Optional<RpcException.Reason> failure,
    Optional<String> failureMessage) {

  public NodeLeases {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(currentInstance, "currentInstance");
    leases = List.copyOf(leases);
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(failureMessage, "failureMessage");
  }

  /** Whether every call was answered. */
  public boolean answered() {
    return failure.isEmpty();
  }

  /** The lease the node lists for {@code miner}, if any. */
  public Optional<F3Participant> leaseOf(ActorId miner) {
    return leases.stream().filter(l -> l.miner().equals(miner)).findFirst();
  }

  /** Whether the node lists a lease for {@code miner} that covers its current instance. */
  public boolean holdsValidLease(ActorId miner) {
    return answered()
        && leaseOf(miner).filter(l -> l.covers(currentInstance.getAsLong())).isPresent();
  }
}
