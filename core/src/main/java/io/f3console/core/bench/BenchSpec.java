package io.f3console.core.bench;

/**
 * What to measure.
 *
 * @param participants committee size (mainnet: about 1,560)
 * @param instances certificates in the generated chain
 * @param seed the generator's seed
 * @param threads the thread counts to measure, e.g. {1, 2}
 * @param rounds timed passes over the chain per measurement; the fastest is reported
 */
public record BenchSpec(int participants, int instances, long seed, int[] threads, int rounds) {
  public static final String NETWORK_NAME = "f3console-bench";

  public BenchSpec {
    if (instances < 1) {
      throw new IllegalArgumentException("instances must be at least 1, got " + instances);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    threads = threads.clone();
    for (int t : threads) {
      if (t < 1) {
        throw new IllegalArgumentException("thread counts must be at least 1, got " + t);
      }
    }
  }

  /** Mainnet size: 1,560 participants, 1 and 2 threads. */
  public static BenchSpec mainnet(int instances) {
    return new BenchSpec(1560, instances, 1, new int[] {1, 2}, 3);
  }

  @Override
  public int[] threads() {
    return threads.clone();
  }
}
