package io.f3console.app.ui.follow;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Job;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.NodeConnection;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.health.Alert;
import io.f3console.core.health.AlertKind;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.monitor.RoundOutcome;
import io.f3console.core.network.NetworkProfiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Following the connected node live, for the whole window: every interval one monitor round in the
 * background ({@link FollowSession}), never two at once; the last round for the Health view, a
 * short badge for the status bar, and a banner when an alert starts (not at every round). Stopping,
 * the status bar's Cancel, a failed round, another node or another network, and closing the window
 * all stop the rounds. FX thread only.
 */
public final class LiveFollow {
  /** The time between rounds unless another is chosen. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

  private final Workspace workspace;
  private final DialogService dialogs;
  private final Supplier<NetworkProfiles> known;
  private final SessionRecorder history;
  private final Function<String, Path> storeFile;
  private final BackgroundLane lane;
  private final RoundPacer pause;
  private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following");
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
  private final ObjectProperty<Duration> interval =
      new SimpleObjectProperty<>(this, "interval", DEFAULT_INTERVAL);
  private final ObjectProperty<AlertRules> rules =
      new SimpleObjectProperty<>(this, "rules", AlertRules.defaults());
  private final ReadOnlyObjectWrapper<FollowSnapshot> snapshot =
      new ReadOnlyObjectWrapper<>(this, "snapshot");
  private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
  private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
  private final ReadOnlyStringWrapper stopped = new ReadOnlyStringWrapper(this, "stopped", "");
  private final ReadOnlyIntegerWrapper rounds = new ReadOnlyIntegerWrapper(this, "rounds");
  private FollowSession session;
  private Job<FollowSnapshot> running;
  private Set<AlertKind> active = EnumSet.noneOf(AlertKind.class);
  private boolean unreachable;
  private int sessionRounds;
  private long sessionValidated;

  /**
   * @param known the networks a node's manifest name is looked up in (read at each start)
   * @param storeFile the store file of an F3 network name
   * @param history where each run of following is recorded when it stops
   */
  public LiveFollow(
      Workspace workspace,
      UiTaskRunner runner,
      DialogService dialogs,
      Supplier<NetworkProfiles> known,
      Function<String, Path> storeFile,
      SessionRecorder history) {
    this(workspace, runner, dialogs, known, storeFile, history, RoundPacer.fx());
  }

  /** Following paced by {@code pacer} (a test's, which starts each next round itself). */
  public LiveFollow(
      Workspace workspace,
      UiTaskRunner runner,
      DialogService dialogs,
      Supplier<NetworkProfiles> known,
      Function<String, Path> storeFile,
      SessionRecorder history,
      RoundPacer pacer) {
    this.pause = Objects.requireNonNull(pacer, "pacer");
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    this.known = Objects.requireNonNull(known, "known");
    this.storeFile = Objects.requireNonNull(storeFile, "storeFile");
    this.history = Objects.requireNonNull(history, "history");
    this.lane = new BackgroundLane(runner, "follow");
    available.bind(workspace.nodeProperty().isNotNull());
    workspace
        .nodeProperty()
        .addListener(
            (obs, old, node) -> {
              if (session != null && (node == null || !node.equals(session.node()))) {
                stop(
                    node == null
                        ? "Following stopped: the node's network is no longer selected."
                        : "Following stopped: another node was connected.");
                snapshot.set(null);
              }
            });
    lane.stateProperty()
        .addListener(
            (obs, old, state) -> {
              if (following.get() && state == BackgroundLane.State.CANCELLED) {
                stop("Following stopped: cancelled.");
              }
            });
  }

  /** Starts following the connected node; does nothing without one or while following. */
  public void start() {
    NodeConnection node = workspace.node().orElse(null);
    if (node == null || following.get()) {
      return;
    }
    if (session == null || !session.node().equals(node)) {
      session = new FollowSession(node, known.get(), storeFile);
      snapshot.set(null);
    }
    following.set(true);
    stopped.set("");
    active = EnumSet.noneOf(AlertKind.class);
    unreachable = false;
    sessionRounds = 0;
    sessionValidated = 0;
    badge.set("Following: first round…");
    tone.set(Tone.MUTED);
    next();
  }

  /** Stops following: no round starts any more and the running one is cancelled. */
  public void stop() {
    stop("Following stopped.");
  }

  private void stop(String why) {
    if (!following.get()) {
      return;
    }
    following.set(false);
    pause.stop();
    lane.withdraw();
    if (running != null && !running.isDone()) {
      running.cancel();
    }
    running = null;
    badge.set("");
    tone.set(Tone.MUTED);
    // an alert said while following is no longer news once following stops
    if (!banner.get().isEmpty()) {
      dialogs.withdrawNotice(banner.get());
    }
    banner.set("");
    stopped.set(why);
    record(why);
  }

  /** Leaves this run of following in the history, as {@code monitor} leaves its run. */
  private void record(String why) {
    FollowSnapshot last = snapshot.get();
    if (sessionRounds == 0 || last == null) {
      return;
    }
    RoundOutcome outcome = last.outcome();
    int rounds = sessionRounds;
    long validated = sessionValidated;
    String node = session.node().toString();
    List<String> secrets = session.node().options().token().map(List::of).orElse(List.of());
    history.record(
        () -> {
          SessionRecord.Builder record =
              SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.CHECK, "Health view")
                  .arguments("follow " + node)
                  .source("certificates", node)
                  .verdict(
                      SessionVerdict.ofExitCode(
                          switch (outcome.verdict()) {
                            case HEALTHY -> 0;
                            case ALERT -> 1;
                            case UNREACHABLE -> 3;
                          }))
                  .fact("rounds", rounds)
                  .fact("certificates validated", validated)
                  .fact("signatures checked", true)
                  .summary(
                      "Followed "
                          + node
                          + " for "
                          + rounds
                          + (rounds == 1 ? " round" : " rounds")
                          + "; last: "
                          + badgeText(outcome).replace("Following: ", "")
                          + ". "
                          + why);
          last.network().ifPresent(record::network);
          last.store().ifPresent(file -> record.fact("store", file.toString()));
          outcome.trust().ifPresent(record::trust);
          outcome.latestInstance().ifPresent(record::instanceReached);
          if (!outcome.alerts().isEmpty()) {
            record.reason(outcome.alerts().get(0).kind().name());
          }
          return record.build().withoutSecrets(secrets);
        });
  }

  /** Starts or stops following. */
  public void setFollowing(boolean follow) {
    if (follow) {
      start();
    } else {
      stop();
    }
  }

  private void next() {
    if (!following.get()) {
      return;
    }
    FollowSession current = session;
    AlertRules judged = rules.get();
    Job<FollowSnapshot> round =
        lane.submit(
            "Following " + current.node(),
            progress -> {
              progress.message(
                  "Following " + current.node() + ": round " + (rounds.get() + 1) + "…");
              return current.round(judged, Instant.now());
            },
            this::apply);
    running = round;
    // the round's own failure, not the dialog service's last error (not yet set at this point)
    round.onFailed(
        error -> {
          if (following.get() && running == round) {
            stop("Following stopped: " + DialogService.plainMessage(error));
          }
        });
  }

  private void apply(FollowSnapshot round) {
    if (!following.get()) {
      return;
    }
    running = null;
    snapshot.set(round);
    rounds.set(rounds.get() + 1);
    sessionRounds++;
    sessionValidated += round.outcome().validated();
    RoundOutcome outcome = round.outcome();
    badge.set(badgeText(outcome));
    tone.set(badgeTone(outcome));
    announce(outcome);
    pause.after(interval.get(), this::next);
  }

  /** A banner (and a status-bar notice) when an alert starts or the node becomes unreachable. */
  private void announce(RoundOutcome outcome) {
    Set<AlertKind> now = EnumSet.noneOf(AlertKind.class);
    outcome.alerts().forEach(alert -> now.add(alert.kind()));
    boolean down = outcome.verdict() == HealthVerdict.UNREACHABLE;
    String started = null;
    for (Alert alert : outcome.alerts()) {
      if (!active.contains(alert.kind())) {
        started = "⚠ Alert " + alert.kind() + ": " + alert.message();
        break;
      }
    }
    if (down && !unreachable) {
      started = "⚠ The node cannot be reached: " + outcome.error().orElse("no answer");
    }
    if (started != null) {
      banner.set(started);
      dialogs.notice(started);
    } else if (outcome.verdict() == HealthVerdict.HEALTHY) {
      banner.set("");
    }
    if (!down) {
      active = now;
    }
    unreachable = down;
  }

  /** The status bar's words for a round. */
  public static String badgeText(RoundOutcome outcome) {
    return switch (outcome.verdict()) {
      case HEALTHY -> outcome.proved() ? "Following: healthy" : "Following: healthy (unverified)";
      case ALERT ->
          "Following: "
              + outcome.alerts().size()
              + (outcome.alerts().size() == 1 ? " alert" : " alerts");
      case UNREACHABLE -> "Following: node unreachable";
    };
  }

  /**
   * The badge's tone: green only for a healthy round of proved certificates (signatures checked,
   * from the network's expected initial table).
   */
  public static Tone badgeTone(RoundOutcome outcome) {
    return switch (outcome.verdict()) {
      case HEALTHY -> outcome.proved() ? Tone.SUCCESS : Tone.WARNING;
      case ALERT -> Tone.DANGER;
      case UNREACHABLE -> Tone.WARNING;
    };
  }

  /** The node followed, else the one connected, as its source string; empty for none. */
  public String nodeName() {
    if (session != null) {
      return session.node().toString();
    }
    return workspace.node().map(NodeConnection::toString).orElse("");
  }

  /** Takes the banner away (its alert stays in the Health view while it lasts). */
  public void dismissBanner() {
    banner.set("");
  }

  public ReadOnlyBooleanProperty followingProperty() {
    return following.getReadOnlyProperty();
  }

  /** Whether a node is connected, so that it can be followed. */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  /** The time between the end of a round and the start of the next. */
  public ObjectProperty<Duration> intervalProperty() {
    return interval;
  }

  /** The rules the next round is judged by. */
  public ObjectProperty<AlertRules> rulesProperty() {
    return rules;
  }

  /** The last round, while its node is connected. */
  public ReadOnlyObjectProperty<FollowSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  /** The status bar's badge, empty when not following. */
  public ReadOnlyStringProperty badgeProperty() {
    return badge.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  /** The alert that started most recently, until dismissed or healthy again. */
  public ReadOnlyStringProperty bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  /** Why following stopped last, empty while following. */
  public ReadOnlyStringProperty stoppedProperty() {
    return stopped.getReadOnlyProperty();
  }

  /** How many rounds have completed since the window opened. */
  public ReadOnlyIntegerProperty roundsProperty() {
    return rounds.getReadOnlyProperty();
  }
}
