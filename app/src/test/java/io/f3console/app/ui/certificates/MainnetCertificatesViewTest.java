package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.Stage;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stepper on real data: mainnet's initial power table and its certificates 0 to 9. */
@ExtendWith(ApplicationExtension.class)
class MainnetCertificatesViewTest {
  /** The power-table CID certificate 9 commits to (the committee of instance 10). */
  static final String CID_AFTER_9 =
      "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i";

  private ConsoleFixture console;

  @Start
  void start(javafx.stage.Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  private void selectCertificate(int index) {
    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedCertificateProperty().set(index));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void mainnetCertificatesValidateAndShowTheirSignedBytes(FxRobot robot) {
    console.open(
        SharedData.file("mainnet_initial_power_table.json"),
        SharedData.file("mainnet_certs_0_9.json"));
    console.navigate(Page.CERTIFICATES);

    // the verdicts on these certificates: CertificatesViewModelTest
    ChainInspection inspection =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow();

    selectCertificate(0);
    robot.clickOn("#stage-" + Stage.PAYLOAD.name());
    String bytes =
        inspection.outcomes().get(0).event(Stage.PAYLOAD).orElseThrow().outputs().stream()
            .filter(d -> d.name().equals("bytes"))
            .map(Detail::value)
            .findFirst()
            .orElseThrow();
    AnnotatedHex hex = robot.lookup(".annotated-hex").queryAs(AnnotatedHex.class);
    List<Label> cells = hex.byteCells();
    assertThat(cells.stream().map(Label::getText).collect(Collectors.joining())).isEqualTo(bytes);
    assertThat(cells.get(0).getProperties().get(AnnotatedHex.FIELD)).isEqualTo("tag");
    assertThat(cells.get(cells.size() - 1).getProperties().get(AnnotatedHex.FIELD))
        .isEqualTo("power table CID");
    assertThat(robot.lookup("#payload-legend .label").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("filecoin", "DECIDE (5)");

    selectCertificate(9);
    robot.clickOn("#stage-" + Stage.POWER_TABLE_CID.name());
    assertThat(robot.lookup("#expected-cid").queryAs(CopyableText.class).value())
        .isEqualTo(CID_AFTER_9);
    assertThat(robot.lookup("#computed-cid").queryAs(CopyableText.class).value())
        .isEqualTo(CID_AFTER_9);
    assertThat(robot.lookup("#next-table-cid").queryAs(CopyableText.class).value())
        .isEqualTo(CID_AFTER_9);
  }
}
