package io.f3console.app.ui.participation;

import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.participation.ParticipationRows.Fact;
import io.f3console.app.ui.participation.ParticipationRows.RateRow;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.ParticipationData;
import io.f3console.core.participation.RateWindow;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The participation view's miner lookup: the miner typed (or selected in another view), its
 * timeline from core ({@link MinerTimeline}, computed in the background), its counts and streaks,
 * and its rates over the last hour, day, week and 30 days. FX thread only.
 */
public final class MinerLookup {
  static final String LANE = "participation-miner";

  /** What the rate windows mean, for the view. */
  public static final String WINDOWS_NOTE =
      "Rates over the instances whose certificate's head"
          + " epoch lies within the last 120 (hour), 2,880 (day), 20,160 (week) or 86,400"
          + " (30 days) epochs of "
          + RateWindow.EPOCH_SECONDS
          + " s before the newest head epoch"
          + " loaded.";

  private final Background background;
  private final ObjectProperty<ActorId> miner = new SimpleObjectProperty<>(this, "miner");
  private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
  private final ReadOnlyObjectWrapper<MinerTimeline> timeline =
      new ReadOnlyObjectWrapper<>(this, "timeline");
  private final ObservableList<Fact> facts = FXCollections.observableArrayList();
  private final ObservableList<RateRow> rates = FXCollections.observableArrayList();
  private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
  private final ObservableList<RateRow> ratesView = FXCollections.unmodifiableObservableList(rates);
  private ParticipationData participation;

  MinerLookup(Background background) {
    this.background = background;
    miner.addListener((obs, old, actor) -> refresh());
  }

  /** The miner looked up (the workspace's selected participant in the console). */
  public ObjectProperty<ActorId> miner() {
    return miner;
  }

  /** One line on the miner: what it signed, or why nothing is shown. */
  public ReadOnlyStringProperty headline() {
    return headline.getReadOnlyProperty();
  }

  /** The miner's state per instance; null when none is shown. */
  public ReadOnlyObjectProperty<MinerTimeline> timeline() {
    return timeline.getReadOnlyProperty();
  }

  /** Its counts, rate, first and last signed instance and absence streaks. */
  public ObservableList<Fact> facts() {
    return factsView;
  }

  /** Its rates over the last hour, day, week and 30 days. */
  public ObservableList<RateRow> rates() {
    return ratesView;
  }

  /** Looks up what someone typed, {@code f01234} or {@code 1234}; false when it is no ID. */
  public boolean lookUp(String typed) {
    ActorId actor;
    try {
      actor = ActorId.parse(typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      headline.set(
          "\""
              + typed
              + "\" is not an actor ID: type f01234 or 1234."
              + (timeline.get() == null
                  ? ""
                  : " Still showing " + timeline.get().actor().address() + "."));
      return false;
    }
    if (actor.equals(miner.get())) {
      refresh();
    } else {
      miner.set(actor);
    }
    return true;
  }

  /** The strip from {@code from} to {@code to}; empty when no miner is shown. */
  List<MinerTimeline.StripBucket> strip(int from, int to, int maxBuckets) {
    MinerTimeline shown = timeline.get();
    if (shown == null || to <= from || to > shown.size()) {
      return List.of();
    }
    return shown.strip(from, to, Math.max(1, maxBuckets));
  }

  /** Looks the miner up again in {@code newParticipation} (null when none is known). */
  void follow(ParticipationData newParticipation) {
    participation = newParticipation;
    refresh();
  }

  private void refresh() {
    ActorId actor = miner.get();
    ParticipationData p = participation;
    facts.clear();
    rates.clear();
    timeline.set(null);
    if (actor == null) {
      headline.set("Type a miner, f01234 or 1234, and press Enter.");
      return;
    }
    if (p == null || p.isEmpty()) {
      headline.set("No validated certificates to look " + actor.address() + " up in.");
      return;
    }
    headline.set("Looking up " + actor.address() + "…");
    background.compute(
        LANE,
        "Looking up " + actor.address(),
        () -> p.timeline(actor),
        result -> {
          if (participation == p && actor.equals(miner.get())) {
            show(result);
          }
        });
  }

  private void show(MinerTimeline result) {
    MinerParticipation summary = result.summary();
    String actor = result.actor().address();
    if (summary.inCommittee() == 0) {
      headline.set(
          actor
              + " was in no committee of the "
              + Formats.integer(result.size())
              + " instances loaded.");
      return;
    }
    timeline.set(result);
    headline.set(
        actor
            + " signed "
            + Formats.integer(summary.signed())
            + " of the "
            + Formats.integer(summary.inCommittee())
            + " instances whose committee it was in ("
            + Formats.percent(summary.rate())
            + ").");
    facts.setAll(
        List.of(
            new Fact("Signed", Formats.integer(summary.signed())),
            new Fact("Absent", Formats.integer(summary.absent())),
            new Fact("Out of the committee", Formats.integer(summary.notInCommittee())),
            new Fact("Rate", Formats.percent(summary.rate())),
            new Fact("First signed", instance(summary.firstSigned())),
            new Fact("Last signed", instance(summary.lastSigned())),
            new Fact("Current absence", streak(summary.currentAbsence())),
            new Fact("Longest absence", streak(summary.longestAbsence()))));
    rates.setAll(result.rates().stream().map(RateRow::of).toList());
  }

  private static String instance(OptionalLong instance) {
    return instance.isPresent() ? "instance " + Formats.unsigned(instance.getAsLong()) : "never";
  }

  private static String streak(long instances) {
    return Formats.integer(instances) + (instances == 1 ? " instance" : " instances");
  }
}
