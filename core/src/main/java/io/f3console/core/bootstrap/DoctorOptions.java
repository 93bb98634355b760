package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.ParticipationTicket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the doctor judges a node.
 *
 * @param progressPause the pause between the two {@code F3GetProgress} samples
 * @param maxLagEpochs how many epochs the latest certificate may be behind the chain head before it
 *     is a warning (Forest's readiness check uses 20)
 * @param initialPowerTable the initial power-table CID to expect instead of the profile's (for a
 *     network without a profile, or to check a candidate)
 * @param maxLookbackBlocks the most state blocks the lookback-state check reads from the node
 *     before it stops and says the state is too large to recompute there (a mainnet state is read
 *     in the order of 10^5 blocks); 0 skips the recomputation
 * @param miners the miners to check one by one (their committee entry, signatures and lease)
 * @param recentInstances how many of the newest instances a miner's signatures are counted over
 * @param certificateStore the network's certificate store, read for those instances when it holds
 *     the newest (else the certificates are fetched from the node)
 * @param tickets the miners' participation tickets, when the operator has them: each ticket's
 *     issuer is compared with the nodes' peer IDs
 */
public record DoctorOptions(
    Duration progressPause,
    long maxLagEpochs,
    Optional<Cid> initialPowerTable,
    long maxLookbackBlocks,
    List<ActorId> miners,
    int recentInstances,
    Optional<Path> certificateStore,
    List<ParticipationTicket> tickets) {

  /** How many of the newest instances a miner's signatures are counted over by default. */
  public static final int DEFAULT_RECENT_INSTANCES = 20;

  /** The most instances counted on the spot. */
  public static final int MAX_RECENT_INSTANCES = 2000;

  /** The default cap on blocks the lookback-state check reads. */
  public static final long DEFAULT_MAX_LOOKBACK_BLOCKS = 200_000;

  /** Forest's readiness threshold, in epochs. */
  public static final long DEFAULT_MAX_LAG_EPOCHS = 20;

  public static final Duration DEFAULT_PROGRESS_PAUSE = Duration.ofSeconds(3);

  public DoctorOptions {
    Objects.requireNonNull(progressPause, "progressPause");
    Objects.requireNonNull(initialPowerTable, "initialPowerTable");
    if (progressPause.isNegative() || progressPause.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException("progressPause must be between 0 and 5 minutes");
    }
    if (maxLagEpochs < 0) {
      throw new IllegalArgumentException("maxLagEpochs must not be negative");
    }
    if (maxLookbackBlocks < 0) {
      throw new IllegalArgumentException("maxLookbackBlocks must not be negative");
    }
    miners = List.copyOf(miners);
    if (recentInstances < 1 || recentInstances > MAX_RECENT_INSTANCES) {
      throw new IllegalArgumentException(
          "recentInstances must be between 1 and " + MAX_RECENT_INSTANCES);
    }
    Objects.requireNonNull(certificateStore, "certificateStore");
    tickets = List.copyOf(tickets);
  }

  public static DoctorOptions defaults() {
    return new DoctorOptions(
        DEFAULT_PROGRESS_PAUSE,
        DEFAULT_MAX_LAG_EPOCHS,
        Optional.empty(),
        DEFAULT_MAX_LOOKBACK_BLOCKS,
        List.of(),
        DEFAULT_RECENT_INSTANCES,
        Optional.empty(),
        List.of());
  }

  public DoctorOptions withProgressPause(Duration value) {
    return new DoctorOptions(
        value,
        maxLagEpochs,
        initialPowerTable,
        maxLookbackBlocks,
        miners,
        recentInstances,
        certificateStore,
        tickets);
  }

  public DoctorOptions withMaxLagEpochs(long value) {
    return new DoctorOptions(
        progressPause,
        value,
        initialPowerTable,
        maxLookbackBlocks,
        miners,
        recentInstances,
        certificateStore,
        tickets);
  }

  public DoctorOptions withInitialPowerTable(Cid value) {
    return new DoctorOptions(
        progressPause,
        maxLagEpochs,
        Optional.of(value),
        maxLookbackBlocks,
        miners,
        recentInstances,
        certificateStore,
        tickets);
  }

  public DoctorOptions withMaxLookbackBlocks(long value) {
    return new DoctorOptions(
        progressPause,
        maxLagEpochs,
        initialPowerTable,
        value,
        miners,
        recentInstances,
        certificateStore,
        tickets);
  }

  /** Checks these miners one by one. */
  public DoctorOptions withMiners(List<ActorId> value) {
    return new DoctorOptions(
        progressPause,
        maxLagEpochs,
        initialPowerTable,
        maxLookbackBlocks,
        value,
        recentInstances,
        certificateStore,
        tickets);
  }

  /** Counts a miner's signatures over this many of the newest instances. */
  public DoctorOptions withRecentInstances(int value) {
    return new DoctorOptions(
        progressPause,
        maxLagEpochs,
        initialPowerTable,
        maxLookbackBlocks,
        miners,
        value,
        certificateStore,
        tickets);
  }

  /** Reads recent signatures from this certificate store when it holds the newest instances. */
  public DoctorOptions withCertificateStore(Path value) {
    return new DoctorOptions(
        progressPause,
        maxLagEpochs,
        initialPowerTable,
        maxLookbackBlocks,
        miners,
        recentInstances,
        Optional.of(value),
        tickets);
  }

  /** Compares these tickets' issuers with the nodes' peer IDs. */
  public DoctorOptions withTickets(List<ParticipationTicket> value) {
    return new DoctorOptions(
        progressPause,
        maxLagEpochs,
        initialPowerTable,
        maxLookbackBlocks,
        miners,
        recentInstances,
        certificateStore,
        value);
  }
}
