package io.f3console.app.ui.participation;

import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.participation.ParticipationRows.InstanceRow;
import io.f3console.app.ui.participation.ParticipationRows.MissingRow;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.participation.ChainParticipation;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationData;
import io.f3console.core.participation.ParticipationMarkdown;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationSeries;
import io.f3console.core.store.StoreException;
import io.f3console.core.store.StoredParticipationData;
import io.f3console.core.trust.ChainVerdict;
import io.f3console.core.trust.TrustedValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The participation view's state: the participation of the validated certificates (core's {@link
 * ChainParticipation}, computed in the background), the window of instances on show (zoom and pan),
 * the selected instance, the missing power of that instance or of the window, and the miner looked
 * up ({@link MinerLookup}). Verdicts and numbers come from core; this only chooses what to show and
 * words it. FX thread only.
 */
public final class ParticipationViewModel {
  /** The fewest instances a zoomed window shows. */
  static final int MIN_SPAN = 10;

  /** The most instances the missing power of a window is ranked over: the window's last. */
  static final int MISSING_LIMIT = 10_000;

  static final String LANE = "participation";
  static final String MISSING_LANE = "participation-missing";

  /** The most absentees a report lists. */
  static final int REPORT_ABSENTEES = 50;

  private final Background background;
  private final ReadOnlyObjectWrapper<ParticipationData> participation =
      new ReadOnlyObjectWrapper<>(this, "participation");
  private final BooleanBinding hasReport = participation.isNotNull();
  private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
  private final ReadOnlyIntegerWrapper viewFrom = new ReadOnlyIntegerWrapper(this, "viewFrom");
  private final ReadOnlyIntegerWrapper viewTo = new ReadOnlyIntegerWrapper(this, "viewTo");
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
  private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper(this, "rangeText", "");
  private final ReadOnlyObjectWrapper<List<InstanceRow>> instanceRows =
      new ReadOnlyObjectWrapper<>(this, "instanceRows", List.of());
  private final ReadOnlyStringWrapper missingTitle =
      new ReadOnlyStringWrapper(this, "missingTitle", "");
  private final ObservableList<MissingRow> missingRows = FXCollections.observableArrayList();
  private final ObservableList<MissingRow> missingView =
      FXCollections.unmodifiableObservableList(missingRows);
  private final MinerLookup lookup;
  private IntConsumer opener = index -> {};
  private LoadedChain chain;

  /** The newest store read asked for, so that an older answer is dropped. */
  private Object storeToken;

  /** The missing power of the table on show, once ranked. */
  private Optional<MissingPower> lastMissing = Optional.empty();

  public ParticipationViewModel(Background background) {
    this.background = Objects.requireNonNull(background, "background");
    this.lookup = new MinerLookup(background);
    load(null);
  }

  // ---- what the view shows

  /** The participation on show; null while none is known. */
  public ReadOnlyObjectProperty<ParticipationData> participation() {
    return participation.getReadOnlyProperty();
  }

  /** The data's verdict in one line, with its icon: what the numbers below stand on. */
  public ReadOnlyStringProperty headline() {
    return headline.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> tone() {
    return tone.getReadOnlyProperty();
  }

  /** What the verdict means, or what to open. */
  public ReadOnlyStringProperty detail() {
    return detail.getReadOnlyProperty();
  }

  /** The first index of the window on show. */
  public ReadOnlyIntegerProperty viewFrom() {
    return viewFrom.getReadOnlyProperty();
  }

  /** One past the last index of the window on show. */
  public ReadOnlyIntegerProperty viewTo() {
    return viewTo.getReadOnlyProperty();
  }

  /** The selected instance's index, or -1 (then the missing power is the window's). */
  public ReadOnlyIntegerProperty selected() {
    return selected.getReadOnlyProperty();
  }

  /** {@code instances 0–59 (60 of 60)}. */
  public ReadOnlyStringProperty rangeText() {
    return rangeText.getReadOnlyProperty();
  }

  /** Every instance, made when a table asks for it (index = the stepper's index). */
  public ReadOnlyObjectProperty<List<InstanceRow>> instanceRows() {
    return instanceRows.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty missingTitle() {
    return missingTitle.getReadOnlyProperty();
  }

  /** The absent members of the selected instance or the window, most missed power first. */
  public ObservableList<MissingRow> missingRows() {
    return missingView;
  }

  /** The miner lookup: the miner, its counts, strip and rates. */
  public MinerLookup lookup() {
    return lookup;
  }

  /** Core's caveat, shown wherever participation is. */
  public String caveat() {
    return ParticipationReport.CAVEAT;
  }

  /** The chart's buckets for the window on show, at most {@code maxBuckets}. */
  public List<ParticipationSeries.Bucket> buckets(int maxBuckets) {
    ParticipationData p = participation.get();
    if (p == null || p.isEmpty()) {
      return List.of();
    }
    return p.series().buckets(viewFrom.get(), viewTo.get(), Math.max(1, maxBuckets));
  }

  /** The looked-up miner's strip over the window on show; empty when none is looked up. */
  public List<MinerTimeline.StripBucket> strip(int maxBuckets) {
    return lookup.strip(viewFrom.get(), viewTo.get(), maxBuckets);
  }

  /** Whether there is participation on show, so a report to copy or export. */
  public BooleanBinding hasReport() {
    return hasReport;
  }

  /**
   * The participation on show as Markdown (core's report): the data's verdict, the window's signed
   * shares, and the absentees of the missing-power table once ranked; empty when no participation
   * is on show.
   */
  public String markdown() {
    ParticipationData p = participation.get();
    if (p == null) {
      return "";
    }
    return ParticipationMarkdown.of(
        headline.get(),
        detail.get(),
        p.series(),
        viewFrom.get(),
        viewTo.get(),
        lastMissing,
        REPORT_ABSENTEES);
  }

  // ---- commands

  /** Shows a chain: null when none is open. Participation is computed in the background. */
  public void load(LoadedChain loaded) {
    clear(loaded);
    storeToken = null;
    if (loaded == null || loaded.certificates().isEmpty()) {
      say(
          Tone.MUTED,
          "No certificates open",
          "Open finality certificates with the power table"
              + " they start from (File ▸ Open files…), or a demo network (File ▸ Open demo"
              + " network), to see who signed them.");
      lookup.follow(participation.get());
      return;
    }
    Optional<ChainInspection> inspection = loaded.inspection();
    if (inspection.isEmpty()) {
      say(
          Tone.WARNING,
          "⚠ Open a power table to validate these certificates",
          "Who signed is"
              + " read against each instance's committee, which only validation from a starting"
              + " table gives.");
      lookup.follow(participation.get());
      return;
    }
    say(
        Tone.MUTED,
        "Reading who signed " + Formats.integer(loaded.certificates().size()) + " certificates…",
        "");
    lookup.follow(null);
    ChainInspection validated = inspection.get();
    background.compute(
        LANE,
        "Reading participation",
        () -> {
          ChainParticipation result = ChainParticipation.ofValidated(validated);
          result.series();
          return result;
        },
        result -> {
          if (chain == loaded) {
            show(loaded, result);
          }
        });
  }

  /** Selects an instance by index; -1 clears the selection (the window's missing power). */
  public void select(int index) {
    int chosen = index >= 0 && index < size() ? index : -1;
    if (chosen != selected.get()) {
      selected.set(chosen);
      updateMissing();
    }
  }

  /**
   * Opens the instance at {@code index} in the certificate stepper, when its certificate is loaded
   * (a stored instance is only selected).
   */
  public void open(int index) {
    if (index >= 0 && index < size()) {
      select(index);
      if (participation.get().canOpen(index)) {
        opener.accept(index);
      }
    }
  }

  /**
   * Shows the certificate store {@code file} of the F3 network {@code network}: every stored
   * instance, read in the background, with the store's trust.
   */
  public void loadStore(Path file, String network) {
    clear(null);
    lookup.follow(null);
    say(Tone.MUTED, "Reading the certificate store " + file.getFileName() + "…", "");
    Object token = new Object();
    storeToken = token;
    background.compute(
        LANE,
        "Reading the certificate store",
        () -> StoreRead.of(file, network),
        read -> {
          if (storeToken != token || chain != null) {
            return;
          }
          if (read.data() != null) {
            showStore(read.data());
          } else if (read.missing()) {
            say(Tone.MUTED, "No certificate store for " + network + " yet", read.error());
          } else {
            say(Tone.DANGER, "✘ The certificate store cannot be shown", read.error());
          }
        });
  }

  /** A store read in the background: its participation, or why it could not be read. */
  private record StoreRead(StoredParticipationData data, String error, boolean missing) {
    static StoreRead of(Path file, String network) {
      try {
        return new StoreRead(StoredParticipationData.open(file, network), null, false);
      } catch (StoreException e) {
        return new StoreRead(null, e.getMessage(), !Files.exists(file));
      }
    }
  }

  /** Forgets what is on show; {@code loaded} is the chain to show next, if any. */
  private void clear(LoadedChain loaded) {
    chain = loaded;
    participation.set(null);
    instanceRows.set(List.of());
    selected.set(-1);
    setRange(0, 0);
    missingRows.clear();
    missingTitle.set("");
  }

  private void showStore(StoredParticipationData data) {
    participation.set(data);
    String span =
        "instances "
            + Formats.unsigned(data.series().instance(0))
            + "–"
            + Formats.unsigned(data.series().instance(data.size() - 1));
    String count = Formats.integer(data.size()) + " stored instances, " + span;
    String where =
        "From "
            + data.file()
            + "; each certificate was validated before it was"
            + " stored. Instances open in the stepper only when loaded.";
    if (data.verified()) {
      say(Tone.SUCCESS, "✔ " + count + ", validated from a verified starting table", where);
    } else if (data.trust().isMismatch()) {
      say(
          Tone.DANGER,
          "✘ " + count + ": the store's starting table is not the network's",
          data.trust().explanation() + " " + where);
    } else {
      say(
          Tone.WARNING,
          "⚠ "
              + count
              + ", unverified: "
              + (data.unchecked() > 0
                  ? Formats.integer(data.unchecked())
                      + " certificates were stored without their"
                      + " signatures checked"
                  : data.trust().explanation()),
          where);
    }
    setRange(0, data.size());
    updateMissing();
    lookup.follow(data);
  }

  /** Opens the selected instance in the stepper, if one is selected. */
  public void openSelected() {
    open(selected.get());
  }

  /** Where {@link #open} goes: the console selects the certificate and shows the stepper. */
  public void setOpener(IntConsumer opener) {
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** Shows {@code factor} times as many instances, keeping {@code anchor} where it is. */
  public void zoom(double factor, int anchor) {
    int size = size();
    if (size == 0) {
      return;
    }
    int from = viewFrom.get();
    int span = viewTo.get() - from;
    int wanted = (int) Math.round(span * factor);
    int newSpan = Math.max(Math.min(MIN_SPAN, size), Math.min(size, wanted));
    if (newSpan == span && factor != 1) {
      newSpan =
          factor < 1 ? Math.max(Math.min(MIN_SPAN, size), span - 1) : Math.min(size, span + 1);
    }
    int at = Math.max(from, Math.min(viewTo.get() - 1, anchor));
    double relative = span == 0 ? 0 : (double) (at - from) / span;
    int newFrom = (int) Math.round(at - relative * newSpan);
    showRange(newFrom, newFrom + newSpan);
  }

  /** Zooms in on the middle of the window (or the selected instance when on show). */
  public void zoomIn() {
    zoom(0.5, anchor());
  }

  public void zoomOut() {
    zoom(2, anchor());
  }

  /** Moves the window by {@code delta} instances, staying within the chain. */
  public void pan(int delta) {
    int span = viewTo.get() - viewFrom.get();
    showRange(viewFrom.get() + delta, viewFrom.get() + delta + span);
  }

  /** Moves a quarter of the window back. */
  public void panLeft() {
    pan(-Math.max(1, (viewTo.get() - viewFrom.get()) / 4));
  }

  public void panRight() {
    pan(Math.max(1, (viewTo.get() - viewFrom.get()) / 4));
  }

  /** Shows every instance. */
  public void showAll() {
    showRange(0, size());
  }

  /** Shows the instances from {@code from} to {@code to} (exclusive), kept in the chain. */
  public void showRange(int from, int to) {
    int size = size();
    int span = Math.max(Math.min(MIN_SPAN, size), Math.min(size, to - from));
    int start = Math.max(0, Math.min(from, size - span));
    if (start != viewFrom.get() || start + span != viewTo.get()) {
      setRange(start, start + span);
      if (selected.get() < 0) {
        updateMissing();
      }
    }
  }

  // ---- state

  private int size() {
    ParticipationData p = participation.get();
    return p == null ? 0 : p.size();
  }

  private int anchor() {
    int s = selected.get();
    return s >= viewFrom.get() && s < viewTo.get() ? s : (viewFrom.get() + viewTo.get()) / 2;
  }

  private void show(LoadedChain loaded, ChainParticipation result) {
    ChainInspection inspection = loaded.inspection().orElseThrow();
    participation.set(result);
    String span =
        result.isEmpty()
            ? ""
            : "instances "
                + Formats.unsigned(result.series().instance(0))
                + "–"
                + Formats.unsigned(result.series().instance(result.size() - 1));
    String count =
        Formats.integer(result.size()) + (result.size() == 1 ? " certificate" : " certificates");
    ChainVerdict verdict =
        loaded
            .verdict()
            .orElse(
                inspection.result().valid() ? ChainVerdict.VALID_UNVERIFIED : ChainVerdict.INVALID);
    String meaning = loaded.judged().flatMap(TrustedValidation::explanation).orElse("");
    switch (verdict) {
      case VALID ->
          say(
              Tone.SUCCESS,
              "✔ " + count + ", " + span + ", validated from a" + " verified starting table",
              meaning);
      case VALID_UNVERIFIED ->
          say(
              Tone.WARNING,
              "⚠ " + count + ", " + span + ", consistent" + " with a starting table nothing proves",
              meaning);
      case UNTRUSTED_POWER_TABLE ->
          say(
              Tone.DANGER,
              "✘ "
                  + count
                  + ", "
                  + span
                  + ": the"
                  + " starting table is not the network's, so neither is this participation",
              meaning);
      case INVALID ->
          say(
              Tone.DANGER,
              "✘ "
                  + StageExplanation.chainVerdict(inspection)
                  + (result.isEmpty()
                      ? "; no certificate validated, so nothing to show"
                      : "; shown: the " + count + " before it (" + span + ")"),
              meaning);
    }
    setRange(0, result.size());
    updateMissing();
    lookup.follow(participation.get());
  }

  private void setRange(int from, int to) {
    viewFrom.set(from);
    viewTo.set(to);
    ParticipationData p = participation.get();
    if (p == null || p.isEmpty()) {
      rangeText.set("");
      instanceRows.set(List.of());
      return;
    }
    ParticipationSeries series = p.series();
    rangeText.set(
        "instances "
            + Formats.unsigned(series.instance(from))
            + "–"
            + Formats.unsigned(series.instance(to - 1))
            + " ("
            + Formats.integer(to - from)
            + " of "
            + Formats.integer(p.size())
            + ")");
    if (instanceRows.get().size() != p.size()) {
      instanceRows.set(ParticipationRows.instances(series, 0, p.size()));
    }
  }

  private void updateMissing() {
    lastMissing = Optional.empty();
    ParticipationData p = participation.get();
    if (p == null || p.isEmpty()) {
      missingRows.clear();
      missingTitle.set("");
      return;
    }
    int to = selected.get() >= 0 ? selected.get() + 1 : viewTo.get();
    int from = selected.get() >= 0 ? selected.get() : Math.max(viewFrom.get(), to - MISSING_LIMIT);
    ParticipationSeries series = p.series();
    String what =
        to - from == 1
            ? "instance " + Formats.unsigned(series.instance(from))
            : "instances "
                + Formats.unsigned(series.instance(from))
                + "–"
                + Formats.unsigned(series.instance(to - 1))
                + (from > viewFrom.get()
                    ? " (the last " + Formats.integer(MISSING_LIMIT) + " of the window on show)"
                    : " (the window on show)");
    missingTitle.set("Missing power in " + what + "…");
    background.compute(
        MISSING_LANE,
        "Ranking the missing power",
        () -> {
          long lookedAt = 0;
          for (int i = from; i < to; i++) {
            lookedAt += series.scaledTotal(i);
          }
          MissingPower missing = p.missing(from, to);
          return new Ranked(missing, ParticipationRows.missing(missing, lookedAt));
        },
        ranked -> {
          if (participation.get() == p) {
            List<MissingRow> rows = ranked.rows();
            lastMissing = Optional.of(ranked.missing());
            missingRows.setAll(rows);
            missingTitle.set(
                "Missing power in "
                    + what
                    + ": "
                    + Formats.integer(rows.size())
                    + (rows.size() == 1 ? " absentee" : " absentees")
                    + ", most missed scaled power"
                    + " first"
                    + (to - from == 1 ? "" : " (summed over the instances they missed)"));
          }
        });
  }

  private void say(Tone newTone, String text, String more) {
    tone.set(newTone);
    headline.set(text);
    detail.set(more);
  }

  /** The missing power of a range, and its rows. */
  private record Ranked(MissingPower missing, List<MissingRow> rows) {}
}
