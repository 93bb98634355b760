package io.f3console.app.ui.health;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.follow.FollowSession;
import io.f3console.app.ui.follow.FollowSnapshot;
import io.f3console.app.ui.follow.LiveFollow;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.health.Alert;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LagSeries;
import io.f3console.core.health.Progress;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.monitor.RoundOutcome;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.participation.InstanceParticipation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Health view's state: the last round of following the connected node (its store's progress,
 * the live block and the alerts) or, when not following, the progress of the loaded certificates;
 * and the follow settings ({@link HealthSettings}). FX thread only.
 */
public final class HealthViewModel {
  /** What the view says when there is nothing to judge. */
  static final String EMPTY =
      "Nothing to judge yet: connect to a node (File › Connect to a"
          + " node…, Ctrl+K) and press Follow to watch it live, or open certificates (Ctrl+O) to"
          + " see how F3 progressed over them.";

  private final Workspace workspace;
  private final LiveFollow follow;
  private final BackgroundLane lane;
  private final HealthSettings settings;
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", EMPTY);
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
  private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
  private final ReadOnlyStringWrapper liveCaption =
      new ReadOnlyStringWrapper(this, "liveCaption", "");
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
  private final ObservableList<HealthFacts.Fact> progress = FXCollections.observableArrayList();
  private final ObservableList<HealthFacts.Fact> live = FXCollections.observableArrayList();
  private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<LagSeries> lag =
      new ReadOnlyObjectWrapper<>(this, "lag", new LagSeries(List.of(), 1));
  private Loaded loaded;

  /** The progress of the loaded certificates, computed in the background. */
  private record Loaded(
      String source, int validated, int total, Progress progress, LagSeries lag) {}

  /**
   * @param workspace gives the loaded certificates and the network
   * @param follow following the connected node, for the whole window
   */
  public HealthViewModel(Workspace workspace, LiveFollow follow, UiTaskRunner runner) {
    this.workspace = workspace;
    this.follow = follow;
    this.lane = new BackgroundLane(runner, "health");
    this.settings = new HealthSettings(follow);
    follow.snapshotProperty().addListener((obs, old, round) -> refresh());
    follow.followingProperty().addListener((obs, old, on) -> refresh());
    follow.stoppedProperty().addListener((obs, old, why) -> refresh());
    workspace.chainProperty().addListener((obs, old, chain) -> summarise(chain));
    summarise(workspace.chain().orElse(null));
  }

  private void summarise(LoadedChain chain) {
    Optional<ChainInspection> inspection = chain == null ? Optional.empty() : chain.inspection();
    if (inspection.isEmpty()) {
      lane.complete((Loaded) null, this::showLoaded);
      return;
    }
    NetworkProfile network = workspace.network();
    Duration delay = network == null ? Duration.ofSeconds(30) : network.ecPeriod();
    ChainInspection checked = inspection.get();
    List<FinalityCertificate> certificates = chain.certificates();
    lane.submit(
        "Summing the progress",
        work -> {
          int end = checked.firstFailureIndex().orElse(certificates.size());
          List<InstanceParticipation> instances = new ArrayList<>(end);
          for (int i = 0; i < end; i++) {
            Optional<io.f3console.core.gpbft.PowerTable> committee = checked.committeeOf(i);
            if (committee.isEmpty()) {
              break;
            }
            instances.add(InstanceParticipation.of(certificates.get(i), committee.get()));
          }
          return new Loaded(
              chain.source(),
              instances.size(),
              certificates.size(),
              Progress.of(instances, delay),
              LagSeries.of(instances, FollowSession.CHART_POINTS));
        },
        this::showLoaded);
  }

  private void showLoaded(Loaded summary) {
    loaded = summary;
    refresh();
  }

  private void refresh() {
    FollowSnapshot round = follow.snapshotProperty().get();
    if (round != null) {
      showRound(round);
    } else if (loaded != null) {
      showLoaded();
    } else {
      empty.set(true);
      tone.set(Tone.MUTED);
      verdict.set(
          follow.stoppedProperty().get().isEmpty()
              ? EMPTY
              : follow.stoppedProperty().get() + " " + EMPTY);
      basis.set("");
      progress.clear();
      live.clear();
      alerts.clear();
      liveCaption.set("");
      lag.set(new LagSeries(List.of(), 1));
    }
  }

  private void showLoaded() {
    empty.set(false);
    tone.set(Tone.MUTED);
    String stop =
        follow.stoppedProperty().get().isEmpty() ? "" : follow.stoppedProperty().get() + " ";
    verdict.set(
        stop
            + "• "
            + loaded.validated()
            + " validated certificates from "
            + loaded.source()
            + (loaded.validated() < loaded.total()
                ? " (of " + loaded.total() + "; the rest did not validate)"
                : "")
            + ". Not following a node: "
            + (follow.availableProperty().get()
                ? "press Follow to watch the connected node live."
                : "connect to a node (Ctrl+K) to follow it live."));
    basis.set(
        "Progress of the loaded certificates (signatures as the workspace validated" + " them)");
    progress.setAll(HealthFacts.progress(loaded.progress()));
    live.clear();
    alerts.clear();
    liveCaption.set("No live state: these certificates were opened, not followed.");
    lag.set(loaded.lag());
  }

  private void showRound(FollowSnapshot round) {
    empty.set(false);
    RoundOutcome outcome = round.outcome();
    String node = follow.followingProperty().get() ? "Following " : "Followed ";
    String when = "round " + round.round() + " at " + HealthFacts.time(round.at());
    String stop = follow.followingProperty().get() ? "" : follow.stoppedProperty().get() + " ";
    Tone shown = follow.followingProperty().get() ? LiveFollow.badgeTone(outcome) : Tone.MUTED;
    tone.set(shown);
    String icon =
        outcome.verdict() == HealthVerdict.HEALTHY && !outcome.proved() ? "⚠" : shown.icon();
    verdict.set(
        stop
            + icon
            + " "
            + node
            + settings.nodeName()
            + ": "
            + switch (outcome.verdict()) {
              case HEALTHY ->
                  "healthy"
                      + (outcome.proved()
                          ? ""
                          : outcome.verified()
                              ? " (unverified: the stored chain does not start from the network's expected"
                                  + " table)"
                              : " (unverified signatures)");
              case ALERT ->
                  outcome.alerts().size() + (outcome.alerts().size() == 1 ? " alert" : " alerts");
              case UNREACHABLE -> "the node cannot be reached: " + outcome.error().orElse("");
            }
            + " ("
            + when
            + ", "
            + outcome.validated()
            + " new certificates validated and"
            + " stored)");
    basis.set(
        round
            .progress()
            .map(
                p ->
                    "Progress of the last "
                        + p.instances()
                        + " instances in the store of "
                        + round.network().orElse("?")
                        + " (signatures"
                        + " checked before storing): "
                        + round.store().map(Object::toString).orElse(""))
            .orElse("The store holds no certificates yet."));
    round
        .progress()
        .ifPresentOrElse(p -> progress.setAll(HealthFacts.progress(p)), progress::clear);
    Duration delay =
        outcome
            .progress()
            .map(Progress::blockDelay)
            .or(() -> round.progress().map(Progress::blockDelay))
            .orElse(Duration.ofSeconds(30));
    if (outcome.report().flatMap(r -> r.live()).isPresent()) {
      live.setAll(HealthFacts.live(outcome.report().get(), outcome.alerts(), delay));
      liveCaption.set("");
    } else {
      live.clear();
      liveCaption.set(
          outcome.verdict() == HealthVerdict.UNREACHABLE
              ? "No live state this round: the node did not answer."
              : "No live state: no certificate to judge yet.");
    }
    alerts.setAll(outcome.alerts());
    lag.set(round.lag());
  }

  /** The follow settings: interval and alert rules. */
  public HealthSettings settings() {
    return settings;
  }

  public LiveFollow follow() {
    return follow;
  }

  /** The one-line answer: healthy, the alerts, unreachable, or what to do. */
  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  /** What the progress figures are computed from. */
  public ReadOnlyStringProperty basisProperty() {
    return basis.getReadOnlyProperty();
  }

  /** Why the live block is empty, when it is. */
  public ReadOnlyStringProperty liveCaptionProperty() {
    return liveCaption.getReadOnlyProperty();
  }

  /** Whether there is nothing to show (no round, no loaded certificates). */
  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  public ObservableList<HealthFacts.Fact> progress() {
    return progress;
  }

  public ObservableList<HealthFacts.Fact> live() {
    return live;
  }

  public ObservableList<Alert> alerts() {
    return alerts;
  }

  public ReadOnlyObjectProperty<LagSeries> lagProperty() {
    return lag.getReadOnlyProperty();
  }
}
