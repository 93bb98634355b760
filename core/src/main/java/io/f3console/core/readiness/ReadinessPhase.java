package io.f3console.core.readiness;

/**
 * The phases of a node's F3, in the order a healthy node passes through them (then the two that
 * mean trouble). Forest's early health checks called a node before its bootstrap epoch "not
 * running" (forest #4955, #6515); here that is {@link #PENDING}, which is not a failure.
 */
public enum ReadinessPhase {
  /** The chain has not reached the manifest's bootstrap epoch: F3 waits, as it should. */
  PENDING("pending"),
  /** Past the bootstrap epoch, F3 runs but has no finality certificate yet. */
  BOOTSTRAPPING("bootstrapping"),
  /** The latest certificate is further behind the chain head than allowed, and F3 advanced. */
  CATCHING_UP("catching up"),
  /** The latest certificate is within the allowed lag of the chain head. */
  IN_SYNC("in sync"),
  /** Behind the chain head by more than allowed, and F3 did not advance while watched. */
  STALLED("stalled"),
  /** F3 is disabled, absent from the node, or not running past the bootstrap epoch. */
  NOT_RUNNING("not running");

  private final String label;

  ReadinessPhase(String label) {
    this.label = label;
  }

  /** The phase as an operator reads it ("in sync"). */
  public String label() {
    return label;
  }
}
