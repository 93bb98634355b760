package io.f3console.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.TestWorkspace;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import io.f3console.core.validation.FailureReason;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell's toolbar and status bar state, without a screen. */
class MainViewModelTest {
  private final TestWorkspace console = new TestWorkspace();
  private final MainViewModel model = new MainViewModel(console.workspace(), console.loader());

  @Test
  void nothingOpenSaysSoAndHasNoTrust() {
    assertThat(model.sourceSummary().get()).isEqualTo("nothing open");
    assertThat(model.shortSourceSummary().get()).isEqualTo("nothing open");
    assertThat(model.trust().get()).isNull();
    assertThat(model.networks()).containsExactlyElementsOf(NetworkProfiles.builtIn().all());
  }

  @Test
  void theHealthyDemoIsOpenVerifiedAndItsNetworkIsOffered() {
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);

    assertThat(model.sourceSummary().get()).isEqualTo("demo:healthy");
    assertThat(model.shortSourceSummary().get()).isEqualTo("demo:healthy");
    assertThat(model.trust().get().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(model.networks()).contains(console.workspace().network());
    assertThat(console.workspace().network().key()).isEqualTo(DemoNetwork.PROFILE_KEY);
  }

  @Test
  void filesAreNamedInFullInTheStatusBarAndByFileNameInTheToolbar() {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    Path certs = SharedData.file("mainnet_certs_0_9.json");
    console.loader().openFiles(List.of(table, certs));

    assertThat(model.sourceSummary().get())
        .isEqualTo(
            "file:"
                + table.toAbsolutePath().normalize()
                + "  +  file:"
                + certs.toAbsolutePath().normalize());
    assertThat(model.shortSourceSummary().get())
        .isEqualTo("mainnet_initial_power_table.json  +  mainnet_certs_0_9.json");
    assertThat(model.trust().get().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(MainViewModel.shortSource("file:C:\\data\\table.json")).isEqualTo("table.json");
    assertThat(MainViewModel.shortSource("rpc:http://127.0.0.1:1234/rpc/v1"))
        .isEqualTo("rpc:http://127.0.0.1:1234/rpc/v1");
  }

  @Test
  void choosingAnotherNetworkRevalidatesAgainstItsNameAndExpectedCid() {
    console.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
    NetworkProfile mainnet = TestWorkspace.network("mainnet");
    int loads = console.runner().titles().size();

    model.selectNetwork(mainnet);

    assertThat(console.workspace().network()).isEqualTo(mainnet);
    assertThat(model.trust().get().state()).isEqualTo(TrustState.MISMATCH);
    var inspection = console.inspection();
    assertThat(inspection.networkName()).isEqualTo("filecoin");
    assertThat(inspection.result().failure().orElseThrow().reason())
        .isEqualTo(FailureReason.INVALID_SIGNATURE);
    assertThat(inspection.result().failure().orElseThrow().instance()).isZero();
    assertThat(console.runner().titles()).hasSize(loads + 1);

    // choosing the network already selected does not validate again
    model.selectNetwork(mainnet);
    model.selectNetwork(null);
    assertThat(console.runner().titles()).hasSize(loads + 1);
  }

  @Test
  void networksAreNamedWithTheirF3NameAndHistoricalOnesSaySo() {
    assertThat(MainViewModel.label(TestWorkspace.network("mainnet")))
        .isEqualTo("mainnet (filecoin)");
    assertThat(MainViewModel.label(TestWorkspace.network("calibnet-2024")))
        .isEqualTo("calibnet-2024 (calibrationnet), historical");
    assertThat(MainViewModel.label(null)).isEmpty();
  }
}
