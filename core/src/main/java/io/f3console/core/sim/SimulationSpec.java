package io.f3console.core.sim;

import java.util.Objects;

/**
 * What a synthetic network looks like. The same spec always gives the same network, byte for byte:
 * every random choice comes from {@code seed}.
 *
 * @param seed the seed of every random choice and every secret key
 * @param participants the size of the initial committee (at least 4)
 * @param instances how many certificates to make
 * @param networkName the F3 network name the certificates are signed for
 * @param churn how much the committee changes per instance
 */
public record SimulationSpec(
    long seed, int participants, int instances, String networkName, Churn churn) {

  /** The largest committee a power table may hold. */
  public static final int MAX_PARTICIPANTS = 8192;

  public SimulationSpec {
    if (participants < 4 || participants > MAX_PARTICIPANTS) {
      throw new IllegalArgumentException(
          "participants must be between 4 and " + MAX_PARTICIPANTS + ", got " + participants);
    }
    if (instances < 0) {
      throw new IllegalArgumentException("instances must not be negative, got " + instances);
    }
    Objects.requireNonNull(networkName, "networkName");
    if (networkName.isEmpty()) {
      throw new IllegalArgumentException("the network name must not be empty");
    }
    Objects.requireNonNull(churn, "churn");
  }

  /** A network with the default churn: power changes every instance, occasional joins etc. */
  public static SimulationSpec of(long seed, int participants, int instances, String networkName) {
    return new SimulationSpec(seed, participants, instances, networkName, Churn.DEFAULT);
  }

  /**
   * Per-instance probabilities of committee changes.
   *
   * @param powerChange the chance that an instance changes some participants' power
   * @param join the chance that a new participant joins
   * @param leave the chance that a participant leaves (its power drops to zero)
   * @param keyRotation the chance that a participant rotates its worker key
   * @param exactThreshold the chance that the signers hold exactly the quorum threshold
   */
  public record Churn(
      double powerChange, double join, double leave, double keyRotation, double exactThreshold) {
    /** Mainnet-like: the table changes at almost every instance, and its order with it. */
    public static final Churn DEFAULT = new Churn(0.95, 0.05, 0.04, 0.04, 0.2);

    /** A committee that never changes. */
    public static final Churn NONE = new Churn(0, 0, 0, 0, 0.2);

    public Churn {
      for (double p : new double[] {powerChange, join, leave, keyRotation, exactThreshold}) {
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException("probabilities must be in [0, 1], got " + p);
        }
      }
    }
  }
}
