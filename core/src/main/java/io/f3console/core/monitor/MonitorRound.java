package io.f3console.core.monitor;

import io.f3console.core.F3Exception;
import io.f3console.core.health.Alert;
import io.f3console.core.health.AlertKind;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.HealthCheck;
import io.f3console.core.health.HealthReport;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveObservation;
import io.f3console.core.health.LiveStatus;
import io.f3console.core.health.LiveTracker;
import io.f3console.core.health.Progress;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.RpcSource;
import io.f3console.core.source.DataSource;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.store.StoreException;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.store.SyncResult;
import io.f3console.core.trust.Trust;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One round of following a node: syncs the store from the source ({@link CertificateSync}: every
 * new certificate validated before it is stored), reads the node's chain head, reads the last
 * certificates from the store and judges the {@link AlertRules} ({@link HealthCheck}).
 *
 * <p>A node that cannot be reached (or does not give what was asked) ends the round as {@link
 * HealthVerdict#UNREACHABLE}; a certificate that fails validation, an untrusted starting table and
 * an empty store are alerts. Thread-safe as long as one store is synced by one round at a time.
 */
public final class MonitorRound {
  /** Opens the source for one round: a node is connected to afresh each round. */
  @FunctionalInterface
  public interface SourceOpener {
    DataSource open() throws F3Exception;
  }

  private final CertificateSync sync;
  private final AlertRules rules;
  private final Duration fallbackDelay;
  private final boolean signaturesChecked;

  /**
   * @param sync validates and stores new certificates
   * @param rules what is judged
   * @param fallbackDelay the block delay when the source is no node (which gives its own)
   * @param signaturesChecked whether {@code sync} checks signatures
   */
  public MonitorRound(
      CertificateSync sync, AlertRules rules, Duration fallbackDelay, boolean signaturesChecked) {
    this.sync = Objects.requireNonNull(sync, "sync");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.fallbackDelay = Objects.requireNonNull(fallbackDelay, "fallbackDelay");
    this.signaturesChecked = signaturesChecked;
  }

  public AlertRules rules() {
    return rules;
  }

  /**
   * Runs one round.
   *
   * @param tracker follows the silence over rounds; empty judges this one observation alone ({@link
   *     LiveStatus#once})
   * @param now the instant of this round (the caller's clock)
   * @throws F3Exception when the store cannot be read or written, or the source is refused as bad
   *     input (a wrong token, a malformed answer)
   */
  public RoundOutcome run(
      CertificateStore store, SourceOpener opener, Optional<LiveTracker> tracker, Instant now)
      throws F3Exception, InterruptedException {
    List<Alert> alerts = new ArrayList<>();
    SyncResult synced = null;
    OptionalLong head = OptionalLong.empty();
    Duration blockDelay = fallbackDelay;
    try (DataSource data = opener.open()) {
      boolean any = true;
      if (data instanceof RpcSource rpc) {
        blockDelay = rpc.manifest().ecPeriod();
        any = rpc.client().latestCertificate().isPresent();
      }
      if (any) {
        synced = sync.sync(store, data, OptionalLong.empty());
      }
      if (data instanceof RpcSource rpc) {
        head = OptionalLong.of(rpc.client().chainHead().height());
      }
    } catch (RpcException e) {
      if (SessionVerdict.of(e.reason()) == SessionVerdict.BAD_INPUT) {
        throw e;
      }
      return RoundOutcome.unreachable(e.getMessage(), Optional.of(e.reason()));
    }
    long validated = synced == null ? 0 : synced.validated();
    Optional<Trust> trust = synced == null ? Optional.empty() : Optional.of(synced.trust());
    if (synced != null) {
      synced
          .failure()
          .ifPresent(
              failure ->
                  alerts.add(
                      Alert.invalidCertificate(
                          failure.instance(),
                          failure.reason().name(),
                          failure.message() + "; nothing from it on was stored")));
      if (synced.untrustedStart()) {
        alerts.add(
            new Alert(
                AlertKind.UNTRUSTED_POWER_TABLE,
                "the starting table is not " + synced.trust().network() + "'s; nothing stored",
                "trust " + synced.trust().state()));
      }
    }
    OptionalLong latest = store.latestInstance();
    if (latest.isEmpty()) {
      alerts.add(
          new Alert(
              AlertKind.NO_CERTIFICATE,
              "no certificate to judge yet",
              synced == null
                  ? "the source has no certificate yet and the store holds none"
                  : "the store holds none"));
      return new RoundOutcome(
          HealthVerdict.ALERT,
          alerts,
          Optional.empty(),
          Optional.empty(),
          latest,
          validated,
          signaturesChecked,
          Optional.empty(),
          Optional.empty(),
          trust);
    }
    int window =
        rules.miners().isEmpty()
            ? rules.participationWindow()
            : Math.max(rules.participationWindow(), 4 * rules.absentInstances());
    Recent recent = recent(store, latest.getAsLong(), window, !rules.miners().isEmpty());
    List<InstanceParticipation> instances = recent.instances();
    InstanceParticipation newest = instances.get(instances.size() - 1);
    LiveObservation observation =
        new LiveObservation(now, newest.instance(), newest.headEpoch(), head);
    LiveStatus live =
        tracker.isPresent()
            ? tracker.get().observe(observation)
            : LiveStatus.once(observation, blockDelay);
    HealthReport report =
        HealthCheck.evaluate(rules, instances, Optional.of(live), recent.miners());
    alerts.addAll(report.alerts());
    return new RoundOutcome(
        HealthVerdict.of(alerts),
        alerts,
        Optional.of(report),
        Optional.of(Progress.of(instances, blockDelay)),
        latest,
        validated,
        signaturesChecked && recent.verified(),
        Optional.empty(),
        Optional.empty(),
        trust);
  }

  /**
   * The summaries of the last {@code count} stored instances (fewer when the store holds fewer), in
   * chain order: what the Health view charts.
   */
  public static List<InstanceParticipation> lastInstances(CertificateStore store, long count)
      throws StoreException {
    StoredParticipation stored = new StoredParticipation(store);
    Optional<StoredParticipation.Range> all = stored.stored();
    if (all.isEmpty() || count < 1) {
      return List.of();
    }
    long first = Math.max(all.get().first(), all.get().last() - count + 1);
    return stored.instances(new StoredParticipation.Range(first, all.get().last()));
  }

  /**
   * The last {@code count} stored instances: their summaries and, when miners are chosen, every
   * miner's participation over them (the store's index and one walk of the certificates).
   */
  private record Recent(
      List<InstanceParticipation> instances,
      Optional<ParticipationReport> miners,
      boolean verified) {}

  private static Recent recent(CertificateStore store, long latest, int count, boolean miners)
      throws StoreException {
    StoredParticipation stored = new StoredParticipation(store);
    long first = Math.max(store.start().orElseThrow().instance(), latest - count + 1);
    StoredParticipation.Range range = new StoredParticipation.Range(first, latest);
    List<InstanceParticipation> instances = stored.instances(range);
    Optional<ParticipationReport> report =
        miners ? Optional.of(stored.report(range)) : Optional.empty();
    return new Recent(instances, report, store.uncheckedIn(first, latest) == 0);
  }
}
