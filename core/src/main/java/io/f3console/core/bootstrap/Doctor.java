package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.NodeVersion;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.TipSetSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Diagnoses a node's F3 bootstrap for a network, as an operator would from the logs (go-f3
 * {@code store.go}, Lotus {@code chain/lf3}): a fixed list of checks run in order, each a
 * {@link DoctorCheck} with its evidence and remedy. A check that an earlier one made impossible
 * (the node does not answer, F3 is disabled or not running) is {@link CheckVerdict#SKIPPED}
 * with the reason. The certificate checks are in {@link DoctorCertificateChecks}.
 */
public final class Doctor {
  public static final String NODE = "node";
  public static final String F3_RUNNING = "f3-running";
  public static final String NETWORK = "network";
  public static final String INITIAL_POWER_TABLE = "initial-power-table";

  private final LotusRpcClient client;
  private final NetworkSelection network;
  private final DoctorOptions options;

  /** What the checks so far learnt, and what stops later checks. */
  static final class State {
    F3Manifest manifest;
    TipSetSummary head;
    String nodeBlocker;
    String manifestBlocker;
    String runningBlocker;
  }

  public Doctor(LotusRpcClient client, NetworkSelection network, DoctorOptions options) {
    this.client = Objects.requireNonNull(client, "client");
    this.network = Objects.requireNonNull(network, "network");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Runs every check. */
  public DoctorReport run() throws InterruptedException {
    return run(check -> { });
  }

  /**
   * Runs every check, handing each result to {@code listener} as soon as it is known (for a
   * view that shows the checklist as it runs).
   *
   * @throws InterruptedException if the thread is interrupted (the way to cancel)
   */
  public DoctorReport run(Consumer<DoctorCheck> listener) throws InterruptedException {
    State state = new State();
    DoctorCertificateChecks certificates =
        new DoctorCertificateChecks(client, network, options, this::expectedInitialPowerTable);
    List<DoctorCheck> checks = new ArrayList<>();
    Consumer<DoctorCheck> record = check -> {
      checks.add(check);
      listener.accept(check);
    };
    record.accept(nodeAnswers(state));
    record.accept(needs(state, false, F3_RUNNING, "F3 is enabled and running",
        () -> f3Running(state)));
    record.accept(needs(state, true, NETWORK, "The node runs the chosen network",
        () -> networkAgrees(state)));
    record.accept(needs(state, true, INITIAL_POWER_TABLE,
        "The manifest names the expected initial power table", () -> initialPowerTable(state)));
    for (DoctorCertificateChecks.Step step : certificates.steps()) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      String blocker = firstOf(state.nodeBlocker, state.manifestBlocker, state.runningBlocker);
      record.accept(blocker != null ? CheckBuilder.skipped(step.id(), step.title(), blocker)
          : step.run(state));
    }
    return new DoctorReport(client.displayEndpoint(), network.f3NetworkName(),
        network.profile().map(NetworkProfile::key), checks);
  }

  @FunctionalInterface
  private interface CheckBody {
    DoctorCheck run() throws InterruptedException;
  }

  private static DoctorCheck needs(State state, boolean manifest, String id, String title,
      CheckBody body) throws InterruptedException {
    String blocker = manifest ? firstOf(state.nodeBlocker, state.manifestBlocker)
        : state.nodeBlocker;
    return blocker != null ? CheckBuilder.skipped(id, title, blocker) : body.run();
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
      check.saw("The node at " + client.displayEndpoint() + " runs " + version.version()
          + " (API " + version.apiVersionText() + ").")
          .detail("version", version.version()).detail("apiVersion", version.apiVersionText());
    } catch (RpcException e) {
      rpcFailure(check, e);
      state.nodeBlocker = "Not checked: the node did not answer (" + e.reason() + ").";
    }
    return check.build();
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
    check.detail("bootstrapEpoch", manifest.bootstrapEpoch())
        .detail("f3NetworkName", manifest.networkName());
    try {
      state.head = client.chainHead();
      check.detail("chainHead", state.head.height());
      boolean running = client.isRunning();
      check.detail("running", running);
      if (running) {
        check.saw("F3 runs for network " + manifest.networkName() + " (bootstrap epoch "
            + manifest.bootstrapEpoch() + ", chain head " + state.head.height() + ").");
      } else if (state.head.height() < manifest.bootstrapEpoch()) {
        long epochs = manifest.bootstrapEpoch() - state.head.height();
        check.warn("F3 starts at epoch " + manifest.bootstrapEpoch() + ", the chain is at "
            + state.head.height() + " (" + epochs + " epochs, about "
            + minutes(manifest.ecPeriod().multipliedBy(epochs)) + " to go).",
            "Nothing to do but wait for the bootstrap epoch; make sure by then the node has"
                + " chain state at epoch " + manifest.initialPowerTableEpoch()
                + " or a manifest with InitialPowerTable.");
        state.runningBlocker = "Not checked: F3 has not started yet (bootstrap epoch "
            + manifest.bootstrapEpoch() + ").";
      } else {
        check.fail("F3 is enabled but not running, although the chain (" + state.head.height()
            + ") is past the bootstrap epoch " + manifest.bootstrapEpoch() + ".",
            DoctorRemedies.NOT_RUNNING_AFTER_BOOTSTRAP);
        state.runningBlocker = "Not checked: F3 is not running.";
      }
    } catch (RpcException e) {
      rpcFailure(check, e);
      state.runningBlocker = "Not checked: the node could not say whether F3 runs ("
          + e.reason() + ").";
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
      String known = NetworkProfiles.builtIn().byF3NetworkName(manifest.networkName())
          .map(p -> " (the F3 name of " + p.key() + ")").orElse("");
      check.fail("The node's F3 network is " + manifest.networkName() + known + ", not "
          + expected + ".", DoctorRemedies.WRONG_NETWORK);
    }
    Optional<NetworkProfile> profile = network.profile();
    if (profile.isPresent() && profile.get().chainNetworkName().isPresent()) {
      String chainName = profile.get().chainNetworkName().get();
      try {
        String actual = client.stateNetworkName();
        check.detail("chainNetworkName", actual);
        if (actual.equals(chainName)) {
          check.saw("The chain is " + actual + ", as " + profile.get().key() + " expects.");
        } else {
          check.fail("The chain is " + actual + ", but " + profile.get().key() + " runs on "
              + chainName + ".", DoctorRemedies.WRONG_NETWORK);
        }
      } catch (RpcException e) {
        check.warn("StateNetworkName failed: " + e.getMessage(), DoctorRemedies.of(e.reason()));
      }
    }
    if (profile.isPresent()) {
      NetworkProfile known = profile.get();
      if (manifest.bootstrapEpoch() != known.bootstrapEpoch()
          || manifest.ecFinality() != known.ecFinality()) {
        check.fail("The manifest has bootstrap epoch " + manifest.bootstrapEpoch()
            + " and finality " + manifest.ecFinality() + "; " + known.key() + " has "
            + known.bootstrapEpoch() + " and " + known.ecFinality() + ".",
            "The node's build carries another manifest than the network's: install the"
                + " network's current release.");
      } else {
        check.saw("Bootstrap epoch " + manifest.bootstrapEpoch() + " and finality "
            + manifest.ecFinality() + " are " + known.key() + "'s.");
      }
    }
    return check.build();
  }

  /** The CID the profile (or the options) expects, if any. */
  Optional<Cid> expectedInitialPowerTable() {
    if (options.initialPowerTable().isPresent()) {
      return options.initialPowerTable();
    }
    return network.profile().flatMap(NetworkProfile::initialPowerTableCid).map(text -> {
      try {
        return Cid.fromString(text);
      } catch (F3Exception e) {
        throw new IllegalStateException("profile CID " + text + " does not parse", e);
      }
    });
  }

  private DoctorCheck initialPowerTable(State state) {
    CheckBuilder check = new CheckBuilder(INITIAL_POWER_TABLE,
        "The manifest names the expected initial power table");
    F3Manifest manifest = state.manifest;
    Optional<Cid> expected = expectedInitialPowerTable();
    Optional<Cid> actual = manifest.initialPowerTable();
    actual.ifPresent(cid -> check.detail("manifest", cid));
    expected.ifPresent(cid -> check.detail("expected", cid));
    String fix = expected.map(cid -> "F3_INITIAL_POWERTABLE_CID=" + cid
        + " (Forest: FOREST_F3_INITIAL_POWER_TABLE=" + cid + ")")
        .orElse("F3_INITIAL_POWERTABLE_CID=<cid>");
    if (actual.isEmpty()) {
      check.warn("The manifest has no InitialPowerTable (a \"Release A\" build, or a test"
          + " network), and the node has no certificate 0 to fill it from.",
          "The node must compute the table from chain state at epoch "
              + manifest.initialPowerTableEpoch() + " (BootstrapEpoch - Finality), so keep that"
              + " state (no snapshot import or splitstore GC past it), or set " + fix
              + "; the release that bakes the CID in (\"Release B\") removes the need.");
    } else if (expected.isEmpty()) {
      check.saw("The manifest's InitialPowerTable is " + actual.get() + "; no expected CID is"
          + " known for " + network.f3NetworkName() + " to compare it with.");
    } else if (actual.equals(expected)) {
      check.saw("The manifest's InitialPowerTable is " + actual.get() + ", the expected one.");
    } else {
      String other = NetworkProfiles.builtIn().byInitialPowerTableCid(actual.get().toString())
          .map(p -> " It is the initial table of " + p.key() + ", so the build is for that"
              + " network.").orElse("");
      check.fail("The manifest's InitialPowerTable is " + actual.get() + ", but "
          + network.f3NetworkName() + " expects " + expected.get() + "." + other,
          "Either the build bakes in another CID (install the network's current release) or an"
              + " override is wrong: on Lotus unset or correct F3_INITIAL_POWERTABLE_CID (a baked"
              + " CID ignores it), on Forest FOREST_F3_INITIAL_POWER_TABLE (it replaces a baked"
              + " one); the right value is " + expected.get() + ".");
    }
    return check.build();
  }

  /** A failed call as evidence: the reason, the node's words, and the remedy. */
  static void rpcFailure(CheckBuilder check, RpcException e) {
    check.detail("reason", e.reason()).detail("method", e.method());
    check.fail(e.getMessage(), DoctorRemedies.of(e.reason()));
  }

  static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes < 120 ? minutes + " minutes" : (minutes / 60) + " hours";
  }
}
