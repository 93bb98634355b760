package io.f3console.app.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.network.NetworkProfiles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewOpeningTest {
  @Test
  void whileTheFirstFileIsReadTheOverviewSaysWhatItIsDoingNotThatNothingIsOpen() {
    OverviewViewModel.Summary empty =
        OverviewViewModel.summarise(
            NetworkProfiles.builtIn().byKey("mainnet").orElseThrow(),
            Optional.empty(),
            Optional.empty());
    assertThat(empty.verdict()).startsWith("Nothing is open");

    OverviewViewModel.Summary opening =
        OverviewViewModel.opening(empty, "Reading mainnet_initial_power_table.json");
    OverviewViewModel.Summary unnamed = OverviewViewModel.opening(empty, " ");

    assertThat(opening.verdict()).isEqualTo("Reading mainnet_initial_power_table.json…");
    assertThat(opening.tone()).isEqualTo(Tone.MUTED);
    assertThat(opening.network()).isEqualTo(empty.network());
    assertThat(unnamed.verdict()).isEqualTo("Opening…");
  }
}
