package io.f3console.app.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.Job;
import io.f3console.app.ui.TestWorkspace;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source dialog's logic without a screen: what Test says, what Open loads, the token. */
class SourceDialogModelTest {
  @TempDir Path folder;

  private SourceDialogModel model(
      TestWorkspace console, boolean node, Map<String, String> environment) {
    return new SourceDialogModel(
        node, console.runner(), NetworkProfiles.builtIn(), console.loader(), environment);
  }

  @Test
  void testingADemoSourceDescribesItAndOpeningLoadsItIntoTheWorkspace() throws Exception {
    TestWorkspace console = new TestWorkspace(folder);
    SourceDialogModel model = model(console, false, Map.of());
    SyntheticChain chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.BROKEN);
    int count = chain.certificates().size();
    model.locationProperty().set("demo:broken");

    Job<SourceProbe> job = model.test().orElseThrow();

    assertThat(job.state()).isEqualTo(Job.State.SUCCEEDED);
    assertThat(model.result().text())
        .startsWith("✔ demo source answered")
        .contains("certificates 0–" + (count - 1) + " (" + count + ")")
        .contains(chain.initialTable().size() + " entries");
    assertThat(model.result().tone()).isEqualTo(Tone.SUCCESS);
    // testing only looks: nothing is opened
    assertThat(console.workspace().sources()).isEmpty();

    model.open().orElseThrow();
    assertThat(console.workspace().sources()).containsExactly("demo:broken");
    assertThat(console.inspection().count(CertificateStatus.INVALID)).isEqualTo(1);
  }

  @Test
  void aFileSourceIsRecognisedAsMainnetsInitialTableAndOpensAsAFile() throws Exception {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    TestWorkspace console = new TestWorkspace(folder);
    SourceDialogModel model = model(console, false, Map.of());
    model.locationProperty().set("file:" + table);

    model.test();

    int entries = PowerTableFiles.read(table).entries().size();
    assertThat(model.result().text())
        .startsWith("✔ file source answered")
        .contains(String.format("%,d entries", entries))
        .contains("(the initial table of mainnet)");

    model.open();
    assertThat(console.workspace().network().key()).isEqualTo("mainnet");
    assertThat(console.workspace().table().orElseThrow().table().size()).isEqualTo(entries);
  }

  @Test
  void aMalformedStringOrANonNodeSourceIsRefusedInWordsWithoutRunning() {
    TestWorkspace console = new TestWorkspace(folder);
    SourceDialogModel node = model(console, true, Map.of());

    node.locationProperty().set("f3snap:snapshot.f3");
    assertThat(node.test()).isEmpty();
    assertThat(node.result().text()).startsWith("✘").contains("http:// or https://");
    assertThat(node.result().tone()).isEqualTo(Tone.DANGER);
    assertThat(node.canOpen()).isFalse();

    node.locationProperty().set("rpc:127.0.0.1");
    assertThat(node.test()).isEmpty();
    assertThat(node.result().text())
        .startsWith("✘")
        .contains("rpc: takes an http:// or https:// URL");
    assertThat(node.open()).isEmpty();
    assertThat(console.runner().titles()).isEmpty();
    assertThat(console.workspace().sources()).isEmpty();
  }

  @Test
  void aNodeThatRefusesSaysWhyFromTheJobAndTheTypedTokenOpensItsCertificates() throws Exception {
    String secret = "secret-token-123";
    try (FakeLotusNode node = FakeLotusNode.startMainnet().requireToken(secret)) {
      TestWorkspace console = new TestWorkspace(folder);
      SourceDialogModel model = model(console, true, Map.of());
      model.locationProperty().set(node.endpoint().toString());

      Job<SourceProbe> refused = model.test().orElseThrow();
      assertThat(refused.state()).isEqualTo(Job.State.FAILED);
      assertThat(model.result().text()).startsWith("✘ ").doesNotContain("Exception");
      assertThat(model.result().tone()).isEqualTo(Tone.DANGER);
      // said once, in the dialog's result line: no error window on top of the dialog
      assertThat(console.runner().failures()).isEmpty();

      model.tokenProperty().set(secret);
      model.test();
      assertThat(model.result().text())
          .startsWith("✔ rpc source answered")
          .contains("(the initial table of mainnet)")
          .doesNotContain(secret);

      model.open();
      assertThat(console.workspace().sources()).containsExactly("rpc:" + node.endpoint());
      assertThat(console.workspace().network().key()).isEqualTo("mainnet");
      assertThat(console.inspection().count(CertificateStatus.VALID))
          .isEqualTo(node.certificates().size());
      assertThat(String.join(" ", console.workspace().sources())).doesNotContain(secret);
    }
  }

  @Test
  void theEnvironmentsNodeIsOfferedAndItsTokenGoesOnlyToThatNode() throws Exception {
    String secret = "environment-token-9";
    try (FakeLotusNode node = FakeLotusNode.startMainnet().requireToken(secret)) {
      int port = node.endpoint().getPort();
      TestWorkspace console = new TestWorkspace(folder);
      SourceDialogModel model =
          model(
              console,
              true,
              Map.of("FULLNODE_API_INFO", secret + ":/ip4/127.0.0.1/tcp/" + port + "/http"));
      assertThat(model.locationProperty().get()).contains(":" + port);

      model.test();
      assertThat(model.result().text()).startsWith("✔ rpc source answered");

      // another node on the same host: the environment's token is not sent there
      model.locationProperty().set("http://127.0.0.1:" + (port == 1 ? 2 : port - 1) + "/rpc/v1");
      assertThat(model.options().token()).isEmpty();
    }
  }

  @Test
  void withoutANodeInTheEnvironmentTheUsualLocalEndpointIsOffered() {
    SourceDialogModel model = model(new TestWorkspace(folder), true, Map.of());
    assertThat(model.locationProperty().get()).isEqualTo("http://127.0.0.1:1234/rpc/v1");
    assertThat(model.forNode()).isTrue();
    SourceDialogModel any = model(new TestWorkspace(folder), false, Map.of());
    assertThat(any.locationProperty().get()).isEmpty();
    assertThat(any.canTestProperty().get()).isFalse();
  }

  @Test
  void testIsNotOfferedWhileATestIsUnderWayAndACancelledTestSaysSo() {
    TestWorkspace console = new TestWorkspace(folder);
    SourceDialogModel model = model(console, false, Map.of());
    model.locationProperty().set("demo:healthy");
    assertThat(model.canTestProperty().get()).isTrue();

    console.runner().hold();
    Job<SourceProbe> job = model.test().orElseThrow();
    assertThat(model.canTestProperty().get()).isFalse();
    assertThat(model.result().text()).isEqualTo("Looking at demo:healthy…");

    job.cancel();
    console.runner().runPending();
    assertThat(model.result().text()).isEqualTo("Cancelled.");
    assertThat(model.result().tone()).isEqualTo(Tone.MUTED);
    assertThat(model.canTestProperty().get()).isTrue();
  }
}
