package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the doctor judges a node.
 *
 * @param progressPause the pause between the two {@code F3GetProgress} samples
 * @param maxLagEpochs how many epochs the latest certificate may be behind the chain head before it
 *     is a warning (Forest's readiness check uses 20)
 * @param initialPowerTable the initial power-table CID to expect instead of the profile's (for a
 *     network without a profile, or to check a candidate)
 * @param maxLookbackBlocks the most state blocks the lookback-state check reads from the node
 *     before it stops and says the state is too large to recompute there (a mainnet state is read
 *     in the order of 10^5 blocks); 0 skips the recomputation
 */
public record DoctorOptions(
    Duration progressPause,
    long maxLagEpochs,
    Optional<Cid> initialPowerTable,
    long maxLookbackBlocks) {

  /** The default cap on blocks the lookback-state check reads. */
  public static final long DEFAULT_MAX_LOOKBACK_BLOCKS = 200_000;

  /** Forest's readiness threshold, in epochs. */
  public static final long DEFAULT_MAX_LAG_EPOCHS = 20;

  public static final Duration DEFAULT_PROGRESS_PAUSE = Duration.ofSeconds(3);

  public DoctorOptions {
    Objects.requireNonNull(progressPause, "progressPause");
    Objects.requireNonNull(initialPowerTable, "initialPowerTable");
    if (progressPause.isNegative() || progressPause.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException("progressPause must be between 0 and 5 minutes");
    }
    if (maxLagEpochs < 0) {
      throw new IllegalArgumentException("maxLagEpochs must not be negative");
    }
    if (maxLookbackBlocks < 0) {
      throw new IllegalArgumentException("maxLookbackBlocks must not be negative");
    }
  }

  public static DoctorOptions defaults() {
    return new DoctorOptions(
        DEFAULT_PROGRESS_PAUSE,
        DEFAULT_MAX_LAG_EPOCHS,
        Optional.empty(),
        DEFAULT_MAX_LOOKBACK_BLOCKS);
  }

  public DoctorOptions withProgressPause(Duration value) {
    return new DoctorOptions(value, maxLagEpochs, initialPowerTable, maxLookbackBlocks);
  }

  public DoctorOptions withMaxLagEpochs(long value) {
    return new DoctorOptions(progressPause, value, initialPowerTable, maxLookbackBlocks);
  }

  public DoctorOptions withInitialPowerTable(Cid value) {
    return new DoctorOptions(progressPause, maxLagEpochs, Optional.of(value), maxLookbackBlocks);
  }

  public DoctorOptions withMaxLookbackBlocks(long value) {
    return new DoctorOptions(progressPause, maxLagEpochs, initialPowerTable, value);
  }
}
