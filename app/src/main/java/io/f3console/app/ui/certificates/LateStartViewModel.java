package io.f3console.app.ui.certificates;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Job;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.controls.TonedText;
import io.f3console.app.ui.controls.TrustMarks;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.bootstrap.LateStart;
import io.f3console.core.bootstrap.LateStartPlan;
import io.f3console.core.bootstrap.LateStartResult;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.validation.ValidatorOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the late-start dialog does, without the dialog: the trusted table's source, the optional
 * instance of its committee, the certificate source and a node token as typed; Run parses them and
 * runs the core's {@link LateStart} in the background for the workspace's network, records the run
 * in the history, and says how it ended in one toned text (the verdict and the trusted table's
 * trust, or why it failed). UI thread only.
 */
public final class LateStartViewModel {
  static final String LANE = "late-start";

  private final Workspace workspace;
  private final BackgroundLane lane;
  private final SessionRecorder recorder;
  private final StringProperty trusted = new SimpleStringProperty(this, "trusted", "");
  private final StringProperty instance = new SimpleStringProperty(this, "instance", "");
  private final StringProperty certificates = new SimpleStringProperty(this, "certificates", "");
  private final StringProperty token = new SimpleStringProperty(this, "token", "");
  private final TonedText result = new TonedText();
  private final BooleanBinding canRun;

  /**
   * @param workspace the network run for, and the open table and certificates offered as the
   *     sources
   * @param recorder where each run is recorded
   */
  public LateStartViewModel(Workspace workspace, UiTaskRunner runner, SessionRecorder recorder) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.lane = new BackgroundLane(runner, LANE);
    workspace.table().ifPresent(t -> trusted.set(t.source()));
    workspace.chain().ifPresent(c -> certificates.set(c.source()));
    canRun =
        Bindings.createBooleanBinding(
            () ->
                !isBlank(trusted.get())
                    && !isBlank(certificates.get())
                    && lane.stateProperty().get() != BackgroundLane.State.WORKING,
            trusted,
            certificates,
            lane.stateProperty());
  }

  /** The source string of the power table the operator trusts. */
  public StringProperty trustedProperty() {
    return trusted;
  }

  /** The instance whose committee (of the trusted source) is trusted; blank for its table. */
  public StringProperty instanceProperty() {
    return instance;
  }

  /** The source string of the certificates to validate. */
  public StringProperty certificatesProperty() {
    return certificates;
  }

  /** A node token, sent with the requests and never recorded or shown. */
  public StringProperty tokenProperty() {
    return token;
  }

  /** How the last run went (or that one is under way, or why it could not start), in its colour. */
  public TonedText result() {
    return result;
  }

  /** Whether Run can start: both sources given and no run under way. */
  public BooleanBinding canRunProperty() {
    return canRun;
  }

  /** The key of the network runs are for (the workspace's). */
  public String network() {
    return workspace.network().key();
  }

  /**
   * Runs a late start from what was typed; empty (with the reason in the result) when the instance
   * is not a whole number.
   */
  public Optional<Job<LateStartPlan.Run>> run() {
    Optional<Long> at;
    try {
      at =
          isBlank(instance.get())
              ? Optional.empty()
              : Optional.of(Long.parseUnsignedLong(instance.get().strip()));
    } catch (NumberFormatException e) {
      show("✘ The instance must be a whole number.", Tone.DANGER);
      return Optional.empty();
    }
    NetworkProfile network = workspace.network();
    LateStartPlan plan =
        new LateStartPlan(
            NetworkSelection.of(network), trusted.get().strip(), at, certificates.get().strip());
    Optional<String> secret =
        isBlank(token.get()) ? Optional.empty() : Optional.of(token.get().strip());
    SourceOptions options =
        secret.map(t -> SourceOptions.defaults().withToken(t)).orElse(SourceOptions.defaults());
    show("Searching and validating…", Tone.MUTED);
    SessionRecord.Builder session =
        LateStartSession.begin(network.key(), plan.trustedSource(), at, plan.certificateSource());
    Job<LateStartPlan.Run> job =
        lane.submit(
            "Late start",
            progress -> plan.run(options, ValidatorOptions.defaults(), LateStart.Listener.NONE),
            done -> show(describe(done), toneOf(done)),
            UiTaskRunner.Failures.SAID_BY_CALLER);
    job.onFailed(error -> show("✘ " + DialogService.plainMessage(error), Tone.DANGER));
    job.onCancelled(() -> show("Cancelled.", Tone.MUTED));
    recorder.track(
        job,
        session,
        (builder, done) -> LateStartSession.ran(builder, done, at),
        secret.map(List::of).orElse(List.of()));
    return Optional.of(job);
  }

  /** The colour of a late start: green only for a valid chain from a verified table. */
  static Tone toneOf(LateStartPlan.Run done) {
    if (!done.passed()) {
      return Tone.DANGER;
    }
    return done.trust().isVerified() ? Tone.SUCCESS : Tone.WARNING;
  }

  /** The result, then the trusted table's trust as core decided it. */
  static String describe(LateStartPlan.Run done) {
    LateStartResult result = done.result();
    String trust =
        "Trust: "
            + TrustMarks.icon(done.trust().state())
            + " "
            + done.trust().state().word()
            + ": "
            + done.trust().explanation();
    if (result.valid() && done.trust().isMismatch()) {
      return "✘ The certificates are consistent, but the trusted table is not "
          + done.trust().network()
          + "'s. "
          + describe(result).substring(2)
          + "\n"
          + trust;
    }
    if (result.valid() && !done.trust().isVerified()) {
      return "? " + describe(result).substring(2) + "\n" + trust;
    }
    return describe(result) + "\n" + trust;
  }

  static String describe(LateStartResult result) {
    if (!result.found()) {
      return "✘ No certificate "
          + result
              .certificatesRead()
              .map(
                  r ->
                      "in instances "
                          + Formats.unsigned(r.first())
                          + "–"
                          + Formats.unsigned(r.latest())
                          + " ")
              .orElse("")
          + "is validated by the trusted table (CID "
          + result.trustedTableCid()
          + ").";
    }
    String start =
        "Started at instance "
            + Formats.unsigned(result.startInstance())
            + " ("
            + result.startDescription()
            + "), reached instance "
            + Formats.unsigned(result.reachedInstance())
            + " after "
            + Formats.integer(result.validated())
            + " certificates; final table CID "
            + result.finalTableCid()
            + ".";
    return result
        .failure()
        .map(
            f ->
                "✘ "
                    + start
                    + " Certificate "
                    + Long.toUnsignedString(f.instance())
                    + " fails "
                    + f.reason()
                    + ": "
                    + f.message())
        .orElse("✔ " + start);
  }

  private void show(String text, Tone value) {
    result.set(text, value);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
