package io.f3console.core.network;

import java.util.Locale;

/** Whether a network profile describes an F3 network that is still running. */
public enum NetworkStatus {
  /** The network's F3 instance is live today. */
  CURRENT,
  /** An F3 network that has been replaced (its certificates remain valid history). */
  HISTORICAL;

  /** The lower-case name used in {@code networks.json}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
