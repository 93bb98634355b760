package io.f3console.app.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.FailureReason;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the overview says about what is open, without a screen. */
class OverviewViewModelTest {
  private final TestWorkspace console = new TestWorkspace();
  private final OverviewViewModel model =
      new OverviewViewModel(console.workspace(), console.runner());

  private OverviewViewModel.Summary summary() {
    return model.summaryProperty().get();
  }

  @Test
  void withNothingOpenItSaysSoAndOffersNothingToCopy() {
    assertThat(summary().verdict()).startsWith("Nothing is open");
    assertThat(summary().tone()).isEqualTo(Tone.MUTED);
    assertThat(summary().network()).isEqualTo("No network selected.");
    assertThat(summary().tableCid()).isEmpty();
    assertThat(model.expectedCid()).isEmpty();
    assertThat(model.nextTableCid()).isEmpty();
    assertThat(model.tableInstance()).isEmpty();
    assertThat(model.firstInstance()).isEmpty();
    assertThat(model.nextInstance()).isEmpty();
    assertThat(model.biggestParticipant()).isEmpty();
  }

  @Test
  void whileTheDemoIsGeneratedTheVerdictIsTheWorkInProgressThenTheResult() {
    console.runner().hold();
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);

    String doing = console.runner().messageProperty().get();
    assertThat(doing).isNotBlank().endsWith("…");
    assertThat(summary().verdict())
        .isEqualTo(doing)
        .as("one ellipsis, not the runner's and another")
        .doesNotEndWith("……");
    assertThat(summary().tone()).isEqualTo(Tone.MUTED);

    console.runner().runPending();

    assertThat(summary().verdict()).startsWith("All ");
  }

  @Test
  void theHealthyDemoValidatesAndOffersItsCidsAndInstancesToCopy() throws Exception {
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
    List<FinalityCertificate> certificates = chain.certificates();
    FinalityCertificate last = certificates.get(certificates.size() - 1);

    assertThat(summary().tone()).isEqualTo(Tone.SUCCESS);
    assertThat(summary().verdict())
        .startsWith(
            "All " + certificates.size() + " certificates validate from a verified power table")
        .contains("reaches instance " + (last.instance() + 1));
    assertThat(summary().failureIndex()).isEmpty();
    assertThat(summary().tableCid()).isEqualTo(chain.initialTable().cid().toString());
    assertThat(model.expectedCid()).isEqualTo(chain.initialTable().cid().toString());
    // the table validating the next instance is the last certificate's committee after it
    assertThat(model.nextTableCid())
        .isEqualTo(last.supplementalData().powerTable().orElseThrow().toString());
    assertThat(model.tableInstance()).isEqualTo("0");
    assertThat(model.firstInstance()).isEqualTo(Long.toString(certificates.get(0).instance()));
    assertThat(model.lastInstance()).isEqualTo(Long.toString(last.instance()));
    assertThat(model.nextInstance()).isEqualTo(Long.toString(last.instance() + 1));
    // values to copy are not repeated in the cards' text
    assertThat(summary().network() + summary().chain()).doesNotContain("bafy");
  }

  @Test
  void theBrokenDemoSaysWhereValidationStopsAndWhatItMeans() {
    DemoNetwork demo = DemoNetwork.builtIn();
    console.loader().openDemo(DemoNetwork.Scenario.BROKEN);

    assertThat(summary().tone()).isEqualTo(Tone.DANGER);
    assertThat(summary().verdict())
        .startsWith("Validation stops at instance " + demo.brokenInstance() + ": ");
    assertThat(summary().meaning()).contains(FailureReason.INSUFFICIENT_POWER.meaning());
    assertThat(summary().failureIndex()).contains(demo.brokenInstance());
    assertThat(summary().chain()).contains("1 invalid");
  }

  @Test
  void realMainnetFilesAreVerifiedAndNameTheBiggestParticipantToCopy() throws Exception {
    Path tableFile = SharedData.file("mainnet_initial_power_table.json");
    Path certsFile = SharedData.file("mainnet_certs_0_9.json");
    console.loader().openFiles(List.of(tableFile, certsFile));
    PowerTable table = PowerTableFiles.read(tableFile).toTable();
    // the canonical order puts the most power first
    PowerEntry biggest = table.canonical().entry(0);
    BigDecimal share =
        new BigDecimal(biggest.power().value())
            .divide(new BigDecimal(table.total().value()), MathContext.DECIMAL64);

    assertThat(console.workspace().network().key()).isEqualTo("mainnet");
    assertThat(summary().tone()).isEqualTo(Tone.SUCCESS);
    assertThat(summary().verdict())
        .startsWith(
            "All "
                + CertificateFiles.read(certsFile).size()
                + " certificates validate from a verified power table")
        .contains("reaches instance 10");
    assertThat(summary().table()).contains("initial power-table CID published for mainnet");
    assertThat(model.biggestParticipant())
        .hasValueSatisfying(
            participant -> {
              assertThat(participant.actor()).isEqualTo(biggest.id().address());
              assertThat(participant.share())
                  .isEqualTo(
                      String.format(Locale.ROOT, "%.2f%%", share.doubleValue() * 100)
                          + " of the power");
            });
    assertThat(model.expectedCid()).isEqualTo(table.cid().toString());
    assertThat(model.firstInstance()).isEqualTo("0");
    assertThat(model.lastInstance()).isEqualTo("9");
    assertThat(model.nextInstance()).isEqualTo("10");
  }

  @Test
  void certificatesWithoutATableAskForTheTable() {
    console.loader().openFiles(List.of(SharedData.file("mainnet_certs_0_9.json")));

    assertThat(summary().tone()).isEqualTo(Tone.WARNING);
    assertThat(summary().verdict()).startsWith("10 certificates are open, but no power table");
    assertThat(summary().chain()).contains("not validated yet");
    assertThat(model.firstInstance()).isEqualTo("0");
    assertThat(model.nextInstance()).isEmpty();
  }

  @Test
  void aTableThatIsNotTheSelectedNetworksIsAMismatch() {
    console.workspace().networkProperty().set(TestWorkspace.network("calibnet"));
    console.loader().openFiles(List.of(SharedData.file("mainnet_initial_power_table.json")));

    // the loader may move to the network the table reveals; select calibnet again
    console.loader().changeNetwork(TestWorkspace.network("calibnet"));

    assertThat(summary().tone()).isEqualTo(Tone.DANGER);
    assertThat(summary().verdict()).startsWith("The power table is not calibnet's");
    assertThat(summary().meaning()).contains("Check the network selected");
  }
}
