package io.f3console.app.ui.release;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.CidMentions;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.ReleaseCheckPlan;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.bootstrap.SourceEvidence;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.source.SourceSpec;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The release engineer's check: the sources to compare (source strings), an optional candidate CID,
 * and the core's verdict with its Markdown report, for the network selected in the console. Each
 * run is recorded in the history with the table each source gave.
 */
public final class ReleaseCheckViewModel {
  private final Workspace workspace;
  private final BackgroundLane lane;
  private final SessionRecorder history;
  private final ObservableList<String> sources = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ReleaseCheckResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyStringWrapper verdict =
      new ReadOnlyStringWrapper(
          this,
          "verdict",
          "Add two or more independent sources of the initial power table, then run the check.");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
  private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
  private final ObservableList<String> verdictCids = FXCollections.observableArrayList();
  private final ObservableList<String> verdictCidsView =
      FXCollections.unmodifiableObservableList(verdictCids);

  /**
   * @param workspace the network selected and what is open
   * @param runner where the check runs, off the UI thread
   * @param history where each run is recorded
   */
  public ReleaseCheckViewModel(Workspace workspace, UiTaskRunner runner, SessionRecorder history) {
    this.workspace = java.util.Objects.requireNonNull(workspace, "workspace");
    this.lane = new BackgroundLane(runner, "release-check");
    this.history = java.util.Objects.requireNonNull(history, "history");
    verdict.addListener((obs, old, text) -> verdictCids.setAll(CidMentions.in(text)));
  }

  /** The sources to compare, as source strings. */
  public ObservableList<String> sources() {
    return sources;
  }

  /**
   * Adds a source string after checking its form; returns the problem, if any, which the verdict
   * then shows too.
   */
  public Optional<String> add(String text) {
    try {
      String spec = SourceSpec.parse(text).toString();
      if (!sources.contains(spec)) {
        sources.add(spec);
      }
      return Optional.empty();
    } catch (F3Exception e) {
      return refuse(e.getMessage());
    }
  }

  /** Shows a problem with the input as the verdict, in the danger colour, and returns it. */
  private Optional<String> refuse(String problem) {
    tone.set(Tone.DANGER);
    verdict.set("✘ " + problem);
    return Optional.of(problem);
  }

  /** Adds what the console has open (its table and certificates), if they came from sources. */
  public void addOpenSources() {
    for (String source : workspace.sources()) {
      add(source);
    }
  }

  /**
   * Runs the check in the background for the selected network.
   *
   * @param candidate the CID to confirm, or blank to confirm what the sources agree on
   * @param token the token for the node sources, blank for none; sent only to nodes, never shown,
   *     logged or recorded
   * @return the problem with the input, if any, which the verdict then shows too
   */
  public Optional<String> run(String candidate, String token) {
    NetworkProfile network = workspace.network();
    if (network == null) {
      return refuse("Select a network first.");
    }
    Optional<Cid> wanted;
    try {
      wanted =
          candidate == null || candidate.isBlank()
              ? Optional.empty()
              : Optional.of(Cid.fromString(candidate.strip()));
    } catch (F3Exception e) {
      return refuse("The candidate is not a CID: " + e.getMessage());
    }
    ReleaseCheckPlan plan;
    try {
      plan = ReleaseCheckPlan.of(network, wanted, List.copyOf(sources));
    } catch (F3Exception e) {
      return refuse(e.getMessage());
    }
    Optional<String> secret =
        token == null || token.isBlank() ? Optional.empty() : Optional.of(token.strip());
    verdict.set("Checking " + plan.sources().size() + " sources for " + network.key() + "…");
    tone.set(Tone.MUTED);
    SessionRecord.Builder session =
        ReleaseSession.begin(network.key(), plan.sources(), wanted.map(Cid::toString));
    history.track(
        lane.submit(
            "Release check for " + network.key(),
            progress -> plan.run(ReleaseCheckPlan.Access.token(secret)),
            checked -> show(checked.result())),
        session,
        ReleaseSession::checked,
        secret.map(List::of).orElse(List.of()));
    return Optional.empty();
  }

  private void show(ReleaseCheckResult checked) {
    result.set(checked);
    report.set(ReleaseReport.markdown(checked));
    String trust =
        checked.trust().map(t -> " Trust: " + t.state().word() + ": " + t.explanation()).orElse("");
    if (checked.confirmed()) {
      boolean verified = checked.trust().filter(t -> t.isVerified()).isPresent();
      tone.set(verified ? Tone.SUCCESS : Tone.WARNING);
      verdict.set(
          (verified ? "✔ Confirmed: " : "⚠ Confirmed (unverified): ")
              + checked.agreedCid().orElseThrow()
              + " — every source agrees and certificate 0"
              + " validates against it."
              + trust);
    } else {
      tone.set(Tone.DANGER);
      verdict.set(
          "✘ Not confirmed ("
              + checked.verdict().name().toLowerCase().replace('_', ' ')
              + "). "
              + (checked.distrusted().isEmpty()
                  ? ""
                  : "Distrust " + String.join(", ", checked.distrusted()) + ". ")
              + checked.remedy().orElse("")
              + trust);
    }
  }

  public ReadOnlyObjectProperty<ReleaseCheckResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  /** The CIDs the verdict names (the agreed one, those to distrust), to copy with a click. */
  public ObservableList<String> verdictCids() {
    return verdictCidsView;
  }

  /**
   * A row of the evidence as one line of text to copy: the source, its table's CID and entries, and
   * what its certificate 0 says.
   */
  public static String evidenceLine(SourceEvidence evidence) {
    return evidence.source()
        + " · "
        + evidenceCid(evidence)
        + " · "
        + evidence.entries().map(n -> n + " entries").orElse("no table")
        + " · certificate 0 "
        + ReleaseReport.zeroSummary(evidence.certificateZero());
  }

  /** A source's initial table CID, or what stands in for it when the source gave none. */
  public static String evidenceCid(SourceEvidence evidence) {
    return evidence.tableCid().map(Object::toString).orElse("— (certificates only)");
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  /** The Markdown report of the last check, empty before one ran. */
  public ReadOnlyStringProperty reportProperty() {
    return report.getReadOnlyProperty();
  }
}
