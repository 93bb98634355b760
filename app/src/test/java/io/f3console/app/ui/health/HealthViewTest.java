package io.f3console.app.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.testing.FakeLotusNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Health view: its empty state, the progress of opened certificates, and following a node on
 * loopback that is healthy, then stalls (its chain head advances, no new certificate).
 */
@ExtendWith(ApplicationExtension.class)
public class HealthViewTest {
  static SyntheticChain chain;
  private ConsoleFixture console;

  @BeforeAll
  static void generate() throws Exception {
    chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  static long head(int published) {
    return chain.certificates().get(published - 1).chain().head().epoch();
  }

  /** The text of a label or of selectable text (the facts, the evidence). */
  static String text(FxRobot robot, String id) {
    javafx.scene.Node node = robot.lookup(id).query();
    return node instanceof Label label
        ? label.getText()
        : ((javafx.scene.control.TextInputControl) node).getText();
  }

  static void type(FxRobot robot, String id, String text) {
    WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Connects to {@code node} as File › Connect to a node does, and waits for its data. */
  public static void connect(ConsoleFixture console, FakeLotusNode node) throws Exception {
    // the demo network becomes known once generated: its expected table proves the node's
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    SourceSpec spec = SourceSpec.parse("rpc:" + node.endpoint());
    WaitForAsyncUtils.asyncFx(
        () ->
            console
                .context()
                .loader()
                .openSource(spec, SourceOptions.defaults(), Optional.empty()));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    assertThat(console.context().workspace().node()).isPresent();
  }

  @Test
  void withNothingOpenItSaysWhatToDo(FxRobot robot) {
    console.navigate(Page.HEALTH);
    assertThat(text(robot, "#health-verdict"))
        .contains("connect to a node")
        .contains("open certificates");
    assertThat(
            robot
                .lookup("#health-follow")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isDisabled())
        .isTrue();
    assertThat(robot.lookup("#follow-badge").queryAs(Label.class).isVisible()).isFalse();
  }

  @Test
  void theAlertRulesAreEditedInTheViewAndAMistakeChangesNothing(FxRobot robot) {
    console.navigate(Page.HEALTH);
    type(robot, "#health-max-lag", "twenty");
    robot.clickOn("#health-apply");
    assertThat(text(robot, "#health-settings-result"))
        .startsWith("✘ the largest lag is a whole number");
    assertThat(console.context().follow().rulesProperty().get().maxLag()).hasValue(20);

    type(robot, "#health-max-lag", "45");
    type(robot, "#health-min-participation", "66.7");
    type(robot, "#health-miners", "f01000, 1001");
    type(robot, "#health-absent", "3");
    type(robot, "#health-interval", "2m");
    robot.clickOn("#health-apply");
    assertThat(text(robot, "#health-settings-result")).startsWith("✔");
    var rules = console.context().follow().rulesProperty().get();
    assertThat(rules.maxLag()).hasValue(45);
    assertThat(rules.minParticipation()).hasValue(66.7);
    assertThat(rules.miners()).extracting(m -> m.address()).containsExactly("f01000", "f01001");
    assertThat(rules.absentInstances()).isEqualTo(3);
    assertThat(console.context().follow().intervalProperty().get())
        .isEqualTo(java.time.Duration.ofMinutes(2));
  }

  @Test
  void openedCertificatesShowTheirProgressAndLagChartWithoutLiveState(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.HEALTH);
    assertThat(text(robot, "#health-verdict"))
        .contains("60 validated certificates from" + " demo:healthy");
    assertThat(text(robot, "#health-instances")).isEqualTo("60 (0–59)");
    assertThat(text(robot, "#health-base-only")).contains("longest streak");
    assertThat(text(robot, "#health-live-caption")).contains("not followed");
    assertThat(robot.lookup("#health-lag").queryAs(LagChart.class).pointCount()).isEqualTo(60);
    assertThat(text(robot, "#health-lag-caption")).startsWith("One point per instance, 60");
  }

  @Test
  void followingSeesHealthyThenAStallInTheViewAndTheStatusBar(FxRobot robot) throws Exception {
    AtomicLong chainHead = new AtomicLong(head(40) + 2);
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).publish(40).withChainHead(chainHead::get)) {
      connect(console, node);
      console.navigate(Page.HEALTH);
      List<String> badges = new CopyOnWriteArrayList<>();
      List<String> banners = new CopyOnWriteArrayList<>();
      WaitForAsyncUtils.asyncFx(
          () -> {
            console.context().follow().badgeProperty().addListener((o, a, b) -> badges.add(b));
            console.context().follow().bannerProperty().addListener((o, a, b) -> banners.add(b));
          });
      type(robot, "#health-interval", "200ms");
      type(robot, "#health-max-silence", "1h");
      robot.clickOn("#health-follow");
      WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> badges.contains("Following: healthy"));
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(text(robot, "#health-verdict")).contains("healthy");
      assertThat(text(robot, "#health-lag")).startsWith("2 epochs");
      assertThat(text(robot, "#health-stall")).startsWith("no");
      assertThat(text(robot, "#health-instances")).isEqualTo("40 (0–39)");
      assertThat(robot.lookup("#follow-badge").queryAs(Label.class).getStyleClass())
          .contains("f3-success");

      // the node stalls: its chain head moves on, no certificate comes; silence 1 s is a stall
      type(robot, "#health-max-silence", "1s");
      type(robot, "#health-max-lag", "1000");
      robot.clickOn("#health-apply");
      chainHead.set(head(40) + 5);
      WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> badges.contains("Following: 1 alert"));
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(robot.lookup("#health-alert-stall").tryQuery()).isPresent();
      // the alert's evidence is text to select, not only to read
      javafx.scene.control.TextInputControl evidence =
          robot
              .lookup("#health-alert-stall .health-alert-evidence")
              .queryAs(javafx.scene.control.TextInputControl.class);
      assertThat(evidence.isEditable()).isFalse();
      assertThat(evidence.getText()).isNotBlank();
      assertThat(text(robot, "#health-stall")).startsWith("YES");
      assertThat(robot.lookup("#follow-badge").queryAs(Label.class).getText())
          .isEqualTo("Following: 1 alert");
      assertThat(robot.lookup("#follow-badge").queryAs(Label.class).getStyleClass())
          .contains("f3-danger");
      assertThat(text(robot, "#follow-banner-text")).startsWith("⚠ Alert STALL");
      assertThat(console.context().dialogs().noticeProperty().get()).startsWith("⚠ Alert STALL");
      int roundAtAlert = console.context().follow().roundsProperty().get();
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () -> console.context().follow().roundsProperty().get() >= roundAtAlert + 2);
      // the alert is announced when it starts, not at every round
      assertThat(banners.stream().filter(b -> b.contains("STALL"))).hasSize(1);

      // certificates come again (and a long silence is fine again): healthy, the banner goes
      type(robot, "#health-max-silence", "1h");
      robot.clickOn("#health-apply");
      node.publish(50);
      chainHead.set(head(50) + 1);
      // a round may turn healthy between Apply and the publishing (the long silence is fine
      // again), so wait for what the rounds after the publishing show, not for a new badge
      WaitForAsyncUtils.waitFor(
          90,
          TimeUnit.SECONDS,
          () ->
              "50 (0–49)"
                      .equals(
                          WaitForAsyncUtils.asyncFx(() -> text(robot, "#health-instances")).get())
                  && "Following: healthy".equals(console.context().follow().badgeProperty().get()));
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(text(robot, "#health-instances")).isEqualTo("50 (0–49)");
      assertThat(robot.lookup("#follow-banner").queryAs(javafx.scene.Node.class).isVisible())
          .isFalse();

      robot.clickOn("#health-follow");
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();
      assertThat(console.context().follow().followingProperty().get()).isFalse();
    }
  }
}
