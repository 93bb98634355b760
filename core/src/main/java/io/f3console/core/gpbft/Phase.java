package io.f3console.core.gpbft;

/**
 * The GossipPBFT phases (go-f3 {@code gpbft.Phase}). The phase byte is part of every signing
 * payload, so a signature for one phase can never be replayed as another; a finality certificate is
 * signed in {@link #DECIDE}.
 */
public enum Phase {
  INITIAL(0),
  QUALITY(1),
  CONVERGE(2),
  PREPARE(3),
  COMMIT(4),
  DECIDE(5),
  TERMINATED(6);

  private final int code;

  Phase(int code) {
    this.code = code;
  }

  /** The byte go-f3 writes for this phase. */
  public int code() {
    return code;
  }

  /**
   * The phase with this code.
   *
   * @throws IllegalArgumentException for a code outside 0..6
   */
  public static Phase ofCode(int code) {
    for (Phase phase : values()) {
      if (phase.code == code) {
        return phase;
      }
    }
    throw new IllegalArgumentException("no GPBFT phase has code " + code);
  }
}
