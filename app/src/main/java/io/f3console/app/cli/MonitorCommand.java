package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveTracker;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.monitor.MonitorRound;
import io.f3console.core.monitor.RoundOutcome;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.source.DataSource;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console monitor}: follows a node, round after round: brings the local store up to date
 * (each new certificate validated before it is stored), reads the chain head, judges the alert
 * rules ({@link HealthCheck}) and prints one line per round, or per alert, for scripts.
 */
@Command(
    name = "monitor",
    header = "Follow a node: sync and validate new certificates, judge the alert rules.",
    mixinStandardHelpOptions = true,
    description = {
      "Follow a node: each round syncs the local certificate store from SOURCE (every new",
      "certificate validated, with its signatures unless --no-signatures, and stored only",
      "once it has validated), reads the node's chain head and judges the alert rules:",
      "  lag     the chain head's epoch - the newest certificate's head epoch > --max-lag",
      "  silence no new certificate for --max-silence: STALL while the chain advanced,",
      "          SILENCE when the chain head did not move either. Over several rounds the",
      "          silence is observed (from when the newest certificate was first seen in this",
      "          run). With --once there is one observation, so the silence is judged as the",
      "          lag in epoch time (lag x block delay): the age of the newest finalised",
      "          tipset, which a certificate cannot be older than.",
      "  participation  the signers' share of power summed over the last 10 instances",
      "          < --min-participation",
      "  miners  a --miner that did not sign the last --absent certificates of committees it",
      "          was in (or is in none of them)",
      "A certificate that fails validation is an alert (INVALID_CERTIFICATE, with its",
      "reason); nothing from it on is stored.",
      "Output: per round 'OK instance N lag L epochs ...', or one 'ALERT KIND message",
      "(evidence)' line per alert, or 'UNREACHABLE message'; with --json one JSON object per",
      "line per round. Without --once it runs until interrupted (Ctrl+C closes the store).",
      "Exit (of the last round): 0 healthy, 1 an alert, 3 the node cannot be reached;",
      "2 on bad input (a store of another network, a malformed option)."
    })
final class MonitorCommand implements Callable<Integer> {
  /** The block delay when neither the node's manifest nor the network's profile gives one. */
  private static final Duration DEFAULT_BLOCK_DELAY = Duration.ofSeconds(30);

  /** How long a Ctrl+C waits for the store to close and the session to be written. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description =
          "The node to follow: rpc:URL or an http(s):// URL (its token: --token-file,"
              + " --token or --api-info). Other certificate sources (f3snap:PATH,"
              + " car:PATH, demo:healthy, a certificate file) are judged without a chain head.")
  String source;

  @CommandLine.Mixin NetworkOption network;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      description =
          "The store file (default: certificates-<F3 network name>.db in the folder"
              + " of the history database).")
  Path store;

  @Option(names = "--once", description = "One round, then exit with its status.")
  boolean once;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Time between rounds (default: ${DEFAULT-VALUE}; 250ms, 30s, 5m, …).")
  Duration interval;

  @Option(
      names = "--max-lag",
      paramLabel = "EPOCHS",
      defaultValue = "20",
      description =
          "Alert when the chain head is more than this many epochs ahead of the"
              + " newest certificate's head (default: ${DEFAULT-VALUE}, as Forest's f3 ready).")
  long maxLag;

  @Option(
      names = "--max-silence",
      paramLabel = "DURATION",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description =
          "Alert when no new certificate came for this long (default:" + " ${DEFAULT-VALUE}).")
  Duration maxSilence;

  @Option(
      names = "--min-participation",
      paramLabel = "PCT",
      description =
          "Alert when the signers held less than PCT %% of the committees' power over"
              + " the last 10 instances (default: not checked).")
  Double minParticipation;

  @Option(
      names = "--miner",
      paramLabel = "ACTOR",
      description = "A miner to watch (f01234 or 1234); repeat for several.")
  List<String> miners = new ArrayList<>();

  @Option(
      names = "--absent",
      paramLabel = "K",
      defaultValue = "" + AlertRules.DEFAULT_ABSENT_INSTANCES,
      description =
          "A watched miner is absent after K consecutive certificates without its"
              + " signature (default: ${DEFAULT-VALUE}).")
  int absent;

  @Option(
      names = "--no-signatures",
      description =
          "Do not check BLS signatures: every certificate is unverified, and every"
              + " line says so.")
  boolean noSignatures;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      hidden = true,
      description = "Stop after N rounds (for tests and scripts).")
  Integer rounds;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin OutputOptions output;

  private volatile boolean stopping;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = network.selection();
    AlertRules rules = rules();
    int limit = once ? 1 : rounds == null ? Integer.MAX_VALUE : rounds;
    if (limit < 1) {
      throw new F3Exception("--rounds must be at least 1");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new F3Exception("--interval must be positive");
    }
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    SourceArgument argument = SourceArgument.parse(source);
    session.source("certificates", argument.text());
    Path file = StoreFiles.of(store, selection, output.root().database);
    session.fact("store", file.toAbsolutePath().toString());
    CertificateSync sync = StoreFiles.sync(selection, threads, noSignatures);
    Duration fallbackDelay =
        selection.profile().map(NetworkProfile::ecPeriod).orElse(DEFAULT_BLOCK_DELAY);
    MonitorRound monitor = new MonitorRound(sync, rules, fallbackDelay, !noSignatures);
    Thread hook = once ? null : stopOnShutdown(Thread.currentThread());
    LiveTracker tracker = new LiveTracker();
    long startNanos = System.nanoTime();
    Instant start = Instant.now();
    MonitorRoundResult last = null;
    int done = 0;
    long validated = 0;
    try (CertificateStore opened = CertificateStore.open(file, selection.f3NetworkName())) {
      List<String> notes = new ArrayList<>();
      if (noSignatures) {
        notes.add("signatures are not checked (--no-signatures): every certificate is unverified");
      }
      if (!rules.miners().isEmpty()) {
        notes.add(ParticipationReport.CAVEAT);
      }
      for (int number = 1; number <= limit && !stopping; number++) {
        if (number > 1 && !pause()) {
          break;
        }
        Instant now = start.plusNanos(System.nanoTime() - startNanos);
        MonitorRoundResult round;
        try {
          round =
              round(number, opened, monitor, argument, tracker, now, done == 0 ? notes : List.of());
        } catch (InterruptedException | F3Exception e) {
          if (stopping) {
            // the stop cut this round short: the last complete round stands
            break;
          }
          throw e;
        }
        if (stopping && round.outcome().verdict() == HealthVerdict.UNREACHABLE) {
          break;
        }
        output.printLine(round);
        last = round;
        done++;
        validated += round.outcome().validated();
      }
    } finally {
      if (stopping) {
        // a stop interrupted this thread: clear it, so that writing the session is not cut off
        Thread.interrupted();
      }
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down: the hook is running and waits for this run to end
        }
      }
    }
    int status = last == null ? ExitCodes.OK : last.status();
    record(session, last, done, validated, status);
    return status;
  }

  private AlertRules rules() throws F3Exception {
    List<ActorId> chosen = new ArrayList<>();
    for (String miner : miners) {
      try {
        chosen.add(ActorId.parse(miner));
      } catch (IllegalArgumentException e) {
        throw new F3Exception("--miner: " + e.getMessage());
      }
    }
    try {
      return new AlertRules(
          OptionalLong.of(maxLag),
          Optional.of(maxSilence),
          minParticipation == null ? OptionalDouble.empty() : OptionalDouble.of(minParticipation),
          AlertRules.DEFAULT_PARTICIPATION_WINDOW,
          chosen,
          absent);
    } catch (IllegalArgumentException e) {
      throw new F3Exception("the alert rules: " + e.getMessage());
    }
  }

  /**
   * On Ctrl+C (or any orderly end of the JVM): stop after the current step, close the store, and
   * end with the last round's status once the session is written.
   */
  private Thread stopOnShutdown(Thread worker) {
    F3ConsoleCommand root = output.root();
    Thread hook =
        new Thread(
            () -> {
              stopping = true;
              worker.interrupt();
              try {
                OptionalInt status = root.awaitEnd(SHUTDOWN_WAIT);
                if (status.isPresent()) {
                  output.out().flush();
                  Runtime.getRuntime().halt(status.getAsInt());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "f3console-monitor-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** Waits one interval; false when interrupted (to stop). */
  private boolean pause() {
    try {
      Thread.sleep(interval.toMillis(), interval.toNanosPart() % 1_000_000);
      return !stopping;
    } catch (InterruptedException e) {
      if (!stopping) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  private MonitorRoundResult round(
      int number,
      CertificateStore store,
      MonitorRound monitor,
      SourceArgument argument,
      LiveTracker tracker,
      Instant now,
      List<String> notes)
      throws F3Exception, InterruptedException {
    RoundOutcome outcome = outcome(store, monitor, argument, tracker, now);
    Optional<String> error =
        outcome
            .error()
            .map(
                message ->
                    message
                        + outcome
                            .reason()
                            .flatMap(NodeOptions::hint)
                            .map(h -> " (hint: " + h + ")")
                            .orElse(""));
    return new MonitorRoundResult(number, outcome, error, notes);
  }

  private RoundOutcome outcome(
      CertificateStore store,
      MonitorRound monitor,
      SourceArgument argument,
      LiveTracker tracker,
      Instant now)
      throws F3Exception, InterruptedException {
    try {
      return monitor.run(
          store, () -> open(argument), once ? Optional.empty() : Optional.of(tracker), now);
    } catch (SourceUnreachableException e) {
      return RoundOutcome.unreachable(e.getMessage(), Optional.empty());
    }
  }

  private DataSource open(SourceArgument argument) throws F3Exception {
    if (argument.isFile()) {
      return argument.openFileSource();
    }
    return argument.open(node);
  }

  private void record(
      SessionRecord.Builder session,
      MonitorRoundResult last,
      int done,
      long validated,
      int status) {
    session.fact("rounds", done);
    session.fact("certificates validated", validated);
    session.fact("signatures checked", !noSignatures);
    if (last == null) {
      session.summary("Stopped before the first round");
      return;
    }
    last.outcome().latestInstance().ifPresent(session::instanceReached);
    session.verdict(SessionVerdict.ofExitCode(status));
    if (!last.outcome().alerts().isEmpty()) {
      session.reason(last.outcome().alerts().get(0).kind().name());
    }
    session.summary(
        done
            + (done == 1 ? " round" : " rounds")
            + "; last: "
            + switch (last.outcome().verdict()) {
              case HEALTHY -> "healthy, " + last.summary();
              case ALERT ->
                  last.outcome().alerts().size()
                      + (last.outcome().alerts().size() == 1 ? " alert: " : " alerts, first: ")
                      + last.outcome().alerts().get(0).kind()
                      + " "
                      + last.outcome().alerts().get(0).message();
              case UNREACHABLE -> "unreachable: " + last.error().orElse("");
            });
  }
}
