package io.f3console.app.ui.doctor;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.ConsoleContext;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionOutcomes;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bootstrap doctor against a node, for the network selected in the console: the checks
 * appear one by one as the core's {@link Doctor} finishes them, then the overall verdict. Each
 * run is recorded in the history (never the token).
 */
public final class DoctorViewModel {
  private final Workspace workspace;
  private final BackgroundLane lane;
  private final ObservableList<DoctorCheck> checks = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict",
      "Give a node's JSON-RPC endpoint and run the checks.");
  private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone",
      Tone.MUTED);
  private final DoctorOptions options = DoctorOptions.defaults();
  private final SessionRecorder history;

  public DoctorViewModel(ConsoleContext context) {
    this.workspace = context.workspace();
    this.lane = new BackgroundLane(context.runner(), "doctor");
    this.history = context.history();
  }

  /** The endpoint to suggest: the open node, else a local Lotus. */
  public String suggestedEndpoint() {
    for (String source : workspace.sources()) {
      if (source.startsWith(SourceKind.RPC.prefix() + ":")) {
        return source.substring(SourceKind.RPC.prefix().length() + 1);
      }
    }
    return "http://127.0.0.1:1234/rpc/v1";
  }

  /**
   * Runs the checks in the background; returns the problem with the input, if any.
   *
   * @param endpoint the node's URL (or an {@code rpc:} source string)
   * @param token the node's token, blank for none; sent only to this node, never shown
   */
  public Optional<String> run(String endpoint, String token) {
    NetworkProfile network = workspace.network();
    if (network == null) {
      return Optional.of("Select a network first.");
    }
    URI uri;
    SourceSpec spec;
    try {
      spec = SourceSpec.parse(endpoint);
      if (spec.kind() != SourceKind.RPC) {
        return Optional.of("The doctor checks a node: give its http:// or https:// URL.");
      }
      uri = URI.create(spec.location());
    } catch (F3Exception | IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    SourceOptions sourceOptions = token == null || token.isBlank() ? SourceOptions.defaults()
        : SourceOptions.defaults().withToken(token.strip());
    DoctorOptions chosen = options;
    checks.clear();
    tone.set(Tone.MUTED);
    verdict.set("Checking " + uri + " for " + network.key() + "…");
    SessionRecord.Builder session = SessionRecord.builder(SessionOrigin.CONSOLE,
        SessionKind.DOCTOR, "Doctor view").arguments(uri.toString()).network(network.key())
        .source("node", spec.toString());
    history.track(lane.submit("Bootstrap doctor", progress -> {
      try (LotusRpcClient client = LotusRpcClient.connect(uri, sourceOptions)) {
        return new Doctor(client, NetworkSelection.of(network), chosen)
            .run(check -> Platform.runLater(() -> checks.add(check)));
      }
    }, this::show), session, SessionOutcomes::doctor,
        sourceOptions.token().map(List::of).orElse(List.of()));
    return Optional.empty();
  }

  private void show(DoctorReport report) {
    checks.setAll(report.checks());
    CheckVerdict overall = report.overall();
    tone.set(toneOf(overall));
    verdict.set(icon(overall) + " " + switch (overall) {
      case PASS -> "Every check passed: F3 can bootstrap on this node.";
      case WARN -> "Nothing failed, but " + report.count(CheckVerdict.WARN)
          + " check(s) need attention.";
      case FAIL -> report.count(CheckVerdict.FAIL) + " check(s) failed: see the remedies below.";
      case SKIPPED -> "Nothing could be checked.";
    });
  }

  /** The icon of a verdict: never colour alone. */
  public static String icon(CheckVerdict verdict) {
    return switch (verdict) {
      case PASS -> "✔";
      case WARN -> "⚠";
      case FAIL -> "✘";
      case SKIPPED -> "–";
    };
  }

  /** The colour token of a verdict. */
  public static Tone toneOf(CheckVerdict verdict) {
    return switch (verdict) {
      case PASS -> Tone.SUCCESS;
      case WARN -> Tone.WARNING;
      case FAIL -> Tone.DANGER;
      case SKIPPED -> Tone.MUTED;
    };
  }

  /** The checks so far, in the order they ran. */
  public ObservableList<DoctorCheck> checks() {
    return checks;
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }
}
