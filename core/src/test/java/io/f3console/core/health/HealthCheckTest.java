package io.f3console.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link HealthCheck}: each rule, at and around its limit. */
class HealthCheckTest {
  private static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(77, 9, 24, "health-test")).generate();
  }

  static AlertRules rules(
      OptionalLong maxLag,
      Optional<Duration> silence,
      OptionalDouble participation,
      List<ActorId> miners,
      int absent) {
    return new AlertRules(maxLag, silence, participation, 10, miners, absent);
  }

  static LiveStatus live(long lag, Duration silence, boolean advanced) {
    return new LiveStatus(
        7, 1000, OptionalLong.of(1000 + lag), silence, SilenceBasis.OBSERVED, advanced);
  }

  static HealthReport judge(AlertRules rules, LiveStatus status) {
    return HealthCheck.evaluate(rules, List.of(), Optional.of(status), Optional.empty());
  }

  @Test
  void aLagOfExactlyTheLimitIsFineAndOneMoreIsAnAlert() {
    AlertRules rules = AlertRules.defaults();
    HealthReport at = judge(rules, live(20, Duration.ZERO, true));
    assertThat(at.verdict()).isEqualTo(HealthVerdict.HEALTHY);
    assertThat(at.alerts()).isEmpty();

    HealthReport above = judge(rules, live(21, Duration.ZERO, true));
    assertThat(above.verdict()).isEqualTo(HealthVerdict.ALERT);
    assertThat(above.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(AlertKind.LAG);
              assertThat(alert.message()).isEqualTo("lag 21 epochs > 20");
              assertThat(alert.evidence()).contains("chain head 1021").contains("epoch 1000");
            });
  }

  @Test
  void aSilenceOfTheLimitIsAStallWhileTheChainAdvancesAndASilenceWhenItDoesNot() {
    AlertRules rules =
        rules(
            OptionalLong.empty(),
            Optional.of(Duration.ofMinutes(5)),
            OptionalDouble.empty(),
            List.of(),
            5);
    assertThat(judge(rules, live(3, Duration.ofMinutes(5).minusMillis(1), true)).alerts())
        .isEmpty();
    assertThat(judge(rules, live(3, Duration.ofMinutes(5), true)).alerts())
        .extracting(Alert::kind)
        .containsExactly(AlertKind.STALL);
    assertThat(judge(rules, live(3, Duration.ofMinutes(5), true)).alerts().get(0).message())
        .isEqualTo("no new certificate for 5m >= 5m while the chain advanced");
    assertThat(judge(rules, live(3, Duration.ofMinutes(7), false)).alerts())
        .extracting(Alert::kind)
        .containsExactly(AlertKind.SILENCE);
  }

  @Test
  void withOneObservationTheDefaultsAgreeAtTheLagLimit() {
    LiveStatus at =
        LiveStatus.once(
            new LiveObservation(java.time.Instant.EPOCH, 3, 500, OptionalLong.of(520)),
            Duration.ofSeconds(30));
    assertThat(judge(AlertRules.defaults(), at).alerts()).isEmpty();
    LiveStatus stalled =
        LiveStatus.once(
            new LiveObservation(java.time.Instant.EPOCH, 3, 500, OptionalLong.of(530)),
            Duration.ofSeconds(30));
    assertThat(judge(AlertRules.defaults(), stalled).alerts())
        .extracting(Alert::kind)
        .containsExactly(AlertKind.LAG, AlertKind.STALL);
  }

  @Test
  void participationIsSummedOverTheLastTenInstancesAndTheLimitItselfIsFine() {
    List<InstanceParticipation> run = new ArrayList<>();
    // two early instances nobody signed, then ten with 3 of 4 and 2 of 4 in turn: 62.5 %
    for (int i = 0; i < 12; i++) {
      long signed = i < 2 ? 0 : i % 2 == 0 ? 300 : 200;
      run.add(new InstanceParticipation(i, (int) signed / 100, 4, signed, 400, false, i, i + 1));
    }
    HealthReport at =
        HealthCheck.evaluate(
            rules(OptionalLong.empty(), Optional.empty(), OptionalDouble.of(62.5), List.of(), 5),
            run,
            Optional.empty(),
            Optional.empty());
    assertThat(at.participation().getAsDouble()).isCloseTo(62.5, within(1e-12));
    assertThat(at.participationInstances()).isEqualTo(10);
    assertThat(at.alerts()).isEmpty();

    HealthReport below =
        HealthCheck.evaluate(
            rules(OptionalLong.empty(), Optional.empty(), OptionalDouble.of(62.6), List.of(), 5),
            run,
            Optional.empty(),
            Optional.empty());
    assertThat(below.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(AlertKind.PARTICIPATION);
              assertThat(alert.message())
                  .isEqualTo("participation 62.5% < 62.6% over the last 10" + " instances");
              assertThat(alert.evidence()).startsWith("instances 2–11").contains("2500 of 4000");
            });
  }

  @Test
  void aChosenMinerIsAbsentOnceItsUnsignedRunReachesK() throws Exception {
    ParticipationTally tally = new ParticipationTally();
    // independently: each miner's run of unsigned certificates ending at the last instance
    Map<ActorId, Integer> run = new HashMap<>();
    Set<ActorId> everywhere = null;
    for (int i = 0; i < chain.certificates().size(); i++) {
      FinalityCertificate cert = chain.certificates().get(i);
      PowerTable committee = chain.tableOf(i);
      tally.add(cert, committee);
      Set<ActorId> signers = new HashSet<>();
      cert.signers().forEach(index -> signers.add(committee.entry((int) index).id()));
      Set<ActorId> members = new HashSet<>();
      Map<ActorId, Integer> next = new HashMap<>();
      for (int m = 0; m < committee.size(); m++) {
        ActorId id = committee.entry(m).id();
        members.add(id);
        next.put(id, signers.contains(id) ? 0 : run.getOrDefault(id, 0) + 1);
      }
      run = next;
      if (everywhere == null) {
        everywhere = members;
      } else {
        everywhere.retainAll(members);
      }
    }
    ActorId absent =
        run.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int k = run.get(absent);
    assertThat(k)
        .as("the generated chain has a miner absent from the last certificate")
        .isPositive();
    ActorId present =
        run.entrySet().stream().filter(e -> e.getValue() == 0).findFirst().orElseThrow().getKey();
    ParticipationReport report = tally.report();

    HealthReport atK =
        HealthCheck.evaluate(
            rules(
                OptionalLong.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                List.of(absent, present),
                k),
            List.of(),
            Optional.empty(),
            Optional.of(report));
    assertThat(atK.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(AlertKind.MINER_ABSENT);
              assertThat(alert.message())
                  .isEqualTo("miner " + absent.address() + " absent " + k + " instances >= " + k);
            });
    HealthReport aboveK =
        HealthCheck.evaluate(
            rules(
                OptionalLong.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                List.of(absent),
                k + 1),
            List.of(),
            Optional.empty(),
            Optional.of(report));
    assertThat(aboveK.alerts()).isEmpty();

    ActorId stranger = ActorId.of(987_654_321L);
    assertThat(
            HealthCheck.evaluate(
                    rules(
                        OptionalLong.empty(),
                        Optional.empty(),
                        OptionalDouble.empty(),
                        List.of(stranger),
                        1),
                    List.of(),
                    Optional.empty(),
                    Optional.of(report))
                .alerts())
        .extracting(Alert::kind)
        .containsExactly(AlertKind.MINER_NOT_IN_COMMITTEE);
  }

  @Test
  void rulesOutsideTheirRangeAreRefusedWithWhatIsWrong() {
    assertThatThrownBy(
            () ->
                rules(OptionalLong.of(-1), Optional.empty(), OptionalDouble.empty(), List.of(), 5))
        .hasMessageContaining("lag must not be negative");
    assertThatThrownBy(
            () ->
                rules(
                    OptionalLong.empty(),
                    Optional.of(Duration.ZERO),
                    OptionalDouble.empty(),
                    List.of(),
                    5))
        .hasMessageContaining("silence limit");
    assertThatThrownBy(
            () ->
                rules(OptionalLong.empty(), Optional.empty(), OptionalDouble.of(101), List.of(), 5))
        .hasMessageContaining("0–100 %");
    assertThatThrownBy(
            () ->
                rules(OptionalLong.empty(), Optional.empty(), OptionalDouble.empty(), List.of(), 0))
        .hasMessageContaining("at least 1");
  }

  @Test
  void durationsPrintShortAndExact() {
    assertThat(HealthCheck.duration(Duration.ofMillis(450))).isEqualTo("450ms");
    assertThat(HealthCheck.duration(Duration.ofSeconds(42))).isEqualTo("42s");
    assertThat(HealthCheck.duration(Duration.ofSeconds(750))).isEqualTo("12m30s");
    assertThat(HealthCheck.duration(Duration.ofMinutes(125))).isEqualTo("2h5m");
  }
}
