package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.app.Launcher;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.health.HealthCheck;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.testing.ChildJava;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.validation.FailureReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code monitor} against a node on loopback that is healthy, lagging, stalled, down, forging a
 * certificate, or missing a miner's signatures.
 */
class MonitorCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NETWORK = "f3monitor";
  static SyntheticChain chain;
  static long lastHead;

  @TempDir Path dir;

  RecordedRuns history;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(43, 8, 20, NETWORK)).generate();
    lastHead = chain.certificates().get(19).chain().head().epoch();
  }

  @BeforeEach
  void database() {
    history = new RecordedRuns(dir.resolve("history.db"));
  }

  CliRun monitor(FakeLotusNode node, String... more) {
    String[] args = {
      "monitor",
      "rpc:" + node.endpoint(),
      "--network",
      NETWORK,
      "--store",
      dir.resolve("store.db").toString(),
      "--threads",
      "2"
    };
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return history.run(all);
  }

  static List<String> lines(CliRun run) {
    return Arrays.stream(run.out().split("\n")).filter(l -> !l.isBlank()).toList();
  }

  long storedLatest() throws Exception {
    try (CertificateStore store = CertificateStore.open(dir.resolve("store.db"), NETWORK)) {
      return store.latestInstance().orElseThrow();
    }
  }

  @Test
  void aHealthyNodeExitsZeroWithItsLagOnOneLine() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun run = monitor(node, "--once");
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(lines(run))
          .singleElement()
          .asString()
          .startsWith("OK instance 19 lag 3 epochs, silence 1m30s (the lag in epoch time)")
          .contains("20 new validated")
          .doesNotContain("unverified");
    }
    assertThat(storedLatest()).isEqualTo(19);
    StoredSession session = history.last();
    assertThat(session.record().command()).isEqualTo("monitor");
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.PASSED);
  }

  @Test
  void aLagOfExactlyTheLimitIsHealthyAndOneMoreIsAnAlert() throws Exception {
    AtomicLong head = new AtomicLong(lastHead + 20);
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(head::get)) {
      CliRun at = monitor(node, "--once");
      assertThat(at.status()).as(at.toString()).isZero();
      head.set(lastHead + 21);
      CliRun above = monitor(node, "--once");
      assertThat(above.status()).as(above.toString()).isEqualTo(1);
      assertThat(lines(above))
          .singleElement()
          .asString()
          .startsWith("ALERT LAG lag 21 epochs > 20 (chain head " + (lastHead + 21));
    }
  }

  @Test
  void aLaggingNodeExitsOneWithTheLagAndTheSilenceItImplies() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 45)) {
      CliRun run = monitor(node, "--once");
      assertThat(run.status()).as(run.toString()).isEqualTo(1);
      assertThat(lines(run)).hasSize(2);
      assertThat(lines(run).get(0)).startsWith("ALERT LAG lag 45 epochs > 20");
      // one observation: the silence is the lag in epoch time, 45 × 30 s
      assertThat(lines(run).get(1))
          .startsWith(
              "ALERT STALL no new certificate for 22m30s" + " >= 15m while the chain advanced");
      assertThat(history.last().record().verdict()).isEqualTo(SessionVerdict.FAILED);
      assertThat(history.last().record().reason()).contains("LAG");
    }
  }

  @Test
  void aStalledNodeIsAStallOnceNoCertificateCameForTheLimitWhileTheHeadAdvanced() throws Exception {
    AtomicLong head = new AtomicLong(lastHead + 1);
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(head::getAndIncrement)) {
      CliRun run =
          monitor(
              node,
              "--rounds",
              "2",
              "--interval",
              "300ms",
              "--max-silence",
              "200ms",
              "--max-lag",
              "1000");
      assertThat(run.status()).as(run.toString()).isEqualTo(1);
      List<String> lines = lines(run);
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).startsWith("OK instance 19 lag 1 epochs, silence 0ms");
      assertThat(lines.get(1))
          .startsWith("ALERT STALL no new certificate for ")
          .contains(">= 200ms while the chain advanced")
          .contains("silence observed");
    }
  }

  @Test
  void aNodeWhoseCertificatesKeepUpStaysHealthyRoundAfterRound() throws Exception {
    AtomicInteger published = new AtomicInteger(10);
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(10)) {
      node.withChainHead(
          () -> {
            // each look at the head finds it 2 epochs past the newest certificate, and the next
            // certificate appears
            int count = published.get();
            long epoch = chain.certificates().get(count - 1).chain().head().epoch() + 2;
            published.set(Math.min(count + 1, 20));
            node.publish(published.get());
            return epoch;
          });
      CliRun run = monitor(node, "--rounds", "3", "--interval", "100ms", "--max-silence", "10m");
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(lines(run)).hasSize(3);
      assertThat(lines(run).get(0))
          .startsWith("OK instance 9 lag 2 epochs")
          .contains("10 new validated");
      assertThat(lines(run).get(1))
          .startsWith("OK instance 10 lag 2 epochs, silence 0ms")
          .contains(", 1 new validated");
      assertThat(lines(run).get(2)).startsWith("OK instance 11 lag 2 epochs, silence 0ms");
    }
    assertThat(storedLatest()).isEqualTo(11);
  }

  @Test
  void aNodeThatCannotBeReachedExitsThree() throws Exception {
    CliRun run =
        history.run(
            "monitor",
            "rpc:http://127.0.0.1:1/rpc/v1",
            "--network",
            NETWORK,
            "--store",
            dir.resolve("down.db").toString(),
            "--once",
            "--retries",
            "0");
    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(lines(run)).singleElement().asString().startsWith("UNREACHABLE ");
    assertThat(history.last().record().verdict()).isEqualTo(SessionVerdict.UNREACHABLE);

    CliRun json =
        history.run(
            "monitor",
            "rpc:http://127.0.0.1:1/rpc/v1",
            "--network",
            NETWORK,
            "--store",
            dir.resolve("down.db").toString(),
            "--once",
            "--retries",
            "0",
            "--json");
    assertThat(json.status()).isEqualTo(3);
    JsonNode round = JSON.readTree(json.out().strip());
    assertThat(round.get("verdict").asText()).isEqualTo("UNREACHABLE");
    assertThat(round.get("exitCode").asInt()).isEqualTo(3);
    assertThat(round.get("error").asText()).isNotBlank();
  }

  @Test
  void aForgedCertificateIsAnAlertWithItsReasonAndNothingPastItIsStored() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 9);
    try (FakeLotusNode node = FakeLotusNode.start(forged).withChainHead(() -> lastHead + 3)) {
      CliRun run = monitor(node, "--once");
      assertThat(run.status()).as(run.toString()).isEqualTo(1);
      assertThat(lines(run).get(0))
          .startsWith("ALERT INVALID_CERTIFICATE certificate 9 is" + " invalid: INVALID_SIGNATURE")
          .contains("nothing from it on was stored");
    }
    assertThat(storedLatest()).isEqualTo(8);
  }

  @Test
  void aChosenMinerAbsentForKInstancesIsAnAlertAndOneFewerIsNot() throws Exception {
    // independently of the tally: each miner's run of certificates it did not sign, up to the
    // newest, from the signers bitfields and the committee of each instance
    Map<ActorId, Integer> run = new HashMap<>();
    for (int i = 0; i < chain.certificates().size(); i++) {
      FinalityCertificate certificate = chain.certificates().get(i);
      PowerTable committee = chain.tableOf(i);
      Set<ActorId> signers = new HashSet<>();
      certificate.signers().forEach(index -> signers.add(committee.entry((int) index).id()));
      Map<ActorId, Integer> next = new HashMap<>();
      for (int m = 0; m < committee.size(); m++) {
        ActorId id = committee.entry(m).id();
        next.put(id, signers.contains(id) ? 0 : run.getOrDefault(id, 0) + 1);
      }
      run = next;
    }
    ActorId absent =
        run.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int k = run.get(absent);
    assertThat(k).as("some miner did not sign the newest certificate").isPositive();

    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun alert =
          monitor(node, "--once", "--miner", absent.address(), "--absent", Integer.toString(k));
      assertThat(alert.status()).as(alert.toString()).isEqualTo(1);
      assertThat(lines(alert)).contains("NOTE " + ParticipationReport.CAVEAT);
      assertThat(lines(alert))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith(
                          "ALERT MINER_ABSENT miner "
                              + absent.address()
                              + " absent "
                              + k
                              + " instances >= "
                              + k));

      CliRun fine =
          monitor(node, "--once", "--miner", absent.decimal(), "--absent", Integer.toString(k + 1));
      assertThat(fine.status()).as(fine.toString()).isZero();
      assertThat(fine.lastLine()).startsWith("OK instance 19");
    }
  }

  @Test
  void participationBelowTheLimitOverTheLastTenInstancesIsAnAlert() throws Exception {
    // independently: the signers' scaled power over instances 10–19, from the bitfields
    long signed = 0;
    long total = 0;
    for (int i = 10; i < 20; i++) {
      PowerTable committee = chain.tableOf(i);
      long[] sum = new long[1];
      chain
          .certificates()
          .get(i)
          .signers()
          .forEach(index -> sum[0] += committee.scaledPower((int) index));
      signed += sum[0];
      total += committee.scaledTotal();
    }
    double percent = signed * 100.0 / total;
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun fine = monitor(node, "--once", "--min-participation", Double.toString(percent - 0.01));
      assertThat(fine.status()).as(fine.toString()).isZero();
      assertThat(fine.lastLine())
          .contains("participation " + HealthCheck.percent(percent) + " over 10 instances");

      CliRun below =
          monitor(node, "--once", "--min-participation", Double.toString(percent + 0.01));
      assertThat(below.status()).as(below.toString()).isEqualTo(1);
      assertThat(lines(below))
          .singleElement()
          .asString()
          .startsWith(
              "ALERT PARTICIPATION" + " participation " + HealthCheck.percent(percent) + " < ")
          .contains("instances 10–19: signers held " + signed + " of " + total);
    }
  }

  @Test
  void jsonPrintsOneObjectPerRoundOnItsOwnLine() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun run =
          monitor(
              node, "--rounds", "2", "--interval", "50ms", "--json", "--min-participation", "50");
      assertThat(run.status()).as(run.toString()).isZero();
      List<String> lines = lines(run);
      assertThat(lines).hasSize(2);
      for (int i = 0; i < 2; i++) {
        JsonNode round = JSON.readTree(lines.get(i));
        assertThat(round.get("round").asInt()).isEqualTo(i + 1);
        assertThat(round.get("verdict").asText()).isEqualTo("HEALTHY");
        assertThat(round.get("exitCode").asInt()).isZero();
        assertThat(round.get("latestInstance").asLong()).isEqualTo(19);
        assertThat(round.get("chainHead").asLong()).isEqualTo(lastHead + 3);
        assertThat(round.get("lag").asLong()).isEqualTo(3);
        assertThat(round.get("signatures").asText()).isEqualTo("checked");
        assertThat(round.get("participationInstances").asInt()).isEqualTo(10);
        assertThat(round.get("participation").asDouble()).isBetween(66.6, 100.0);
        assertThat(round.get("progress").get("instances").asLong()).isEqualTo(10);
        assertThat(round.get("alerts")).isEmpty();
      }
      assertThat(JSON.readTree(lines.get(0)).get("validated").asLong()).isEqualTo(20);
      assertThat(JSON.readTree(lines.get(1)).get("validated").asLong()).isZero();
    }
  }

  @Test
  void jsonSaysWhyARoundAlerted() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 45)) {
      CliRun run = monitor(node, "--once", "--json", "--max-silence", "1h");
      assertThat(run.status()).as(run.toString()).isEqualTo(1);
      JsonNode round = JSON.readTree(run.out().strip());
      assertThat(round.get("verdict").asText()).isEqualTo("ALERT");
      assertThat(round.get("exitCode").asInt()).isEqualTo(1);
      assertThat(round.get("silenceBasis").asText()).isEqualTo("LAG_EPOCH_TIME");
      assertThat(round.get("alerts"))
          .singleElement()
          .satisfies(
              alert -> {
                assertThat(alert.get("kind").asText()).isEqualTo("LAG");
                assertThat(alert.get("message").asText()).isEqualTo("lag 45 epochs > 20");
              });
    }
  }

  @Test
  void noSignaturesSaysUnverifiedOnEveryLine() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      CliRun text = monitor(node, "--once", "--no-signatures");
      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(lines(text))
          .hasSize(2)
          .allSatisfy(line -> assertThat(line).contains("unverified"));
      CliRun json = monitor(node, "--once", "--no-signatures", "--json");
      assertThat(JSON.readTree(json.out().strip()).get("signatures").asText())
          .isEqualTo("unverified");
    }
    try (CertificateStore store = CertificateStore.open(dir.resolve("store.db"), NETWORK)) {
      assertThat(store.certificate(19).orElseThrow().signaturesChecked()).isFalse();
    }
  }

  @Test
  void stoppingAFollowingRunClosesTheStoreRecordsTheSessionAndExitsWithTheLastRound()
      throws Exception {
    Path store = dir.resolve("followed.db");
    try (FakeLotusNode node = FakeLotusNode.start(chain).withChainHead(() -> lastHead + 3)) {
      Process child =
          ChildJava.start(
              Launcher.class,
              "monitor",
              "rpc:" + node.endpoint(),
              "--network",
              NETWORK,
              "--store",
              store.toString(),
              "--db",
              dir.resolve("history.db").toString(),
              "--interval",
              "100ms",
              "--threads",
              "2");
      List<String> lines = new ArrayList<>();
      ChildJava.readLines(child, lines, "monitor-child");
      synchronized (lines) {
        while (lines.size() < 2 && child.isAlive()) {
          lines.wait(1000);
        }
      }
      assertThat(lines).as("the rounds printed before the stop").hasSizeGreaterThanOrEqualTo(2);
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
      assertThat(child.exitValue()).isZero();
      synchronized (lines) {
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("OK instance 19"));
      }
    }
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.latestInstance()).hasValue(19);
    }
    StoredSession session = history.last();
    assertThat(session.record().command()).isEqualTo("monitor");
    assertThat(session.record().exitCode()).hasValue(0);
  }

  @Test
  void aDurationThatIsNoneIsBadInput() throws Exception {
    CliRun run =
        history.run(
            "monitor",
            "rpc:http://127.0.0.1:1/rpc/v1",
            "--network",
            NETWORK,
            "--store",
            dir.resolve("x.db").toString(),
            "--interval",
            "soon");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'soon' is not a duration");
  }

  @Test
  void durationsReadUnitsAndIso() {
    assertThat(DurationConverter.parse("250ms")).hasMillis(250);
    assertThat(DurationConverter.parse("1h30m")).hasMinutes(90);
    assertThat(DurationConverter.parse("45")).hasSeconds(45);
    assertThat(DurationConverter.parse("PT2M")).hasSeconds(120);
  }
}
