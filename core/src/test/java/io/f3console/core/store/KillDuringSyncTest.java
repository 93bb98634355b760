package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.ChildJava;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a syncing child process is killed with SIGKILL at random moments, again and again on
 * the same store. After every kill the store opens, passes {@code PRAGMA integrity_check}, holds
 * every certificate the child reported committed, and holds only validated certificates, contiguous
 * from the first, each exactly the source's, with every group of 64 whose last instance is stored
 * compressed into its batch and only the group being filled in the tail. The chain crosses three
 * batch boundaries.
 */
class KillDuringSyncTest {
  private static final String NETWORK = "store-kill";
  private static final int ROUNDS = 6;
  private static final int INSTANCES = 200;

  @TempDir Path dir;

  @Test
  void aKilledSyncLeavesOnlyValidatedContiguousCertificates() throws Exception {
    SyntheticChain chain =
        SyntheticNetwork.of(SimulationSpec.of(3, 10, INSTANCES, NETWORK)).generate();
    Path source = CertificateSyncTest.snapshot(dir.resolve("chain.f3snap"), chain, INSTANCES);
    Path store = dir.resolve("store.db");
    Random random = new Random(20261206L);
    long reported = -1;
    int killedMidway = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process child =
          ChildJava.start(StoreSyncProcess.class, store.toString(), "f3snap:" + source, NETWORK);
      List<String> lines = new ArrayList<>();
      Thread reader = ChildJava.readLines(child, lines, "sync-output");
      awaitLine(lines, child);
      // the first round is killed as soon as the child has stored anything, so at least one
      // round ends midway however fast the machine is
      Thread.sleep(round == 0 ? 0 : random.nextInt(200));
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
      // as the killed child left it, before an open could tidy anything
      assertBatched(store);
      try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
        assertThat(opened.integrityCheck()).containsExactly("ok");
        List<Long> instances = opened.instances();
        assertThat(instances).hasSizeGreaterThanOrEqualTo((int) reported + 1);
        for (int i = 0; i < instances.size(); i++) {
          assertThat(instances.get(i)).isEqualTo(i);
          StoredCertificate stored = opened.certificate(i).orElseThrow();
          assertThat(stored.cbor())
              .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(i)));
          assertThat(stored.signaturesChecked()).isTrue();
        }
        if (!instances.isEmpty()) {
          assertThat(opened.committeeOf(instances.size()))
              .contains(chain.tableOf(instances.size()));
        }
      }
    }
    // and a last sync to the end, unkilled
    Process child =
        ChildJava.start(StoreSyncProcess.class, store.toString(), "f3snap:" + source, NETWORK);
    List<String> lines = new ArrayList<>();
    Thread reader = ChildJava.readLines(child, lines, "sync-output");
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    synchronized (lines) {
      assertThat(lines).contains("done");
    }
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.latestInstance()).hasValue(INSTANCES - 1);
      for (int i = 0; i < INSTANCES; i++) {
        assertThat(opened.certificate(i).orElseThrow().cbor())
            .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(i)));
      }
    }
    assertThat(assertBatched(store)).isEqualTo(INSTANCES - 1);
    assertThat(killedMidway).as("rounds killed before the sync finished").isGreaterThan(0);
    assertThat(reported).isGreaterThanOrEqualTo(0);
  }

  /**
   * Every group of 64 instances whose last instance is stored is one batch and the tail holds only
   * the rest; returns the newest stored instance (-1 for none).
   */
  private static long assertBatched(Path store) throws Exception {
    if (!Files.exists(store)) {
      return -1;
    }
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement statement = raw.createStatement()) {
      if (!statement
          .executeQuery(
              "SELECT count(*) FROM sqlite_schema WHERE name =" + " 'certificate_batches'")
          .getBoolean(1)) {
        return -1;
      }
      long latest;
      try (ResultSet row =
          statement.executeQuery(
              "SELECT max(coalesce((SELECT max(instance)"
                  + " FROM certificates), -1), coalesce((SELECT max(first_instance + count - 1)"
                  + " FROM certificate_batches), -1))")) {
        latest = row.getLong(1);
      }
      long complete = (latest + 1) / 64;
      List<Long> batches = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT first_instance, count FROM"
                  + " certificate_batches ORDER BY first_instance")) {
        while (rows.next()) {
          assertThat(rows.getLong(2)).isEqualTo(64);
          batches.add(rows.getLong(1));
        }
      }
      assertThat(batches)
          .containsExactlyElementsOf(
              LongStream.range(0, complete).map(g -> g * 64).boxed().toList());
      List<Long> tail = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery("SELECT instance FROM certificates ORDER BY instance")) {
        while (rows.next()) {
          tail.add(rows.getLong(1));
        }
      }
      assertThat(tail)
          .containsExactlyElementsOf(
              LongStream.rangeClosed(complete * 64, latest).boxed().toList());
      return latest;
    }
  }

  /** Waits until the child has committed a step (or finished). */
  static void awaitLine(List<String> lines, Process process) throws InterruptedException {
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
