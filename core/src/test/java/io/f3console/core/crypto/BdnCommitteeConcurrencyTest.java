package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Several threads aggregating on one committee get the results of a single thread. */
class BdnCommitteeConcurrencyTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 12;

  @ParameterizedTest
  @EnumSource(
      value = MsmMethod.class,
      names = {"NATIVE", "JAVA"})
  void parallelAggregationsMatchSequentialOnes(MsmMethod method) throws Exception {
    if (method == MsmMethod.NATIVE) {
      BdnCommitteeTest.requireNative();
    }
    BdnCommittee committee = BdnCommittee.prepare(TestOnlyMainnetCertificates.mainnetInitialKeys());
    SplittableRandom random = new SplittableRandom(42);
    List<int[]> signerSets = new ArrayList<>();
    for (int i = 0; i < THREADS * ROUNDS; i++) {
      signerSets.add(BdnCommitteeTest.randomSubset(random, committee.size()));
    }
    List<AggregateKey> expected = new ArrayList<>();
    for (int[] signers : signerSets) {
      expected.add(committee.aggregate(signers, method));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<AggregateKey>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<AggregateKey>> work =
            () -> {
              start.await();
              List<AggregateKey> results = new ArrayList<>();
              for (int round = 0; round < ROUNDS; round++) {
                // Threads walk the sets in different orders so that different sizes overlap.
                int index = (thread * ROUNDS + round * (thread + 1)) % signerSets.size();
                results.add(committee.aggregate(signerSets.get(index), method));
              }
              return results;
            };
        futures.add(pool.submit(work));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<AggregateKey> results = futures.get(t).get(5, TimeUnit.MINUTES);
        for (int round = 0; round < ROUNDS; round++) {
          int index = (t * ROUNDS + round * (t + 1)) % signerSets.size();
          assertThat(results.get(round))
              .as("thread %d round %d", t, round)
              .isEqualTo(expected.get(index));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
