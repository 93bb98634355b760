package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.testing.ChildJava;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participation index under SIGKILL: a child syncing a chain that crosses a block of the index
 * (1,024 instances) is killed again and again; after each kill the index agrees with the stored
 * certificates, and at the end participation read from the store equals a tally of the chain
 * itself.
 */
class KillAcrossBlocksTest {
  private static final String NETWORK = "store-kill-blocks";
  private static final int INSTANCES = 1_100;

  /**
   * Where each round's kill is aimed: the child reports what it has committed and is killed once it
   * has passed this instance, so the kills land before, at and after the block boundary
   * (1,023/1,024) however fast the machine is.
   */
  private static final int[] KILL_AFTER = {150, 500, 900, 1_010, 1_016, 1_022, 1_030, 1_060};

  @TempDir Path dir;

  @Test
  void killsAcrossABlockLeaveTheIndexInStepWithTheCertificates() throws Exception {
    SyntheticChain chain =
        SyntheticNetwork.of(SimulationSpec.of(31, 6, INSTANCES, NETWORK)).generate();
    Path source = CertificateSyncTest.snapshot(dir.resolve("chain.f3snap"), chain, INSTANCES);
    Path store = dir.resolve("store.db");
    Random random = new Random(1024);
    List<Long> killedAt = new ArrayList<>();
    for (int round = 0; round < 8; round++) {
      Process child =
          ChildJava.start(StoreSyncProcess.class, store.toString(), "f3snap:" + source, NETWORK);
      List<String> lines = new ArrayList<>();
      Thread reader = ChildJava.readLines(child, lines, "sync-output");
      awaitStored(lines, child, KILL_AFTER[round] + random.nextInt(16));
      if (KILL_AFTER[round] > 1_000) {
        Thread.sleep(random.nextInt(40));
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
        assertThat(opened.integrityCheck()).containsExactly("ok");
        OptionalLong latest = opened.latestInstance();
        killedAt.add(latest.orElse(-1));
        if (latest.isPresent()) {
          assertInStep(opened, chain, latest.getAsLong());
        }
      }
    }
    assertThat(killedAt)
        .as("where the kills left the store")
        .anyMatch(i -> i >= 0 && i < 1_023)
        .anyMatch(i -> i >= 1_023 && i < INSTANCES - 1);
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      try (DataSource data = Sources.open("f3snap:" + source, CertificateSyncTest.OPTIONS)) {
        SyncResult result =
            new CertificateSync(
                    TrustAssessor.of(NetworkSelection.raw(NETWORK)),
                    ValidatorOptions.withThreads(2))
                .sync(opened, data, OptionalLong.empty());
        assertThat(result.failure()).isEmpty();
      }
      assertInStep(opened, chain, INSTANCES - 1);
      assertThat(opened.checkpointCount()).isEqualTo(2);
    }
  }

  /** Waits until the child has reported an instance at or past {@code target} (or has ended). */
  private static void awaitStored(List<String> lines, Process process, long target)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (lines) {
      while (lines.stream()
          .noneMatch(
              l ->
                  l.equals("done")
                      || l.startsWith("stored ") && Long.parseLong(l.substring(7)) >= target)) {
        if (!process.isAlive()) {
          return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the child never stored instance " + target + ": " + lines);
        }
        lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** Participation from the store over 0–latest equals the tally of the chain's certificates. */
  private static void assertInStep(CertificateStore store, SyntheticChain chain, long latest)
      throws Exception {
    ParticipationTally tally = new ParticipationTally();
    for (int i = 0; i <= latest; i++) {
      tally.add(chain.certificates().get(i), chain.tableOf(i));
    }
    ParticipationReport expected = tally.report();
    ParticipationReport got =
        new StoredParticipation(store).report(new StoredParticipation.Range(0, latest));
    assertThat(got.miners())
        .as("miners up to %d", latest)
        .containsExactlyElementsOf(expected.miners());
    assertThat(got.instances()).containsExactlyElementsOf(expected.instances());
  }
}
