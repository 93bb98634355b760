package io.f3console.core.participation;

/**
 * The windows participation rates are given over, measured in epochs of 30 seconds back from the
 * head epoch of the newest instance looked at: an instance is in the window when its certificate's
 * head epoch is within the window's last epochs.
 */
public enum RateWindow {
  HOUR("last hour", 120),
  DAY("last day", 2_880),
  WEEK("last week", 20_160),
  MONTH("last 30 days", 86_400);

  /** Seconds per Filecoin epoch. */
  public static final int EPOCH_SECONDS = 30;

  private final String label;
  private final long epochs;

  RateWindow(String label, long epochs) {
    this.label = label;
    this.epochs = epochs;
  }

  /** E.g. {@code last hour}. */
  public String label() {
    return label;
  }

  /** The window's length in epochs. */
  public long epochs() {
    return epochs;
  }

  /** Whether a head epoch falls in this window ending at {@code newestHeadEpoch}. */
  public boolean contains(long headEpoch, long newestHeadEpoch) {
    return headEpoch > newestHeadEpoch - epochs && headEpoch <= newestHeadEpoch;
  }
}
