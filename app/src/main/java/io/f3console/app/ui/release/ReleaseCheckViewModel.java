package io.f3console.app.ui.release;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.ConsoleContext;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.ReleaseCheck;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.TableKeepingSource;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.source.Sources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The release engineer's check: the sources to compare (source strings), an optional candidate
 * CID, and the core's verdict with its Markdown report, for the network selected in the
 * console. Each run is recorded in the history with the table each source gave.
 */
public final class ReleaseCheckViewModel {
  private final Workspace workspace;
  private final BackgroundLane lane;
  private final SessionRecorder history;
  private final ObservableList<String> sources = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ReleaseCheckResult> result = new ReadOnlyObjectWrapper<>(
      this, "result");
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict",
      "Add two or more independent sources of the initial power table, then run the check.");
  private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone",
      Tone.MUTED);
  private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");

  public ReleaseCheckViewModel(ConsoleContext context) {
    this.workspace = context.workspace();
    this.lane = new BackgroundLane(context.runner(), "release-check");
    this.history = context.history();
  }

  /** The sources to compare, as source strings. */
  public ObservableList<String> sources() {
    return sources;
  }

  /** Adds a source string after checking its form; returns the problem, if any. */
  public Optional<String> add(String text) {
    try {
      String spec = SourceSpec.parse(text).toString();
      if (!sources.contains(spec)) {
        sources.add(spec);
      }
      return Optional.empty();
    } catch (F3Exception e) {
      return Optional.of(e.getMessage());
    }
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
   * @return the problem with the input, if any
   */
  public Optional<String> run(String candidate) {
    NetworkProfile network = workspace.network();
    if (network == null) {
      return Optional.of("Select a network first.");
    }
    Optional<Cid> wanted;
    try {
      wanted = candidate == null || candidate.isBlank() ? Optional.empty()
          : Optional.of(Cid.fromString(candidate.strip()));
    } catch (F3Exception e) {
      return Optional.of("The candidate is not a CID: " + e.getMessage());
    }
    List<String> chosen = List.copyOf(sources);
    verdict.set("Checking " + chosen.size() + " sources for " + network.key() + "…");
    tone.set(Tone.MUTED);
    SessionRecord.Builder session = ReleaseSession.begin(network.key(), chosen,
        wanted.map(Cid::toString));
    history.track(lane.submit("Release check for " + network.key(), progress -> check(network,
        wanted, chosen), checked -> show(checked.result())), session, ReleaseSession::checked);
    return Optional.empty();
  }

  private static ReleaseSession.Checked check(NetworkProfile network, Optional<Cid> candidate,
      List<String> chosen) throws Exception {
    List<TableKeepingSource> open = new ArrayList<>();
    try {
      for (String source : chosen) {
        open.add(new TableKeepingSource(Sources.open(source, SourceOptions.defaults())));
      }
      ReleaseCheckResult result = new ReleaseCheck(network).run(candidate,
          List.<DataSource>copyOf(open));
      Map<String, SourcedTable> tables = new HashMap<>();
      for (TableKeepingSource source : open) {
        source.initialTable().ifPresent(t -> tables.put(source.spec().toString(), t));
      }
      return new ReleaseSession.Checked(result, tables);
    } finally {
      for (DataSource source : open) {
        source.close();
      }
    }
  }

  private void show(ReleaseCheckResult checked) {
    result.set(checked);
    report.set(ReleaseReport.markdown(checked));
    if (checked.confirmed()) {
      tone.set(Tone.SUCCESS);
      verdict.set("✔ Confirmed: " + checked.agreedCid().orElseThrow() + " — every source agrees"
          + " and certificate 0 validates against it.");
    } else {
      tone.set(Tone.DANGER);
      verdict.set("✘ Not confirmed (" + checked.verdict().name().toLowerCase().replace('_', ' ')
          + "). " + checked.remedy().orElse(""));
    }
  }

  public ReadOnlyObjectProperty<ReleaseCheckResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  /** The Markdown report of the last check, empty before one ran. */
  public ReadOnlyStringProperty reportProperty() {
    return report.getReadOnlyProperty();
  }
}
