package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.ChildJava;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a syncing child process is killed with SIGKILL at random moments, again and
 * again on the same store. After every kill the store opens, passes
 * {@code PRAGMA integrity_check}, holds every certificate the child reported committed, and
 * holds only validated certificates, contiguous from the first, each exactly the source's.
 */
class KillDuringSyncTest {
  private static final String NETWORK = "store-kill";
  private static final int ROUNDS = 6;
  private static final int INSTANCES = 120;

  @TempDir
  Path dir;

  @Test
  void aKilledSyncLeavesOnlyValidatedContiguousCertificates() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(3, 10, INSTANCES, NETWORK))
        .generate();
    Path source = CertificateSyncTest.snapshot(dir.resolve("chain.f3snap"), chain, INSTANCES);
    Path store = dir.resolve("store.db");
    Random random = new Random(20261206L);
    long reported = -1;
    int killedMidway = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process child = ChildJava.start(StoreSyncProcess.class, store.toString(),
          "f3snap:" + source, NETWORK);
      List<String> lines = new ArrayList<>();
      Thread reader = ChildJava.readLines(child, lines, "sync-output");
      awaitLine(lines, child);
      Thread.sleep(random.nextInt(200));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      boolean finished;
      synchronized (lines) {
        finished = lines.contains("done");
        for (String line : lines) {
          if (line.startsWith("stored ")) {
            reported = Math.max(reported, Long.parseLong(line.substring(7)));
          }
        }
      }
      if (!finished) {
        killedMidway++;
      }
      try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
        assertThat(opened.integrityCheck()).containsExactly("ok");
        List<Long> instances = opened.instances();
        assertThat(instances).hasSizeGreaterThanOrEqualTo((int) reported + 1);
        for (int i = 0; i < instances.size(); i++) {
          assertThat(instances.get(i)).isEqualTo(i);
          StoredCertificate stored = opened.certificate(i).orElseThrow();
          assertThat(stored.cbor()).isEqualTo(
              FinalityCertificateCbor.encode(chain.certificates().get(i)));
          assertThat(stored.signaturesChecked()).isTrue();
        }
        if (!instances.isEmpty()) {
          assertThat(opened.committeeOf(instances.size())).contains(
              chain.tableOf(instances.size()));
        }
      }
    }
    assertThat(killedMidway).as("rounds killed before the sync finished").isGreaterThan(0);
    assertThat(reported).isGreaterThanOrEqualTo(0);
  }



  /** Waits until the child has committed a step (or finished). */
  private static void awaitLine(List<String> lines, Process process)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (lines) {
      while (lines.stream().noneMatch(l -> l.startsWith("stored") || l.equals("done"))) {
        if (!process.isAlive()) {
          return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the child never stored a certificate: " + lines);
        }
        lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }
}
