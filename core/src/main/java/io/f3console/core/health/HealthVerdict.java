package io.f3console.core.health;

import java.util.List;

/** What a round of following a node concluded. */
public enum HealthVerdict {
  /** Every rule held. */
  HEALTHY,
  /** At least one rule did not hold. */
  ALERT,
  /** The node could not be reached or did not give what was asked. */
  UNREACHABLE;

  /** {@link #HEALTHY} without alerts, else {@link #ALERT}. */
  public static HealthVerdict of(List<Alert> alerts) {
    return alerts.isEmpty() ? HEALTHY : ALERT;
  }
}
