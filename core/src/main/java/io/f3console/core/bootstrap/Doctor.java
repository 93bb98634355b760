package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.known.PublishedComparison;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.readiness.Readiness;
import io.f3console.core.readiness.ReadinessPhase;
import io.f3console.core.readiness.ReadinessProbe;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.NodeVersion;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.TipSetSummary;
import io.f3console.core.validation.ValidationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Diagnoses a node's F3 bootstrap for a network, as an operator would from the logs (go-f3 {@code
 * store.go}, Lotus {@code chain/lf3}): a fixed list of checks run in order, each a {@link
 * DoctorCheck} with its evidence and remedy. A check that an earlier one made impossible (the node
 * does not answer, F3 is disabled or not running) is {@link CheckVerdict#SKIPPED} with the reason.
 * The certificate checks are in {@link DoctorCertificateChecks}.
 */
public final class Doctor {
  public static final String NODE = "node";
  public static final String F3_RUNNING = "f3-running";
  public static final String NETWORK = "network";
  public static final String INITIAL_POWER_TABLE = "initial-power-table";
  public static final String LOOKBACK_STATE = LookbackStateCheck.ID;
  static final String INITIAL_POWER_TABLE_TITLE =
      "The manifest, the node and certificate 0 agree on the network's initial power table";

  private final LotusRpcClient client;
  private final NetworkSelection network;
  private final DoctorOptions options;
  private final Optional<PublishedTables> published;
  private final List<LotusRpcClient> otherNodes;

  /** What the checks so far learnt, and what stops later checks. */
  static final class State {
    F3Manifest manifest;
    TipSetSummary head;

    /** Certificate 0 (of the initial instance), or why it could not be had. */
    FinalityCertificate first;

    RpcException firstFailure;

    /** Where the node's F3 stands, once the readiness check ran. */
    Readiness readiness;

    /** The participation leases of every node, once the lease check ran. */
    LeaseReport leases;

    /** The table the node serves for the initial instance, or why it could not be had. */
    PowerTable served;

    RpcException servedFailure;

    /** Certificate 0 validated against the served table, when both are known. */
    Optional<ValidationFailure> firstAgainstServed;

    String validationError;

    /** Set when certificate 0 fails against the served table because that table is foreign. */
    String signatureCountedUnder;

    String nodeBlocker;
    String manifestBlocker;
    String runningBlocker;
  }

  /** A doctor that compares CIDs only: no remembered published table is looked at. */
  public Doctor(LotusRpcClient client, NetworkSelection network, DoctorOptions options) {
    this(client, network, options, Optional.empty());
  }

  /**
   * @param published the remembered published initial tables: a served initial table that is not
   *     the network's published one is compared with it entry by entry, or the check says how to
   *     get it; empty compares CIDs only
   */
  public Doctor(
      LotusRpcClient client,
      NetworkSelection network,
      DoctorOptions options,
      Optional<PublishedTables> published) {
    this(client, network, options, published, List.of());
  }

  /**
   * @param otherNodes more nodes behind the same miners, whose participation leases are read beside
   *     this node's (the lease check explains a lease held by another node)
   */
  public Doctor(
      LotusRpcClient client,
      NetworkSelection network,
      DoctorOptions options,
      Optional<PublishedTables> published,
      List<LotusRpcClient> otherNodes) {
    this.otherNodes = List.copyOf(otherNodes);
    this.client = Objects.requireNonNull(client, "client");
    this.network = Objects.requireNonNull(network, "network");
    this.options = Objects.requireNonNull(options, "options");
    this.published = Objects.requireNonNull(published, "published");
  }

  /** Runs every check. */
  public DoctorReport run() throws InterruptedException {
    return run(check -> {});
  }

  /**
   * Runs every check, handing each result to {@code listener} as soon as it is known (for a view
   * that shows the checklist as it runs).
   *
   * @throws InterruptedException if the thread is interrupted (the way to cancel)
   */
  public DoctorReport run(Consumer<DoctorCheck> listener) throws InterruptedException {
    State state = new State();
    DoctorCertificateChecks certificates =
        new DoctorCertificateChecks(client, network, options, this::expectedInitialPowerTable);
    List<DoctorCheck> checks = new ArrayList<>();
    Consumer<DoctorCheck> record =
        check -> {
          checks.add(check);
          listener.accept(check);
        };
    record.accept(guarded(NODE, "The node answers", () -> nodeAnswers(state)));
    record.accept(
        needs(state, false, ReadinessCheck.ID, ReadinessCheck.TITLE, () -> readiness(state)));
    record.accept(
        countedUnderReadiness(
            state,
            needs(state, false, F3_RUNNING, "F3 is enabled and running", () -> f3Running(state))));
    record.accept(
        needs(
            state, true, NETWORK, "The node runs the chosen network", () -> networkAgrees(state)));
    if (firstOf(state.nodeBlocker, state.manifestBlocker, state.runningBlocker) == null) {
      certificates.fetchInitial(state);
    }
    record.accept(
        needs(
            state,
            true,
            INITIAL_POWER_TABLE,
            INITIAL_POWER_TABLE_TITLE,
            () ->
                InitialTableAgreement.check(
                    state,
                    network,
                    expectedInitialPowerTable(),
                    publishedInitialPowerTable(),
                    servedAgainstPublished(state))));
    record.accept(
        needs(
            state,
            true,
            LOOKBACK_STATE,
            LookbackStateCheck.TITLE,
            () ->
                new LookbackStateCheck(client, options)
                    .run(
                        state.manifest,
                        expectedInitialPowerTable(),
                        network.profile().map(NetworkProfile::consensusMinerMinPower))));
    for (DoctorCertificateChecks.Step step : certificates.steps()) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      String blocker = firstOf(state.nodeBlocker, state.manifestBlocker, state.runningBlocker);
      record.accept(
          blocker != null
              ? CheckBuilder.skipped(step.id(), step.title(), blocker)
              : guarded(step.id(), step.title(), () -> step.run(state)));
    }
    String leaseBlocker = firstOf(state.nodeBlocker, state.manifestBlocker, state.runningBlocker);
    record.accept(
        leaseBlocker != null
            ? CheckBuilder.skipped(LeaseCheck.ID, LeaseCheck.TITLE, leaseBlocker)
            : guarded(
                LeaseCheck.ID,
                LeaseCheck.TITLE,
                () -> {
                  state.leases = LeaseCheck.run(nodes(), options.miners(), options.tickets());
                  return state.leases.check();
                }));
    MinerChecks miners = new MinerChecks(client, options);
    for (ActorId miner : options.miners()) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      record.accept(
          needs(
              state,
              true,
              MinerChecks.id(miner),
              MinerChecks.title(miner),
              () -> miners.check(state, miner, MinerLeaseView.of(state.leases, miner))));
    }
    return new DoctorReport(
        client.displayEndpoint(),
        network.f3NetworkName(),
        network.profile().map(NetworkProfile::key),
        checks);
  }

  /** This node and the others, labelled for the lease check ("Node 1" is this one). */
  private List<NamedNode> nodes() {
    List<NamedNode> nodes = new ArrayList<>();
    nodes.add(new NamedNode("Node 1", client));
    for (int i = 0; i < otherNodes.size(); i++) {
      nodes.add(new NamedNode("Node " + (i + 2), otherNodes.get(i)));
    }
    return nodes;
  }

  @FunctionalInterface
  interface CheckBody {
    DoctorCheck run() throws InterruptedException;
  }

  private static DoctorCheck needs(
      State state, boolean manifest, String id, String title, CheckBody body)
      throws InterruptedException {
    String blocker =
        manifest ? firstOf(state.nodeBlocker, state.manifestBlocker) : state.nodeBlocker;
    return blocker != null ? CheckBuilder.skipped(id, title, blocker) : guarded(id, title, body);
  }

  /**
   * Runs one check so that whatever stops it fails that check alone: an answer the client lets
   * through but a check cannot use must not end the whole diagnosis.
   */
  static DoctorCheck guarded(String id, String title, CheckBody body) throws InterruptedException {
    try {
      return body.run();
    } catch (RuntimeException e) {
      CheckBuilder check = new CheckBuilder(id, title);
      check.detail("error", e.getClass().getSimpleName());
      check.reason(DoctorReason.NODE_CALL_FAILED);
      check.fail(
          "The check stopped on an unexpected error (" + e.getClass().getSimpleName() + ").",
          "Please report this with the node's version; the other checks are unaffected.");
      return check.build();
    }
  }

  private static String firstOf(String... reasons) {
    for (String reason : reasons) {
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private DoctorCheck nodeAnswers(State state) {
    CheckBuilder check = new CheckBuilder(NODE, "The node answers");
    check.detail("endpoint", client.displayEndpoint());
    try {
      NodeVersion version = client.version();
      check
          .saw(
              "The node at "
                  + client.displayEndpoint()
                  + " runs "
                  + version.version()
                  + " (API "
                  + version.apiVersionText()
                  + ").")
          .detail("version", version.version())
          .detail("apiVersion", version.apiVersionText());
    } catch (RpcException e) {
      rpcFailure(check, e);
      state.nodeBlocker = "Not checked: the node did not answer (" + e.reason() + ").";
    }
    return check.build();
  }

  private DoctorCheck readiness(State state) throws InterruptedException {
    try {
      state.readiness =
          new ReadinessProbe(client, options.progressPause(), options.maxLagEpochs()).probe();
      return ReadinessCheck.of(state.readiness);
    } catch (RpcException e) {
      CheckBuilder check = new CheckBuilder(ReadinessCheck.ID, ReadinessCheck.TITLE);
      rpcFailure(check, e);
      return check.build();
    }
  }

  /**
   * The F3-running check when the readiness check already said the same (F3 is disabled or not
   * running, a failure; or pending before its bootstrap epoch, a warning): skipped, its evidence
   * kept under a line naming that check, so that one cause is one finding. Any other result as it
   * is.
   */
  private static DoctorCheck countedUnderReadiness(State state, DoctorCheck check) {
    if (state.readiness == null) {
      return check;
    }
    ReadinessPhase phase = state.readiness.phase();
    boolean same =
        (phase == ReadinessPhase.NOT_RUNNING && check.verdict() == CheckVerdict.FAIL)
            || (phase == ReadinessPhase.PENDING && check.verdict() == CheckVerdict.WARN);
    if (!same) {
      return check;
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "Counted under \""
            + ReadinessCheck.TITLE
            + ": "
            + phase.label()
            + "\" (its root cause), with what to do.");
    evidence.addAll(check.evidence());
    return new DoctorCheck(
        check.id(),
        check.title(),
        CheckVerdict.SKIPPED,
        evidence,
        check.details(),
        Optional.empty(),
        check.reason(),
        List.of());
  }

  private DoctorCheck f3Running(State state) {
    CheckBuilder check = new CheckBuilder(F3_RUNNING, "F3 is enabled and running");
    try {
      state.manifest = client.manifest();
    } catch (RpcException e) {
      rpcFailure(check, e);
      state.manifestBlocker = "Not checked: the node gave no F3 manifest (" + e.reason() + ").";
      return check.build();
    }
    F3Manifest manifest = state.manifest;
    check
        .detail("bootstrapEpoch", manifest.bootstrapEpoch())
        .detail("f3NetworkName", manifest.networkName());
    try {
      state.head = client.chainHead();
      check.detail("chainHead", state.head.height());
      boolean running = client.isRunning();
      check.detail("running", running);
      if (running) {
        check.saw(
            "F3 runs for network "
                + manifest.networkName()
                + " (bootstrap epoch "
                + manifest.bootstrapEpoch()
                + ", chain head "
                + state.head.height()
                + ").");
      } else if (state.head.height() < manifest.bootstrapEpoch()) {
        long epochs = manifest.bootstrapEpoch() - state.head.height();
        check.warn(
            "F3 starts at epoch "
                + manifest.bootstrapEpoch()
                + ", the chain is at "
                + state.head.height()
                + " ("
                + epochs
                + " epochs, about "
                + minutes(manifest.ecPeriod().multipliedBy(epochs))
                + " to go).",
            "Nothing to do but wait for the bootstrap epoch; make sure by then the node has"
                + " chain state at epoch "
                + manifest.initialPowerTableEpoch()
                + " or a manifest with InitialPowerTable.");
        check.reason(DoctorReason.F3_NOT_STARTED);
        state.runningBlocker =
            "Not checked: F3 has not started yet (bootstrap epoch "
                + manifest.bootstrapEpoch()
                + ").";
      } else {
        check
            .fail(
                "F3 is enabled but not running, although the chain ("
                    + state.head.height()
                    + ") is past the bootstrap epoch "
                    + manifest.bootstrapEpoch()
                    + ".",
                DoctorRemedies.NOT_RUNNING_AFTER_BOOTSTRAP)
            .reason(DoctorReason.F3_NOT_RUNNING);
        state.runningBlocker = "Not checked: F3 is not running.";
      }
    } catch (RpcException e) {
      rpcFailure(check, e);
      state.runningBlocker =
          "Not checked: the node could not say whether F3 runs (" + e.reason() + ").";
    }
    return check.build();
  }

  private DoctorCheck networkAgrees(State state) {
    CheckBuilder check = new CheckBuilder(NETWORK, "The node runs the chosen network");
    F3Manifest manifest = state.manifest;
    String expected = network.f3NetworkName();
    check.detail("manifestNetworkName", manifest.networkName()).detail("expected", expected);
    if (manifest.networkName().equals(expected)) {
      check.saw("The manifest's F3 network name is " + expected + ", as expected.");
    } else {
      String known =
          NetworkProfiles.builtIn()
              .byF3NetworkName(manifest.networkName())
              .map(p -> " (the F3 name of " + p.key() + ")")
              .orElse("");
      check
          .fail(
              "The node's F3 network is "
                  + manifest.networkName()
                  + known
                  + ", not "
                  + expected
                  + ".",
              DoctorRemedies.WRONG_NETWORK)
          .reason(DoctorReason.WRONG_F3_NETWORK);
    }
    Optional<NetworkProfile> profile = network.profile();
    Optional<String> chain = Optional.empty();
    try {
      chain = Optional.of(client.stateNetworkName());
      check.detail("chainNetworkName", chain.get());
    } catch (RpcException e) {
      check.warn("StateNetworkName failed: " + e.getMessage(), DoctorRemedies.of(e.reason()));
    }
    if (chain.isPresent()) {
      if (profile.isPresent() && profile.get().chainNetworkName().isPresent()) {
        String chainName = profile.get().chainNetworkName().get();
        if (chain.get().equals(chainName)) {
          check.saw("The chain is " + chain.get() + ", as " + profile.get().key() + " expects.");
        } else {
          check
              .fail(
                  "The chain is "
                      + chain.get()
                      + ", but "
                      + profile.get().key()
                      + " runs on "
                      + chainName
                      + ".",
                  DoctorRemedies.WRONG_NETWORK)
              .reason(DoctorReason.WRONG_CHAIN);
        }
      } else {
        ChainNames.check(check, chain.get(), manifest.networkName(), profile.isEmpty());
      }
    }
    if (profile.isPresent()) {
      NetworkProfile known = profile.get();
      if (manifest.bootstrapEpoch() != known.bootstrapEpoch()
          || manifest.ecFinality() != known.ecFinality()) {
        check
            .fail(
                "The manifest has bootstrap epoch "
                    + manifest.bootstrapEpoch()
                    + " and finality "
                    + manifest.ecFinality()
                    + "; "
                    + known.key()
                    + " has "
                    + known.bootstrapEpoch()
                    + " and "
                    + known.ecFinality()
                    + ".",
                "The node's build carries another manifest than the network's: install the"
                    + " network's current release.")
            .reason(DoctorReason.MANIFEST_PARAMETERS);
      } else {
        check.saw(
            "Bootstrap epoch "
                + manifest.bootstrapEpoch()
                + " and finality "
                + manifest.ecFinality()
                + " are "
                + known.key()
                + "'s.");
      }
    }
    return check.build();
  }

  /** The CID the profile (or the options) expects, if any. */
  Optional<Cid> expectedInitialPowerTable() {
    if (options.initialPowerTable().isPresent()) {
      return options.initialPowerTable();
    }
    return network
        .profile()
        .flatMap(NetworkProfile::initialPowerTableCid)
        .map(
            text -> {
              try {
                return Cid.fromString(text);
              } catch (F3Exception e) {
                throw new IllegalStateException("profile CID " + text + " does not parse", e);
              }
            });
  }

  /**
   * The expected CID when it is one a network publishes (a built-in profile's), so that a remedy
   * may name it; a generated, demo or operator-given CID is never offered as a value.
   */
  Optional<Cid> publishedInitialPowerTable() {
    return expectedInitialPowerTable()
        .filter(
            cid -> NetworkProfiles.builtIn().byInitialPowerTableCid(cid.toString()).isPresent());
  }

  /**
   * The table the node serves for the initial instance against the published initial table it
   * should be, when it is not that table and not another known network's initial table (then every
   * entry would differ, and the check says whose table it is).
   */
  private Optional<PublishedComparison> servedAgainstPublished(State state) {
    if (state.served == null || published.isEmpty()) {
      return Optional.empty();
    }
    Optional<Cid> cid = publishedInitialPowerTable();
    Cid served = state.served.cid();
    if (cid.isEmpty()
        || cid.get().equals(served)
        || NetworkProfiles.builtIn().byInitialPowerTableCid(served.toString()).isPresent()) {
      return Optional.empty();
    }
    PublishedTables store = published.get();
    return store
        .publisher(cid.get())
        .flatMap(profile -> PublishedComparison.of(state.served, profile, store));
  }

  /** A failed call as evidence: the reason, the node's words, and the remedy. */
  static void rpcFailure(CheckBuilder check, RpcException e) {
    check.detail("reason", e.reason()).detail("method", e.method());
    check.reason(DoctorReason.of(e.reason()));
    check.fail(e.getMessage(), DoctorRemedies.of(e.reason()));
  }

  static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes < 120 ? minutes + " minutes" : (minutes / 60) + " hours";
  }
}
