package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.Job;
import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.bootstrap.LateStartPlan;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The late-start dialog's logic without a screen: parsing, running, the result and its tone. */
class LateStartViewModelTest {
  @TempDir Path folder;

  @Test
  void theOpenTableAndCertificatesAreOfferedAndATrustedLaterCommitteeReachesTheNewest()
      throws Exception {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    LateStartViewModel model =
        new LateStartViewModel(console.workspace(), console.runner(), console.recorder());
    assertThat(model.certificatesProperty().get()).isEqualTo("demo:healthy");
    assertThat(model.trustedProperty().get()).isNotBlank();
    assertThat(model.network()).isEqualTo(console.workspace().network().key());

    model.instanceProperty().set(" 20 ");
    Job<LateStartPlan.Run> job = model.run().orElseThrow();

    assertThat(job.state()).isEqualTo(Job.State.SUCCEEDED);
    // a later committee the operator trusts: consistent, and nothing here proves the table
    assertThat(model.result().text())
        .startsWith("? Started at instance 20 (committed to by certificate 19)")
        .contains("Trust: ? unverified", "The committee of instance 20")
        .contains("reached instance " + chain.certificates().size())
        .contains(chain.finalTable().cid().toString());
    assertThat(model.result().tone()).isEqualTo(Tone.WARNING);
    SessionRecord session = lateStarts(console).get(0);
    assertThat(session.arguments()).contains("--instance 20");
    assertThat(session.output().orElseThrow()).isEqualTo(model.result().text() + "\n");
  }

  @Test
  void aBrokenChainAfterTheStartIsReportedAtItsInstanceInRed() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.BROKEN);
    LateStartViewModel model =
        new LateStartViewModel(console.workspace(), console.runner(), console.recorder());

    model.instanceProperty().set("3");
    model.run();

    assertThat(model.result().text())
        .startsWith("✘ Started at instance 3")
        .contains(
            "Certificate " + DemoNetwork.builtIn().brokenInstance() + " fails INSUFFICIENT_POWER");
    assertThat(model.result().tone()).isEqualTo(Tone.DANGER);
  }

  @Test
  void mainnetsPublishedInitialTableValidatesTheRealCertificatesInGreen() throws Exception {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certificates = SharedData.file("mainnet_certs_0_9.json");
    TestWorkspace console = new TestWorkspace(folder).open(table, certificates);
    assertThat(console.workspace().network().key()).isEqualTo("mainnet");
    LateStartViewModel model =
        new LateStartViewModel(console.workspace(), console.runner(), console.recorder());
    model.trustedProperty().set("file:" + table);
    model.certificatesProperty().set("file:" + certificates);

    model.run();

    assertThat(model.result().text())
        .startsWith("✔ Started at instance 0")
        // certificates 0–9: all ten validated, the final table is the one for instance 10
        .contains("reached instance 10 after 10 certificates")
        .contains("Trust: ✔ verified");
    assertThat(model.result().tone()).isEqualTo(Tone.SUCCESS);
  }

  @Test
  void aNodeThatNeedsATokenGetsTheOneTypedAndTheTokenIsNeverRecorded() throws Exception {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    String secret = "late-start-token-77";
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(secret)) {
      LateStartViewModel model =
          new LateStartViewModel(console.workspace(), console.runner(), console.recorder());
      model.trustedProperty().set("rpc:" + node.endpoint());
      model.certificatesProperty().set("rpc:" + node.endpoint());
      model.instanceProperty().set("5");

      // without the token the node refuses: the job's own failure is said in words
      model.run();
      // said once, in the dialog's own result line: no error window on top of it
      assertThat(console.runner().failures()).isEmpty();
      assertThat(model.result().text())
          .startsWith("✘ ")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(model.result().tone()).isEqualTo(Tone.DANGER);
      assertThat(lateStarts(console).get(0).verdict()).isNotEqualTo(SessionVerdict.PASSED);

      model.tokenProperty().set(secret);
      model.run();
      assertThat(model.result().text())
          .startsWith("? Started at instance 5 (committed to by certificate 4)")
          .doesNotContain(secret);
      assertThat(lateStarts(console))
          .hasSize(2)
          .allSatisfy(s -> assertThat(s.toString()).doesNotContain(secret));
    }
  }

  @Test
  void anInstanceThatIsNotAWholeNumberIsRefusedWithoutRunning() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    int jobs = console.runner().titles().size();
    LateStartViewModel model =
        new LateStartViewModel(console.workspace(), console.runner(), console.recorder());

    model.instanceProperty().set("twenty");

    assertThat(model.run()).isEmpty();
    assertThat(model.result().text()).isEqualTo("✘ The instance must be a whole number.");
    assertThat(model.result().tone()).isEqualTo(Tone.DANGER);
    assertThat(console.runner().titles()).hasSize(jobs);
  }

  @Test
  void runIsOfferedWithBothSourcesAndNotWhileARunIsUnderWay() {
    TestWorkspace console = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    LateStartViewModel model =
        new LateStartViewModel(console.workspace(), console.runner(), console.recorder());
    assertThat(model.canRunProperty().get()).isTrue();
    String certificates = model.certificatesProperty().get();
    model.certificatesProperty().set(" ");
    assertThat(model.canRunProperty().get()).isFalse();
    model.certificatesProperty().set(certificates);

    console.runner().hold();
    Job<LateStartPlan.Run> job = model.run().orElseThrow();
    assertThat(model.canRunProperty().get()).isFalse();
    assertThat(model.result().text()).isEqualTo("Searching and validating…");
    assertThat(model.result().tone()).isEqualTo(Tone.MUTED);

    job.cancel();
    console.runner().runPending();
    assertThat(model.result().text()).isEqualTo("Cancelled.");
    assertThat(model.canRunProperty().get()).isTrue();
  }

  private static List<SessionRecord> lateStarts(TestWorkspace console) {
    return console.sessions().stream().filter(s -> s.kind() == SessionKind.LATE_START).toList();
  }
}
