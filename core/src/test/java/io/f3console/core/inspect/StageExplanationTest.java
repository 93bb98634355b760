package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.StageExplanation.QuorumFigures;
import io.f3console.core.inspect.StageExplanation.Verdict;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sentences an operator reads about stages come from the recorded events: a passed stage says
 * what it checked, a failed quorum gives its own percentages, stages after a failure and
 * certificates after it say why they were never checked.
 */
class StageExplanationTest {
  static final String NETWORK = "testnet";
  static final int INSTANCES = 12;
  static final int BROKEN_AT = 5;

  static SyntheticChain chain;
  static ChainInspection healthy;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(23, 40, INSTANCES, NETWORK)).generate();
    healthy = inspect(chain);
  }

  static ChainInspection inspect(SyntheticChain c) throws Exception {
    return new ChainInspector(NETWORK, 2)
        .inspect(c.initialTable(), 0, c.certificates(), ChainInspector.Progress.NONE);
  }

  /** The signers' scaled power, summed from the committee without the validator. */
  static long signerPower(FinalityCertificate cert, PowerTable committee) {
    long power = 0;
    for (long index : cert.signers().toArray(committee.size())) {
      power += committee.scaledPower((int) index);
    }
    return power;
  }

  @Test
  void everyStageOfAValidCertificatePassedAndSaysWhatItChecked() {
    CertificateOutcome outcome = healthy.outcomes().get(3);
    for (Stage stage : Stage.values()) {
      assertThat(StageExplanation.verdict(outcome, stage)).isEqualTo(Verdict.PASSED);
      boolean computes =
          stage == Stage.PAYLOAD || stage == Stage.AGGREGATE_KEY || stage == Stage.HASH_TO_G2;
      assertThat(StageExplanation.verdictSentence(outcome, stage, Optional.empty()))
          .isEqualTo("Passed: " + (computes ? "computed " : "") + stage.description() + ".");
    }
  }

  @Test
  void quorumFiguresOfAPassedStageAreTheCommitteesOwn() {
    for (int i = 0; i < INSTANCES; i++) {
      StageEvent event = healthy.outcomes().get(i).event(Stage.QUORUM).orElseThrow();
      PowerTable committee = healthy.committeeOf(i).orElseThrow();
      FinalityCertificate cert = healthy.certificates().get(i);

      QuorumFigures quorum = StageExplanation.quorum(event).orElseThrow();

      assertThat(quorum.scaledTotal()).isEqualTo(committee.scaledTotal());
      assertThat(quorum.threshold()).isEqualTo(committee.strongQuorumThreshold());
      assertThat(quorum.signerPower()).isEqualTo(signerPower(cert, committee));
      assertThat(quorum.signers()).isEqualTo(cert.signers().cardinality());
      assertThat(quorum.met()).isTrue();
      assertThat(quorum.margin()).isGreaterThanOrEqualTo(0);
      assertThat(quorum.thresholdShare()).isBetween(2.0 / 3, 2.0 / 3 + 1.0 / quorum.scaledTotal());
    }
  }

  @Test
  void otherStagesHaveNoQuorumFigures() {
    StageEvent payload = healthy.outcomes().get(0).event(Stage.PAYLOAD).orElseThrow();
    assertThat(StageExplanation.quorum(payload)).isEmpty();
  }

  @Test
  void aHealthyChainIsSummedUpInOneLine() {
    assertThat(StageExplanation.chainVerdict(healthy))
        .isEqualTo(INSTANCES + " certificates, all valid; next instance " + INSTANCES);
  }

  @Test
  void anInsufficientQuorumIsToldWithItsOwnPercentages() throws Exception {
    ChainInspection broken = inspect(chain.withFault(FailureReason.INSUFFICIENT_POWER, BROKEN_AT));
    CertificateOutcome outcome = broken.outcomes().get(BROKEN_AT);
    ValidationFailure failure = outcome.failure().orElseThrow();
    PowerTable committee = broken.committeeOf(BROKEN_AT).orElseThrow();
    long power = signerPower(broken.certificates().get(BROKEN_AT), committee);
    String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * power / committee.scaledTotal());

    assertThat(StageExplanation.verdict(outcome, Stage.SIGNERS)).isEqualTo(Verdict.PASSED);
    assertThat(StageExplanation.verdict(outcome, Stage.QUORUM)).isEqualTo(Verdict.FAILED);
    for (Stage later : new Stage[] {Stage.PAYLOAD, Stage.PAIRING, Stage.POWER_TABLE_CID}) {
      assertThat(StageExplanation.verdict(outcome, later)).isEqualTo(Verdict.NOT_RUN);
      assertThat(StageExplanation.verdictSentence(outcome, later, Optional.of(failure)))
          .startsWith("Not run: go-f3 stops at the first failing stage (quorum)");
    }
    assertThat(StageExplanation.verdictSentence(outcome, Stage.QUORUM, Optional.of(failure)))
        .isEqualTo("Failed: the signers hold less than two thirds of the power.");
    assertThat(
            StageExplanation.quorum(outcome.event(Stage.QUORUM).orElseThrow()).orElseThrow().met())
        .isFalse();
    assertThat(StageExplanation.failureHeadline(failure))
        .isEqualTo("Instance " + BROKEN_AT + " failed at quorum: " + failure.message());
    assertThat(StageExplanation.concreteSentence(failure))
        .startsWith("Certificate " + BROKEN_AT + " was signed by " + share + " of the scaled power")
        .contains(String.format(Locale.ROOT, "%,d", committee.strongQuorumThreshold()))
        .contains("2/3 (66.7%");
    assertThat(StageExplanation.chainVerdict(broken))
        .isEqualTo(
            "Validation stops at instance "
                + BROKEN_AT
                + ": the signers hold less than two thirds of the power");

    CertificateOutcome after = broken.outcomes().get(BROKEN_AT + 1);
    assertThat(after.status()).isEqualTo(CertificateStatus.NOT_REACHED);
    assertThat(StageExplanation.verdict(after, Stage.INSTANCE)).isEqualTo(Verdict.NOT_RUN);
    assertThat(StageExplanation.verdictSentence(after, Stage.INSTANCE, Optional.of(failure)))
        .isEqualTo(
            "Not checked: validation stopped at instance "
                + BROKEN_AT
                + " (go-f3 stops at the first failure).");
  }

  @Test
  void aDivergingTableNamesBothCids() throws Exception {
    ChainInspection broken =
        inspect(chain.withFault(FailureReason.POWER_TABLE_CID_MISMATCH, BROKEN_AT));
    ValidationFailure failure = broken.result().failure().orElseThrow();
    String committed =
        broken
            .certificates()
            .get(BROKEN_AT)
            .supplementalData()
            .powerTable()
            .orElseThrow()
            .toString();

    assertThat(StageExplanation.concreteSentence(failure))
        .contains(committed)
        .contains(failure.detail("computedCid").orElseThrow())
        .isNotEqualTo(failure.message());
    assertThat(StageExplanation.chainVerdict(broken))
        .endsWith("the next power table is not the one committed to");
  }

  @Test
  void everyReasonHasAShortClauseAndASentence() {
    for (FailureReason reason : FailureReason.values()) {
      assertThat(StageExplanation.shortReason(reason)).isNotBlank().doesNotEndWith(".");
      ValidationFailure bare = new ValidationFailure(reason, 7, "go-f3 message", List.of());
      assertThat(StageExplanation.failureHeadline(bare)).startsWith("Instance 7 failed at ");
      assertThat(StageExplanation.concreteSentence(bare)).isNotBlank();
    }
  }

  @Test
  void percentagesGetDecimalsUntilTheyDiffer() {
    assertThat(StageExplanation.decimalsToTell(0.612, 2.0 / 3)).isEqualTo(1);
    assertThat(StageExplanation.decimalsToTell(0.66662, 2.0 / 3)).isEqualTo(2);
    assertThat(StageExplanation.decimalsToTell(0.666664, 2.0 / 3)).isEqualTo(3);
    assertThat(StageExplanation.decimalsToTell(0.5, 0.5)).isEqualTo(1);
    assertThat(StageExplanation.percent(0.66662, 3)).isEqualTo("66.662%");
  }
}
