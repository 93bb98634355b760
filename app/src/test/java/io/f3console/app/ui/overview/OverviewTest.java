package io.f3console.app.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.FailureReason;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OverviewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void healthyDemoOpensOnAVerdictThatEveryCertificateValidates(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.OVERVIEW);
    ChainInspection inspection = console.context().workspace().chain().orElseThrow()
        .inspection().orElseThrow();

    assertThat(text(robot, "#overview-verdict")).startsWith("✔")
        .contains("All " + inspection.certificates().size() + " certificates validate")
        .contains("reaches instance " + inspection.result().nextInstance());
    assertThat(robot.lookup("#overview-failure").queryButton().isVisible()).isFalse();
    assertThat(robot.lookup("#overview-cid").queryAs(CopyableText.class).value())
        .isEqualTo(inspection.initialTable().cid().toString());
    // the network's published CID and the next table's CID are values to copy, not text
    assertThat(robot.lookup("#overview-expected-cid").queryAs(CopyableText.class).value())
        .isEqualTo(console.context().workspace().network().initialPowerTableCid()
            .orElseThrow());
    assertThat(robot.lookup("#overview-next-cid").queryAs(CopyableText.class).value())
        .isEqualTo(inspection.result().powerTable().cid().toString());
    assertThat(text(robot, "#overview-network") + text(robot, "#overview-chain"))
        .doesNotContain("bafy");
    robot.clickOn("#overview-next-cid");
    assertThat(org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils
        .asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())))
        .isEqualTo(inspection.result().powerTable().cid().toString());
  }

  @Test
  void brokenDemoSaysWhereValidationStopsAndWhatItMeans(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.BROKEN);
    console.navigate(Page.OVERVIEW);
    DemoNetwork demo = DemoNetwork.builtIn();

    assertThat(text(robot, "#overview-verdict")).startsWith("✘")
        .contains("Validation stops at instance " + demo.brokenInstance());
    assertThat(text(robot, "#overview-meaning")).contains(FailureReason.INSUFFICIENT_POWER.meaning());

    robot.clickOn("#overview-failure");
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.CERTIFICATES);
    assertThat(console.context().workspace().selectedCertificateProperty().get())
        .isEqualTo(demo.brokenInstance());
  }

  @Test
  void realMainnetFilesAreVerifiedAndNameTheBiggestParticipant(FxRobot robot) throws Exception {
    var tableFile = SharedData.file("mainnet_initial_power_table.json");
    var certsFile = SharedData.file("mainnet_certs_0_9.json");
    console.open(tableFile, certsFile);
    console.navigate(Page.OVERVIEW);
    var table = PowerTableFiles.read(tableFile).toTable();
    PowerTableStatistics.Row biggest = PowerTableStatistics.of(table).rows().get(0);

    assertThat(console.context().workspace().network().key()).isEqualTo("mainnet");
    assertThat(text(robot, "#overview-verdict")).startsWith("✔")
        .contains("All " + CertificateFiles.read(certsFile).size() + " certificates validate")
        .contains("reaches instance 10");
    assertThat(text(robot, "#overview-trust")).contains("verified");
    assertThat(text(robot, "#overview-table-text"))
        .contains("Biggest participant: " + biggest.entry().id().address())
        .contains(String.format(java.util.Locale.ROOT, "%.2f%%", biggest.share() * 100));
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
