package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate stepper without a screen: stepping stages, moving between certificates at the
 * same stage, the runs to the end and to the first failure, and the chain's verdict on the demo
 * network and on mainnet's real certificates.
 */
class CertificatesViewModelTest {
  private static final Stage[] STAGES = Stage.values();

  @TempDir Path folder;
  private final List<String> notices = new ArrayList<>();

  private CertificatesViewModel open(TestWorkspace console) {
    return new CertificatesViewModel(console.workspace(), notices::add);
  }

  @Test
  void theHealthyDemoListsEveryCertificateValid() throws Exception {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CertificatesViewModel model = open(console);
    int count = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY).certificates().size();

    assertThat(model.rows())
        .hasSize(count)
        .allSatisfy(
            row -> {
              assertThat(row.status()).contains(CertificateStatus.VALID);
              assertThat(row.statusText()).isEqualTo("✔ valid");
            });
    assertThat(model.summary().get())
        .isEqualTo("✔ " + count + " certificates, all valid; next instance " + count);
    assertThat(model.summaryTone().get()).isEqualTo(Tone.SUCCESS);
    assertThat(model.hasFailure().get()).isFalse();
    assertThat(model.nextTableCid().get())
        .isEqualTo(
            DemoNetwork.builtIn()
                .generate(DemoNetwork.Scenario.HEALTHY)
                .finalTable()
                .cid()
                .toString());
  }

  @Test
  void steppingWalksGoF3sStagesInOrderAndStopsAtBothEnds() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CertificatesViewModel model = open(console);
    model.select(5);

    assertThat(model.header().get().title()).isEqualTo("Instance 5");
    assertThat(model.cursor().get()).isEqualTo(STAGES[0]);
    assertThat(model.canStepBack().get()).isFalse();
    for (int k = 1; k < STAGES.length; k++) {
      model.nextStage();
      assertThat(model.cursor().get()).isEqualTo(STAGES[k]);
      assertThat(model.detail().get().stage()).isEqualTo(STAGES[k]);
      assertThat(model.detail().get().verdict()).isEqualTo(StageExplanation.Verdict.PASSED);
      assertThat(model.pipeline().get(k).current()).isTrue();
      assertThat(model.pipeline().get(k - 1).current()).isFalse();
    }
    assertThat(model.canStepForward().get()).isFalse();
    model.nextStage();
    assertThat(model.cursor().get()).isEqualTo(STAGES[STAGES.length - 1]);

    model.previousStage();
    model.previousStage();
    assertThat(model.cursor().get()).isEqualTo(STAGES[STAGES.length - 3]);
    model.firstStage();
    assertThat(model.cursor().get()).isEqualTo(STAGES[0]);
    model.previousStage();
    assertThat(model.cursor().get()).isEqualTo(STAGES[0]);
    model.selectStage(Stage.PAIRING);
    assertThat(model.detail().get().values()).hasSize(3);
    model.lastStage();
    assertThat(model.cursor().get()).isEqualTo(Stage.POWER_TABLE_CID);
    assertThat(console.workspace().selectedCertificateProperty().get()).isEqualTo(5);
  }

  @Test
  void changingCertificateKeepsTheStageAndFollowsTheWorkspace() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CertificatesViewModel model = open(console);
    model.select(10);
    for (int k = 0; k < 4; k++) {
      model.nextStage();
    }

    model.nextCertificate();
    assertThat(model.selectedIndex().get()).isEqualTo(11);
    assertThat(model.header().get().title()).isEqualTo("Instance 11");
    assertThat(model.cursor().get()).isEqualTo(STAGES[4]);
    assertThat(model.pipeline().get(4).current()).isTrue();
    assertThat(console.workspace().selectedCertificateProperty().get()).isEqualTo(11);
    model.previousCertificate();
    model.previousCertificate();
    model.previousCertificate();
    assertThat(model.header().get().title()).isEqualTo("Instance 8");
    assertThat(model.cursor().get()).isEqualTo(STAGES[4]);

    // another view selecting a certificate selects it here, from its first stage
    console.workspace().selectedCertificateProperty().set(20);
    assertThat(model.selectedIndex().get()).isEqualTo(20);
    assertThat(model.cursor().get()).isEqualTo(Stage.INSTANCE);
    model.moveTo(model.rows().size());
    assertThat(model.selectedIndex().get()).isEqualTo(20);
  }

  @Test
  void theQuorumAndNextTableStagesShowTheCommitteesNumbers() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CertificatesViewModel model = open(console);
    ChainInspection inspection = console.inspection();
    model.select(5);

    model.selectStage(Stage.QUORUM);
    PowerTable committee = inspection.committeeOf(5).orElseThrow();
    StageExplanation.QuorumFigures quorum = model.detail().get().quorum().orElseThrow();
    assertThat(quorum.signerPower()).isEqualTo(signedPower(inspection, 5));
    assertThat(quorum.scaledTotal()).isEqualTo(committee.scaledTotal());
    assertThat(quorum.threshold()).isEqualTo(committee.strongQuorumThreshold());

    model.lastStage();
    StageDetail.CidComparison cids = model.detail().get().cids().orElseThrow();
    assertThat(cids.expected())
        .isEqualTo(
            inspection
                .certificates()
                .get(5)
                .supplementalData()
                .powerTable()
                .orElseThrow()
                .toString());
    assertThat(cids.computed()).isEqualTo(inspection.committeeOf(6).orElseThrow().cid().toString());
    assertThat(cids.equal()).isTrue();
  }

  @Test
  void runToEndLandsOnTheLastStageOfTheLastCertificateAndThereIsNoFailureToRunTo() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CertificatesViewModel model = open(console);
    model.select(3);

    model.runToEnd();
    assertThat(model.selectedIndex().get()).isEqualTo(model.rows().size() - 1);
    assertThat(model.cursor().get()).isEqualTo(Stage.POWER_TABLE_CID);
    assertThat(notices).last().asString().startsWith("End of validation: ✔");

    model.runToFirstFailure();
    assertThat(model.selectedIndex().get()).isEqualTo(model.rows().size() - 1);
    assertThat(notices).last().asString().startsWith("No failure");
  }

  @Test
  void theBrokenCertificateIsExplainedAndTheOnesAfterItWereNotReached() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.BROKEN);
    CertificatesViewModel model = open(console);
    ChainInspection inspection = console.inspection();
    int broken = DemoNetwork.builtIn().brokenInstance();
    int count = model.rows().size();

    // the loader selects the failure; rows before it are valid, rows after it not reached
    assertThat(model.selectedIndex().get()).isEqualTo(broken);
    assertThat(model.rows().subList(0, broken))
        .allSatisfy(r -> assertThat(r.status()).contains(CertificateStatus.VALID));
    assertThat(model.rows().get(broken).statusText()).isEqualTo("✘ invalid");
    assertThat(model.rows().subList(broken + 1, count))
        .allSatisfy(
            r -> {
              assertThat(r.status()).contains(CertificateStatus.NOT_REACHED);
              assertThat(r.statusText()).isEqualTo("— not reached");
            });
    assertThat(model.summary().get())
        .isEqualTo(
            "✘ Validation stops at instance "
                + broken
                + ": the signers hold less than two thirds of the power");
    assertThat(model.summaryTone().get()).isEqualTo(Tone.DANGER);
    assertThat(model.summaryDetail().get())
        .isEqualTo(broken + " valid, 1 invalid, " + (count - broken - 1) + " not reached.");
    assertThat(model.hasFailure().get()).isTrue();
    assertThat(model.nextTableCid().get()).isEmpty();
    assertThat(model.markdown())
        .contains("- Result: **INVALID**: Validation stops at instance " + broken)
        .contains("## Failure: INSUFFICIENT_POWER");

    model.select(4);
    assertThat(model.cursor().get()).isEqualTo(Stage.INSTANCE);
    model.runToFirstFailure();
    assertThat(model.header().get().title()).isEqualTo("Instance " + broken);
    assertThat(model.cursor().get()).isEqualTo(Stage.QUORUM);
    StageDetail detail = model.detail().get();
    assertThat(detail.verdict()).isEqualTo(StageExplanation.Verdict.FAILED);
    PowerTable committee = inspection.committeeOf(broken).orElseThrow();
    String percent =
        String.format(
            Locale.ROOT,
            "%.1f%%",
            100.0 * signedPower(inspection, broken) / committee.scaledTotal());
    StageDetail.FailureNote failure = detail.failure().orElseThrow();
    assertThat(failure.headline()).startsWith("Instance " + broken + " failed at quorum: ");
    assertThat(failure.concrete())
        .startsWith("Certificate " + broken + " was signed by " + percent + " of the scaled power")
        .contains("2/3 (66.7%");
    assertThat(failure.meaning()).isEqualTo(FailureReason.INSUFFICIENT_POWER.meaning());
    for (StageNode node : model.pipeline()) {
      StageExplanation.Verdict expected =
          node.stage().ordinal() < Stage.QUORUM.ordinal()
              ? StageExplanation.Verdict.PASSED
              : node.stage() == Stage.QUORUM
                  ? StageExplanation.Verdict.FAILED
                  : StageExplanation.Verdict.NOT_RUN;
      assertThat(node.verdict()).as(node.stage().name()).isEqualTo(expected);
    }

    model.select(broken + 8);
    assertThat(model.header().get().statusText()).isEqualTo("— not reached");
    assertThat(model.header().get().note())
        .isEqualTo(
            "Not checked: validation stopped"
                + " at instance "
                + broken
                + " (go-f3 stops at the first failure).");
    assertThat(model.detail().get().verdict()).isEqualTo(StageExplanation.Verdict.NOT_RUN);
    model.runToEnd();
    assertThat(model.selectedIndex().get()).isEqualTo(broken);
    assertThat(model.cursor().get()).isEqualTo(Stage.QUORUM);
    assertThat(console.workspace().selectedCertificateProperty().get()).isEqualTo(broken);
  }

  @Test
  void mainnetsRealCertificatesAreValidFromItsPublishedTable() {
    TestWorkspace console =
        new TestWorkspace(folder)
            .open(
                SharedData.file("mainnet_initial_power_table.json"),
                SharedData.file("mainnet_certs_0_9.json"));
    CertificatesViewModel model = open(console);

    assertThat(console.workspace().network().key()).isEqualTo("mainnet");
    assertThat(model.rows())
        .hasSize(10)
        .allSatisfy(row -> assertThat(row.status()).contains(CertificateStatus.VALID));
    assertThat(model.summary().get()).isEqualTo("✔ 10 certificates, all valid; next instance 10");
    // green: the starting table is the initial table published for mainnet
    assertThat(model.summaryTone().get()).isEqualTo(Tone.SUCCESS);
    assertThat(model.meaning().get()).isEmpty();
    assertThat(model.nextTableCid().get()).isEqualTo(MainnetCertificatesViewTest.CID_AFTER_9);
    model.select(9);
    model.lastStage();
    StageDetail.CidComparison cids = model.detail().get().cids().orElseThrow();
    assertThat(cids.expected()).isEqualTo(MainnetCertificatesViewTest.CID_AFTER_9);
    assertThat(cids.computed()).isEqualTo(MainnetCertificatesViewTest.CID_AFTER_9);
    assertThat(model.header().get().nextPowerTableCid())
        .isEqualTo(MainnetCertificatesViewTest.CID_AFTER_9);
    // what the list copies: the instance and the table CID a certificate commits to
    assertThat(model.instanceText(3)).isEqualTo("3");
    assertThat(model.committedTableCid(9)).isEqualTo(MainnetCertificatesViewTest.CID_AFTER_9);
    assertThat(model.instanceText(10)).isEmpty();
    assertThat(model.committedTableCid(-1)).isEmpty();
    // the report is core's, of this chain and this verdict
    assertThat(model.hasReport().get()).isTrue();
    assertThat(model.markdown())
        .contains("- Result: **VALID**: 10 certificates, all valid")
        .contains("- Trust: verified: ")
        .contains("`" + MainnetCertificatesViewTest.CID_AFTER_9 + "`");
  }

  @Test
  void mainnetsCertificatesWithoutATableAreListedButNotValidated() {
    TestWorkspace console =
        new TestWorkspace(folder).open(SharedData.file("mainnet_certs_0_9.json"));
    CertificatesViewModel model = open(console);

    assertThat(model.summary().get())
        .isEqualTo("⚠ Open a power table to validate these certificates");
    assertThat(model.summaryDetail().get()).isEqualTo("10 certificates loaded, not validated.");
    assertThat(model.hasReport().get()).isFalse();
    assertThat(model.markdown()).isEmpty();
    assertThat(model.rows())
        .hasSize(10)
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEmpty();
              assertThat(row.statusText()).isEqualTo("? not validated");
            });
    model.select(3);
    assertThat(model.header().get().title()).isEqualTo("Instance 3");
    assertThat(model.detail().get().verdictText()).startsWith("Not validated");
    model.runToEnd();
    model.runToFirstFailure();
    assertThat(notices)
        .containsExactly(
            "Nothing was validated: open a power table first.",
            "Nothing was validated: open a power table first.");
  }

  @Test
  void nothingOpenSaysWhatToOpen() {
    CertificatesViewModel model = open(new TestWorkspace(folder));

    assertThat(model.summary().get()).isEqualTo("No certificates open");
    assertThat(model.rows()).isEmpty();
    assertThat(model.header().get()).isNull();
    assertThat(model.detail().get()).isNull();
    assertThat(model.canStepForward().get()).isFalse();
    model.runToEnd();
    assertThat(notices).containsExactly("No certificates are open.");
  }

  private static long signedPower(ChainInspection inspection, int index) {
    PowerTable committee = inspection.committeeOf(index).orElseThrow();
    FinalityCertificate certificate = inspection.certificates().get(index);
    long signed = 0;
    for (long signer : certificate.signers().toArray(committee.size())) {
      signed += committee.scaledPower((int) signer);
    }
    return signed;
  }
}
