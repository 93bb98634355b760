package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.doctor.DoctorViewModel;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What only the Doctor's screen shows: the empty list, an input error in sight, the checks as cells
 * with selectable evidence and CIDs to click, and the copy actions. What the checks say is {@link
 * io.f3console.app.ui.doctor.DoctorViewModelTest}'s.
 */
@ExtendWith(ApplicationExtension.class)
class DoctorViewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void beforeTheFirstRunTheEmptyListSaysWhatWillAppear(FxRobot robot) {
    console.navigate(Page.DOCTOR);

    ListView<?> checks = robot.lookup("#doctor-checks").queryAs(ListView.class);

    assertThat(checks.getItems()).isEmpty();
    assertThat(((Label) checks.getPlaceholder()).getText())
        .contains("appear here")
        .contains("endpoint");
  }

  @Test
  void anInputErrorIsShownAsTheVerdict(FxRobot robot) {
    console.navigate(Page.DOCTOR);
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#doctor-endpoint").queryAs(TextField.class).setText("file:table.json"));
    robot.clickOn("#doctor-run");
    WaitForAsyncUtils.waitForFxEvents();

    Label verdict = robot.lookup("#doctor-verdict").queryAs(Label.class);
    assertThat(verdict.getText())
        .isEqualTo("✘ The doctor checks a node: give its http:// or" + " https:// URL.");
    assertThat(verdict.isVisible()).isTrue();
    assertThat(verdict.getStyleClass()).contains(Tone.DANGER.styleClass());
  }

  @Test
  void theChecksShowSelectableEvidenceCidsToClickAndCopyAsMarkdown(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    var chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(
          () ->
              robot
                  .lookup("#doctor-endpoint")
                  .queryAs(TextField.class)
                  .setText(node.endpoint().toString()));
      robot.clickOn("#doctor-run");
      ListView<?> list = robot.lookup("#doctor-checks").queryAs(ListView.class);
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () ->
              robot.lookup("#doctor-verdict").queryAs(Label.class).getText().matches("^[✔⚠✘–] .*"));
      console.awaitIdle();
      WaitForAsyncUtils.waitForFxEvents();

      @SuppressWarnings("unchecked")
      List<DoctorCheck> shown = (List<DoctorCheck>) list.getItems();
      assertThat(shown).extracting(DoctorCheck::verdict).contains(CheckVerdict.FAIL);
      assertThat(robot.lookup("#doctor-verdict").queryAs(Label.class).getText())
          .startsWith("✘ 1 check(s) failed");
      DoctorCheck root =
          shown.stream()
              .filter(c -> c.id().equals(Doctor.INITIAL_POWER_TABLE))
              .findFirst()
              .orElseThrow();
      int index = shown.indexOf(root);
      WaitForAsyncUtils.asyncFx(() -> list.scrollTo(index));
      WaitForAsyncUtils.waitForFxEvents();

      // the evidence, consequences and remedy are text to select, not labels
      VBox cell = robot.lookup("#doctor-check-" + root.id()).queryAs(VBox.class);
      List<SelectableText> texts =
          robot.from(cell).lookup(".f3-selectable").queryAllAs(SelectableText.class).stream()
              .toList();
      assertThat(texts)
          .extracting(SelectableText::getText)
          .containsAll(root.evidence())
          .containsAll(root.consequences().stream().map(c -> "↳ " + c).toList())
          .contains("→ " + root.remedy().orElseThrow());
      assertThat(texts)
          .allSatisfy(
              text -> {
                assertThat(text.isEditable()).isFalse();
                assertThat(text.getHeight())
                    .as("as tall as its lines, never a scroll")
                    .isGreaterThan(10);
              });
      VBox consequences = robot.lookup("#doctor-consequences-" + root.id()).queryAs(VBox.class);
      assertThat(consequences.getChildren()).hasSize(root.consequences().size() + 1);
      SelectableText remedy =
          texts.stream().filter(t -> t.getText().startsWith("→ ")).findFirst().orElseThrow();
      // a click into the remedy, then Ctrl+A and Ctrl+C, copies it (not the whole check)
      robot.clickOn((Node) remedy);
      robot.press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.C).release(KeyCode.CONTROL);
      assertThat(clipboard()).isEqualTo("→ " + root.remedy().orElseThrow());
      robot.doubleClickOn((Node) texts.get(0));
      assertThat(texts.get(0).getSelectedText()).isNotBlank();

      // every CID the check names is a value to click
      List<String> cids = DoctorViewModel.cidsOf(root);
      assertThat(cids).isNotEmpty();
      List<CopyableText> values =
          robot
              .lookup("#doctor-cids-" + root.id())
              .queryAs(javafx.scene.layout.FlowPane.class)
              .getChildren()
              .stream()
              .filter(CopyableText.class::isInstance)
              .map(CopyableText.class::cast)
              .toList();
      assertThat(values).extracting(CopyableText::value).containsExactlyElementsOf(cids);
      robot.clickOn((Node) values.get(values.size() - 1));
      assertThat(clipboard()).isEqualTo(cids.get(cids.size() - 1));

      // the whole diagnosis copies as Markdown; one check copies with Ctrl+C
      robot.clickOn("#doctor-copy");
      assertThat(clipboard())
          .startsWith("# F3 bootstrap doctor")
          .contains("## " + root.title() + ": failed");
      WaitForAsyncUtils.asyncFx(
          () -> {
            list.getSelectionModel().select(index);
            list.requestFocus();
          });
      WaitForAsyncUtils.waitForFxEvents();
      robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
      assertThat(clipboard()).startsWith("## " + root.title() + ": failed").doesNotContain("# F3");
    }
  }

  private static String clipboard() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
  }
}
