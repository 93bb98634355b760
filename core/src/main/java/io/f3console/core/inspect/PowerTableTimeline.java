package io.f3console.core.inspect;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.gpbft.PowerTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The committee (power table) of every instance a chain of certificates reaches, without keeping
 * every table in memory: some tables are kept as checkpoints and the others are rebuilt from the
 * nearest checkpoint by applying the certificates' deltas, as go-f3 does.
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class PowerTableTimeline {
  /** How many table entries the checkpoints may hold in all before they are thinned out. */
  static final long ENTRY_BUDGET = 400_000;

  private final long firstInstance;
  private final long lastInstance;
  private final List<FinalityCertificate> certificates;
  private final TreeMap<Long, PowerTable> checkpoints;

  private PowerTableTimeline(
      long firstInstance,
      long lastInstance,
      List<FinalityCertificate> certificates,
      TreeMap<Long, PowerTable> checkpoints) {
    this.firstInstance = firstInstance;
    this.lastInstance = lastInstance;
    this.certificates = certificates;
    this.checkpoints = checkpoints;
  }

  /** The first instance with a known committee. */
  public long firstInstance() {
    return firstInstance;
  }

  /** The last instance with a known committee (the instance after the last valid certificate). */
  public long lastInstance() {
    return lastInstance;
  }

  /** Whether {@link #committee(long)} can answer for this instance. */
  public boolean covers(long instance) {
    return instance >= firstInstance && instance <= lastInstance;
  }

  /**
   * The power table that validates {@code instance}.
   *
   * @throws IllegalArgumentException if the instance is outside {@link #firstInstance()} to {@link
   *     #lastInstance()}
   */
  public PowerTable committee(long instance) {
    if (!covers(instance)) {
      throw new IllegalArgumentException(
          "instance " + instance + " is outside " + firstInstance + ".." + lastInstance);
    }
    Map.Entry<Long, PowerTable> start = checkpoints.floorEntry(instance);
    PowerTable table = start.getValue();
    for (long i = start.getKey(); i < instance; i++) {
      FinalityCertificate cert = certificates.get((int) (i - firstInstance));
      try {
        table = PowerTableDeltas.apply(table, cert.powerTableDelta());
      } catch (InvalidPowerDeltaException e) {
        throw new IllegalStateException(
            "delta of validated certificate " + i + " no longer applies", e);
      }
    }
    return table;
  }

  /** Collects the tables of a validation as it runs; see {@link #builder}. */
  public static final class Builder {
    private final long firstInstance;
    private final List<FinalityCertificate> certificates;
    private final long stride;
    private final TreeMap<Long, PowerTable> checkpoints = new TreeMap<>();
    private long lastInstance;

    private Builder(
        PowerTable initial, long firstInstance, List<FinalityCertificate> certificates) {
      this.firstInstance = firstInstance;
      this.certificates = List.copyOf(certificates);
      long entries = (long) Math.max(1, initial.size()) * (this.certificates.size() + 1);
      this.stride = Math.max(1, (entries + ENTRY_BUDGET - 1) / ENTRY_BUDGET);
      this.lastInstance = firstInstance;
      checkpoints.put(firstInstance, initial);
    }

    /** Records the table that validates {@code instance} (the one after certificate instance-1). */
    public void reached(long instance, PowerTable table) {
      Objects.requireNonNull(table, "table");
      if (instance != lastInstance + 1) {
        throw new IllegalArgumentException(
            "expected instance " + (lastInstance + 1) + ", got " + instance);
      }
      lastInstance = instance;
      if ((instance - firstInstance) % stride == 0) {
        checkpoints.put(instance, table);
      }
    }

    public PowerTableTimeline build() {
      return new PowerTableTimeline(
          firstInstance, lastInstance, certificates, new TreeMap<>(checkpoints));
    }
  }

  /**
   * A builder for the tables of {@code certificates} starting at {@code firstInstance} with {@code
   * initial} as its committee.
   */
  public static Builder builder(
      PowerTable initial, long firstInstance, List<FinalityCertificate> certificates) {
    return new Builder(Objects.requireNonNull(initial, "initial"), firstInstance, certificates);
  }

  /** How many tables are held in memory (for tests and diagnostics). */
  int checkpointCount() {
    return checkpoints.size();
  }
}
