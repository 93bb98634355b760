package io.f3console.core.health;

/** How the silence since the last new certificate was judged. */
public enum SilenceBasis {
  /**
   * Observed: the time since the newest certificate was first seen in this run (a lower bound of
   * the true silence, which may have begun before the run).
   */
  OBSERVED,
  /**
   * From one observation: the lag in epoch time (lag × block delay), the age of the newest
   * finalised tipset. A certificate cannot be older than the tipset it finalises, so this is an
   * upper bound of the silence: a stall is never missed, and a certificate that came late may be
   * judged silent early.
   */
  LAG_EPOCH_TIME,
  /** Not judged: no chain head was read. */
  NONE
}
