package io.f3console.app.ui.participation;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationSeries;
import java.util.AbstractList;
import java.util.List;

/** The rows of the participation view's tables, ready to display. */
public final class ParticipationRows {
  private ParticipationRows() {}

  /**
   * One instance of the chain.
   *
   * @param index its index in the loaded certificates (the stepper's index)
   * @param instance the instance
   * @param headEpoch the head epoch its certificate finalised
   * @param signedScaledPower the scaled power that signed
   * @param scaledTotal the committee's scaled total
   * @param share the signed share, 0–1
   * @param baseOnly whether the certificate decided only its base
   */
  public record InstanceRow(
      int index,
      long instance,
      long headEpoch,
      long signedScaledPower,
      long scaledTotal,
      double share,
      boolean baseOnly) {
    public String shareText() {
      return Formats.percent(share);
    }

    public String decisionText() {
      return baseOnly ? "base only" : "";
    }
  }

  /**
   * One absent member of the instance or window looked at.
   *
   * @param actor the miner
   * @param missedScaledPower the scaled power it left out, summed over the instances it missed
   * @param share that power's share of the scaled power of the instances looked at
   * @param instancesMissed how many of them it missed
   */
  public record MissingRow(
      ActorId actor, long missedScaledPower, double share, int instancesMissed) {
    public String shareText() {
      return Formats.percent(share);
    }
  }

  /**
   * One rate window of the miner looked up.
   *
   * @param window e.g. {@code last hour}
   * @param epochs the window in epochs, e.g. {@code 120 epochs}
   * @param instances instances in the window
   * @param signed e.g. {@code 57 of 60}
   * @param rate e.g. {@code 95.00%}, or {@code —} when it was in no committee of the window
   */
  public record RateRow(
      String window, String epochs, String instances, String signed, String rate) {
    static RateRow of(MinerTimeline.WindowRate rate) {
      return new RateRow(
          rate.window().label(),
          Formats.integer(rate.window().epochs()) + " epochs",
          Formats.integer(rate.instances()),
          Formats.integer(rate.signed()) + " of " + Formats.integer(rate.inCommittee()),
          rate.rate().map(Formats::percent).orElse("—"));
    }
  }

  /** A labelled value of the miner looked up. */
  public record Fact(String label, String value) {}

  /**
   * The instances from {@code from} to {@code to} of a series as rows made when asked for, so a
   * table over a million instances holds no million rows.
   */
  static List<InstanceRow> instances(ParticipationSeries series, int from, int to) {
    return new AbstractList<>() {
      @Override
      public InstanceRow get(int i) {
        int index = from + java.util.Objects.checkIndex(i, to - from);
        return new InstanceRow(
            index,
            series.instance(index),
            series.headEpoch(index),
            series.signedScaledPower(index),
            series.scaledTotal(index),
            series.share(index),
            series.baseOnly(index));
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /** The absentees of a missing-power ranking with their share of the power looked at. */
  static List<MissingRow> missing(MissingPower missing, long scaledPowerLookedAt) {
    return missing.absentees().stream()
        .map(
            a ->
                new MissingRow(
                    a.actor(),
                    a.missedScaledPower(),
                    scaledPowerLookedAt == 0
                        ? 0
                        : (double) a.missedScaledPower() / scaledPowerLookedAt,
                    a.instancesMissed()))
        .toList();
  }
}
