package io.f3console.app.ui.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.history.SessionKind;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The release check's sources, verdict and report, without a screen, on real mainnet data. */
class ReleaseCheckViewModelTest {
  /** The initial power-table CID mainnet's manifest publishes. */
  private static final String MAINNET_CID =
      TestWorkspace.network("mainnet").initialPowerTableCid().orElseThrow();

  private final TestWorkspace console = new TestWorkspace();
  private final ReleaseCheckViewModel model =
      new ReleaseCheckViewModel(console.workspace(), console.runner(), console.recorder());

  private void openMainnetFiles() {
    console
        .loader()
        .openFiles(
            List.of(
                SharedData.file("mainnet_initial_power_table.json"),
                SharedData.file("mainnet_certs_0_9.json")));
  }

  @Test
  void beforeAnyCheckItAsksForSourcesAndHasNoReport() {
    assertThat(model.verdictProperty().get()).startsWith("Add two or more independent sources");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.MUTED);
    assertThat(model.reportProperty().get()).isEmpty();
    assertThat(model.resultProperty().get()).isNull();
  }

  @Test
  void sourcesAreCheckedAddedOnceAndABadOneIsTheVerdict() {
    Path table = SharedData.file("mainnet_initial_power_table.json");

    assertThat(model.add("file:" + table)).isEmpty();
    assertThat(model.add("file:" + table)).isEmpty();
    Optional<String> problem = model.add("rpc:");

    assertThat(model.sources()).containsExactly("file:" + table);
    assertThat(problem).isPresent();
    assertThat(model.verdictProperty().get()).isEqualTo("✘ " + problem.orElseThrow());
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(model.verdictCids()).isEmpty();
  }

  @Test
  void whatIsOpenIsAddedAsItsSources() {
    openMainnetFiles();

    model.addOpenSources();

    assertThat(model.sources()).containsExactlyElementsOf(console.workspace().sources()).hasSize(2);
  }

  @Test
  void inputErrorsAreTheVerdictAndNothingRuns() {
    assertThat(model.run("", "")).contains("Select a network first.");
    assertThat(model.verdictProperty().get()).isEqualTo("✘ Select a network first.");

    console.workspace().networkProperty().set(TestWorkspace.network("mainnet"));
    Optional<String> notACid = model.run("bafy-not-a-cid", "");
    assertThat(notACid)
        .hasValueSatisfying(p -> assertThat(p).startsWith("The candidate is not a CID: "));
    assertThat(model.verdictProperty().get()).isEqualTo("✘ " + notACid.orElseThrow());
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(console.runner().titles()).noneMatch(t -> t.startsWith("Release check"));
  }

  @Test
  void theMainnetFilesConfirmThePublishedCidWithCertificateZeroAsEvidence() throws Exception {
    openMainnetFiles();
    model.addOpenSources();

    assertThat(model.run(MAINNET_CID, "")).isEmpty();

    ReleaseCheckResult result = model.resultProperty().get();
    assertThat(result.confirmed()).isTrue();
    assertThat(result.sources()).hasSize(2);
    assertThat(model.toneProperty().get()).isEqualTo(Tone.SUCCESS);
    assertThat(model.verdictProperty().get())
        .startsWith(
            "✔ Confirmed: "
                + MAINNET_CID
                + " — every source agrees and certificate 0 validates against it.");
    assertThat(model.verdictCids()).containsExactly(MAINNET_CID);
    // the table file gives the table; the certificates file gives certificate 0 only
    var table = result.sources().get(0);
    var certificates = result.sources().get(1);
    assertThat(ReleaseCheckViewModel.evidenceCid(table)).isEqualTo(MAINNET_CID);
    assertThat(ReleaseCheckViewModel.evidenceLine(table))
        .isEqualTo(
            table.source()
                + " · "
                + MAINNET_CID
                + " · "
                + io.f3console.core.powertable.PowerTableFiles.read(
                        SharedData.file("mainnet_initial_power_table.json"))
                    .toTable()
                    .size()
                + " entries · certificate 0 "
                + ReleaseReport.zeroSummary(table.certificateZero()));
    assertThat(ReleaseCheckViewModel.evidenceCid(certificates)).isEqualTo("— (certificates only)");
    assertThat(ReleaseCheckViewModel.evidenceLine(certificates))
        .contains(" · no table · ")
        .contains("certificate 0 validates");
    assertThat(model.reportProperty().get())
        .isEqualTo(ReleaseReport.markdown(result))
        .contains(MAINNET_CID)
        .contains("\"InitialPowerTable\"")
        .contains("validates");
    assertThat(console.sessions())
        .filteredOn(s -> s.kind() == SessionKind.RELEASE_CHECK)
        .singleElement()
        .satisfies(
            session -> {
              assertThat(session.network()).contains("mainnet");
              assertThat(session.arguments()).endsWith("--candidate " + MAINNET_CID);
              assertThat(session.output()).contains(model.reportProperty().get());
              assertThat(session.tables()).isNotEmpty();
            });
  }

  @Test
  void aWrongCandidateIsRefusedWithARemedy() {
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
    model.add("demo:healthy");

    model.run(MAINNET_CID, "");

    ReleaseCheckResult result = model.resultProperty().get();
    assertThat(result.verdict()).isEqualTo(ReleaseCheckResult.Verdict.CANDIDATE_MISMATCH);
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(model.verdictProperty().get())
        .startsWith("✘ Not confirmed (candidate mismatch). ")
        .contains(result.remedy().orElseThrow());
    // the candidate and the CID the sources agree on (the right value) are values to copy
    String demoCid = console.workspace().table().orElseThrow().table().cid().toString();
    assertThat(result.sources())
        .extracting(ReleaseCheckViewModel::evidenceCid)
        .containsOnly(demoCid);
    assertThat(model.verdictCids()).containsExactly(MAINNET_CID, demoCid);
  }

  @Test
  void aNodeThatNeedsATokenIsCheckedWithItAndTheTokenIsNeverRecorded() throws Exception {
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    String token = "console-release-token-41";
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(token)) {
      model.add("rpc:" + node.endpoint());

      model.run("", token);

      assertThat(model.verdictProperty().get())
          .startsWith("✔ Confirmed: " + chain.initialTable().cid());
      assertThat(model.reportProperty().get()).doesNotContain(token);
      assertThat(console.sessions())
          .isNotEmpty()
          .allSatisfy(session -> assertThat(session.toString()).doesNotContain(token));
    }
  }
}
