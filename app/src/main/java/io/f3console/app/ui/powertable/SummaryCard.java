package io.f3console.app.ui.powertable;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableStatistics;
import java.util.List;
import java.util.Objects;

/**
 * One figure of the summary above the table.
 *
 * @param key names the card; its nodes get the ids {@code summary-KEY} (the value) and {@code
 *     summary-KEY-detail}
 * @param title what the figure is
 * @param value the figure
 * @param detail a few words beside it
 * @param tooltip the explanation, or the exact value
 * @param tone how it should look: {@link Tone#NORMAL} unless it flags a problem
 */
public record SummaryCard(
    String key, String title, String value, String detail, String tooltip, Tone tone) {

  /** Whether a figure flags something. */
  public enum Tone {
    NORMAL,
    GOOD,
    WARNING,
    DANGER
  }

  public SummaryCard {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(tooltip, "tooltip");
    Objects.requireNonNull(tone, "tone");
  }

  /** The cards of an analysed table, in the order they are shown. */
  static List<SummaryCard> of(TableAnalysis analysis) {
    PowerTableStatistics s = analysis.statistics();
    PowerTable table = analysis.table();
    int invalid = analysis.keys().invalid().size();
    int shared = analysis.keys().sharedKeys().size();
    int sharing = analysis.entriesWithSharedKeys();
    SummaryCard largest =
        s.rows().isEmpty()
            ? new SummaryCard(
                "largest", "Largest participant", "—", "", "The table is empty.", Tone.NORMAL)
            : new SummaryCard(
                "largest",
                "Largest participant",
                Formats.percent(s.rows().get(0).share()),
                s.rows().get(0).entry().id().address(),
                s.rows().get(0).entry().id().address()
                    + " holds "
                    + Formats.power(s.rows().get(0).entry().power())
                    + " of "
                    + Formats.power(s.total())
                    + ": the largest share of the power (rank 1).",
                Tone.NORMAL);
    return List.of(
        largest,
        new SummaryCard(
            "entries",
            "Entries",
            Formats.integer(s.entries()),
            table.isCanonicalOrder() ? "canonical order" : "⚠ not canonical",
            table.isCanonicalOrder()
                ? "Sorted as go-f3 sorts tables: power descending, then actor ID."
                : "Entry "
                    + table.firstOutOfOrderIndex()
                    + " breaks go-f3's canonical order"
                    + " (power descending, then actor ID); the CID depends on the order.",
            table.isCanonicalOrder() ? Tone.NORMAL : Tone.WARNING),
        new SummaryCard(
            "total",
            "Total power",
            Formats.power(s.total()),
            "",
            Formats.exactBytes(s.total()),
            Tone.NORMAL),
        new SummaryCard(
            "scaled-total",
            "Scaled total",
            Formats.integer(s.scaledTotal()),
            "of " + Formats.integer(PowerTable.MAX_SCALED_POWER),
            "Each entry's power scaled to 65,535 and rounded down, summed (go-f3 ScaledTotal).",
            Tone.NORMAL),
        new SummaryCard(
            "threshold",
            "Quorum threshold",
            Formats.integer(s.quorumThreshold()),
            "⌈2/3 × " + Formats.integer(s.scaledTotal()) + "⌉",
            "A certificate needs signers holding at least ⌈2/3 × "
                + Formats.integer(s.scaledTotal())
                + "⌉ = "
                + Formats.integer(s.quorumThreshold())
                + " scaled power (strong quorum).",
            Tone.NORMAL),
        new SummaryCard(
            "top-one-third",
            "Largest holding 1/3",
            Formats.integer(s.topHoldingOneThird()),
            "participants",
            "The "
                + Formats.integer(s.topHoldingOneThird())
                + " largest participants together hold at least 1/3 of the power: enough to"
                + " stop finality.",
            Tone.NORMAL),
        new SummaryCard(
            "top-two-thirds",
            "Largest holding 2/3",
            Formats.integer(s.topHoldingTwoThirds()),
            Formats.integer(s.topReachingQuorum()) + " reach quorum",
            "The "
                + Formats.integer(s.topHoldingTwoThirds())
                + " largest participants hold at least 2/3 of the power; the "
                + Formats.integer(s.topReachingQuorum())
                + " largest reach the strong-quorum threshold in scaled power.",
            Tone.NORMAL),
        new SummaryCard(
            "zero-scaled",
            "Scaled to zero",
            Formats.integer(s.zeroScaledEntries()),
            "entries",
            "Participants whose scaled power rounds down to 0: their signatures add nothing"
                + " to a quorum.",
            Tone.NORMAL),
        new SummaryCard(
            "invalid-keys",
            "Invalid keys",
            Formats.integer(invalid),
            invalid == 0 ? "✔ all valid" : "✘ go-f3 refuses",
            invalid == 0
                ? "Every worker key is a valid compressed BLS12-381 G1 point in the subgroup."
                : "go-f3 refuses every certificate of this committee while any key is invalid.",
            invalid == 0 ? Tone.GOOD : Tone.DANGER),
        new SummaryCard(
            "shared-keys",
            "Shared keys",
            Formats.integer(shared),
            shared == 0 ? "none" : "used by " + Formats.integer(sharing) + " entries",
            "Keys used by more than one miner: go-f3 allows it, but their signatures cannot be"
                + " told apart.",
            shared == 0 ? Tone.NORMAL : Tone.WARNING));
  }
}
