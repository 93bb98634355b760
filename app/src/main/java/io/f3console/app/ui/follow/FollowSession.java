package io.f3console.app.ui.follow;

import io.f3console.app.ui.workspace.NodeConnection;
import io.f3console.core.F3Exception;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.LagSeries;
import io.f3console.core.health.LiveTracker;
import io.f3console.core.health.Progress;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.monitor.MonitorRound;
import io.f3console.core.monitor.RoundOutcome;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.RpcSource;
import io.f3console.core.source.DataSource;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.trust.DataNetwork;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Following one node, round after round, off the FX thread: the network its manifest names (read
 * once), that network's store, and the silence tracked across rounds. Each round is core's {@link
 * MonitorRound}, with signatures checked; the store is open only during a round. One round at a
 * time.
 */
public final class FollowSession {
  /** How many of the store's last instances the Health view sums and charts. */
  static final int HISTORY = 2_000;

  /** The most points of the lag chart. */
  public static final int CHART_POINTS = 120;

  private static final Duration DEFAULT_BLOCK_DELAY = Duration.ofSeconds(30);

  private final NodeConnection node;
  private final NetworkProfiles known;
  private final Function<String, Path> storeFile;
  private final LiveTracker tracker = new LiveTracker();
  private NetworkSelection selection;
  private int rounds;

  /**
   * @param known the networks a manifest's name is looked up in
   * @param storeFile the store file of an F3 network name
   */
  FollowSession(NodeConnection node, NetworkProfiles known, Function<String, Path> storeFile) {
    this.node = Objects.requireNonNull(node, "node");
    this.known = Objects.requireNonNull(known, "known");
    this.storeFile = Objects.requireNonNull(storeFile, "storeFile");
  }

  NodeConnection node() {
    return node;
  }

  /** Runs the next round, judged by {@code rules}. */
  synchronized FollowSnapshot round(AlertRules rules, Instant now)
      throws F3Exception, InterruptedException {
    int number = ++rounds;
    if (selection == null) {
      try (DataSource data = Sources.open(node.spec(), node.options())) {
        String name =
            data instanceof RpcSource rpc
                ? rpc.manifest().networkName()
                : node.network().f3NetworkName();
        selection =
            new DataNetwork(known)
                .named(name)
                .map(NetworkSelection::of)
                .orElseGet(() -> NetworkSelection.raw(name));
      } catch (RpcException e) {
        if (SessionVerdict.of(e.reason()) == SessionVerdict.BAD_INPUT) {
          throw e;
        }
        return FollowSnapshot.unreachable(
            number, now, RoundOutcome.unreachable(e.getMessage(), Optional.of(e.reason())));
      }
    }
    Duration delay = selection.profile().map(NetworkProfile::ecPeriod).orElse(DEFAULT_BLOCK_DELAY);
    MonitorRound monitor =
        new MonitorRound(
            new CertificateSync(TrustAssessor.of(selection), ValidatorOptions.defaults()),
            rules,
            delay,
            true);
    Path file = storeFile.apply(selection.f3NetworkName());
    try (CertificateStore store = CertificateStore.open(file, selection.f3NetworkName())) {
      RoundOutcome outcome =
          monitor.run(
              store, () -> Sources.open(node.spec(), node.options()), Optional.of(tracker), now);
      List<InstanceParticipation> recent = MonitorRound.lastInstances(store, HISTORY);
      Duration blockDelay = outcome.progress().map(Progress::blockDelay).orElse(delay);
      Optional<Progress> progress =
          recent.isEmpty() ? Optional.empty() : Optional.of(Progress.of(recent, blockDelay));
      return new FollowSnapshot(
          number,
          now,
          Optional.of(selection.f3NetworkName()),
          Optional.of(file),
          outcome,
          progress,
          LagSeries.of(recent, CHART_POINTS));
    }
  }
}
