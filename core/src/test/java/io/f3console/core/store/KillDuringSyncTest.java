package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
      Process child = start(store.toString(), "f3snap:" + source, NETWORK);
      List<String> lines = new ArrayList<>();
      Thread reader = readLines(child, lines);
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
          assertThat(stored.nextCommitteeCid()).isEqualTo(chain.tableOf(i + 1).cid().toString());
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

  private static Process start(String... args) throws java.io.IOException {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-cp");
    command.add(classPath);
    command.add(StoreSyncProcess.class.getName());
    command.addAll(List.of(args));
    boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
        .startsWith("windows");
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new File(windows ? "NUL" : "/dev/null")))
        .start();
  }

  private static Thread readLines(Process process, List<String> lines) {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (lines) {
            lines.add(line);
            lines.notifyAll();
          }
        }
      } catch (java.io.IOException ignored) {
        // The process was killed: its output simply ends.
      }
    }, "sync-output");
    reader.setDaemon(true);
    reader.start();
    return reader;
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
