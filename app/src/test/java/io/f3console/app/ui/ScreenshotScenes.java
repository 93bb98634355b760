package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.validation.Stage;
import java.nio.file.Path;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** How each view is posed for its picture: through the controls a person would use. */
final class ScreenshotScenes {
  private ScreenshotScenes() {}

  static Path compareMode(ConsoleFixture console, FxRobot robot, String name) {
    console.navigate(Page.POWER_TABLE);
    console.awaitIdle();
    robot.clickOn("#compare-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  static Path stage(
      ConsoleFixture console, FxRobot robot, int certificate, Stage stage, String name) {
    console.navigate(Page.CERTIFICATES);
    WaitForAsyncUtils.asyncFx(
        () -> console.context().workspace().selectedCertificateProperty().set(certificate));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stage-" + stage.name());
    WaitForAsyncUtils.waitForFxEvents();
    return Screenshots.write(console.scene(), name);
  }

  static Path firstFailure(ConsoleFixture console, FxRobot robot, String name) {
    console.navigate(Page.CERTIFICATES);
    robot.clickOn("#run-to-failure");
    WaitForAsyncUtils.waitForFxEvents();
    return Screenshots.write(console.scene(), name);
  }

  /**
   * The Chain state view on the real butterflynet genesis (actors v17), for butterfly, with a
   * miner's decision explained.
   */
  @SuppressWarnings("unchecked")
  static Path chainState(ConsoleFixture console, FxRobot robot, String name) throws Exception {
    // a path relative to the working directory, as a person would type it
    Path car =
        Path.of("")
            .toAbsolutePath()
            .relativize(
                io.f3console.core.testing.SharedData.file(
                        io.f3console.app.ui.state.StatePage.BUTTERFLY_V17)
                    .toAbsolutePath());
    io.f3console.app.ui.state.StatePage.compute(console, robot, "butterfly", "car:" + car);
    var table = robot.lookup("#state-decisions").queryAs(javafx.scene.control.TableView.class);
    WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(1));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  static Path releaseCheck(ConsoleFixture console, FxRobot robot, String name) throws Exception {
    console.navigate(Page.RELEASE_CHECK);
    WaitForAsyncUtils.asyncFx(
        () ->
            robot
                .lookup("#release-source")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("demo:healthy"));
    robot.clickOn("#release-add");
    robot.clickOn("#release-run");
    WaitForAsyncUtils.waitFor(
        30,
        java.util.concurrent.TimeUnit.SECONDS,
        () ->
            !robot
                .lookup("#release-report")
                .queryAs(javafx.scene.control.TextArea.class)
                .getText()
                .isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  /**
   * The Participation view (Ctrl+9) on the healthy demo: a miner looked up by typing it, an
   * instance selected on the chart and its missing power on show.
   */
  static Path participation(ConsoleFixture console, FxRobot robot, String name) {
    console.navigate(Page.PARTICIPATION);
    console.awaitIdle();
    robot
        .clickOn("#miner-field")
        .eraseText(20)
        .write("f01010")
        .type(javafx.scene.input.KeyCode.ENTER);
    console.awaitIdle();
    robot.clickOn("#participation-chart");
    console.awaitIdle();
    robot.clickOn("Missing power");
    WaitForAsyncUtils.waitForFxEvents();
    robot.moveTo("#participation-chart");
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  /** The History view with the broken demo's session selected and a note added to it. */
  @SuppressWarnings("unchecked")
  static Path history(ConsoleFixture console, FxRobot robot, String name) throws Exception {
    console.navigate(Page.HISTORY);
    console.awaitIdle();
    var table = robot.lookup("#history-table").queryAs(javafx.scene.control.TableView.class);
    WaitForAsyncUtils.waitFor(
        30,
        java.util.concurrent.TimeUnit.SECONDS,
        () ->
            table.getItems().stream()
                .anyMatch(
                    s ->
                        ((io.f3console.core.history.SessionSummary) s)
                            .command()
                            .equals("open demo:broken")));
    WaitForAsyncUtils.asyncFx(
        () ->
            table
                .getSelectionModel()
                .select(
                    table.getItems().stream()
                        .filter(
                            s ->
                                ((io.f3console.core.history.SessionSummary) s)
                                    .command()
                                    .equals("open demo:broken"))
                        .findFirst()
                        .orElseThrow()));
    console.awaitIdle();
    WaitForAsyncUtils.asyncFx(
        () ->
            robot
                .lookup("#history-note")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText(
                    "Expected: the demo breaks certificate 37 on purpose (too little power)."));
    robot.clickOn("#history-add-note");
    WaitForAsyncUtils.waitFor(
        30,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> robot.lookup("#history-notes .history-note").tryQuery().isPresent());
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  /** The Power table view with its third entry selected and the table focused. */
  static Path selectedEntry(ConsoleFixture console, FxRobot robot, String name) {
    console.navigate(Page.POWER_TABLE);
    console.awaitIdle();
    var compare = robot.lookup("#compare-toggle").queryAs(javafx.scene.control.ToggleButton.class);
    if (compare.isSelected()) {
      robot.clickOn(compare);
      console.awaitIdle();
    }
    var table = robot.lookup("#entry-table").queryAs(javafx.scene.control.TableView.class);
    WaitForAsyncUtils.asyncFx(
        () -> {
          table.scrollTo(0);
          table.getSelectionModel().select(2);
          table.requestFocus();
        });
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  /** The History view with the newest session of {@code kind} selected. */
  static Path historyOf(
      ConsoleFixture console,
      FxRobot robot,
      io.f3console.core.history.SessionKind kind,
      String name)
      throws Exception {
    console.navigate(Page.HISTORY);
    console.awaitIdle();
    var table = robot.lookup("#history-table").queryAs(javafx.scene.control.TableView.class);
    WaitForAsyncUtils.waitFor(
        30,
        java.util.concurrent.TimeUnit.SECONDS,
        () ->
            table.getItems().stream()
                .anyMatch(s -> ((io.f3console.core.history.SessionSummary) s).kind() == kind));
    WaitForAsyncUtils.asyncFx(
        () ->
            table
                .getSelectionModel()
                .select(
                    table.getItems().stream()
                        .filter(s -> ((io.f3console.core.history.SessionSummary) s).kind() == kind)
                        .findFirst()
                        .orElseThrow()));
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  static Path doctor(ConsoleFixture console, FxRobot robot, String name) throws Exception {
    var chain =
        io.f3console.core.sim.DemoNetwork.builtIn()
            .generate(io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    try (var node = io.f3console.core.testing.FakeLotusNode.start(chain)) {
      node.withFaults(io.f3console.core.testing.NodeFaults.NONE.withWrongInitialPowerTable());
      long miner = chain.initialTable().entry(0).id().bits();
      node.withLeaseEndingIn(miner, 4);
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(
          () -> {
            robot
                .lookup("#doctor-endpoint")
                .queryAs(javafx.scene.control.TextField.class)
                .setText(node.endpoint().toString());
            robot
                .lookup("#doctor-miners")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("f0" + miner);
          });
      robot.clickOn("#doctor-run");
      WaitForAsyncUtils.waitFor(
          60,
          java.util.concurrent.TimeUnit.SECONDS,
          () ->
              robot
                  .lookup("#doctor-verdict")
                  .queryAs(javafx.scene.control.Label.class)
                  .getText()
                  .startsWith("✘"));
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();
      return Screenshots.write(console.scene(), name);
    }
  }

  /**
   * The Health view following a demo node on loopback that has stalled: its chain head moves on
   * while no certificate comes (silence limit 1 s for the picture), with the alert in the view, the
   * banner and the status bar.
   */
  static Path health(ConsoleFixture console, FxRobot robot, String name) throws Exception {
    var chain =
        io.f3console.core.sim.DemoNetwork.builtIn()
            .generate(io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    long head = chain.certificates().get(44).chain().head().epoch();
    var chainHead = new java.util.concurrent.atomic.AtomicLong(head + 3);
    try (var node =
        io.f3console.core.testing.FakeLotusNode.start(chain)
            .publish(45)
            .withChainHead(chainHead::getAndIncrement)) {
      var spec = io.f3console.core.source.SourceSpec.parse("rpc:" + node.endpoint());
      WaitForAsyncUtils.asyncFx(
          () ->
              console
                  .context()
                  .loader()
                  .openSource(
                      spec,
                      io.f3console.core.source.SourceOptions.defaults(),
                      java.util.Optional.empty()));
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();
      console.navigate(Page.HEALTH);
      var follow = console.context().follow();
      WaitForAsyncUtils.asyncFx(
          () -> {
            robot
                .lookup("#health-interval")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("300ms");
            robot
                .lookup("#health-max-silence")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("1s");
          });
      WaitForAsyncUtils.waitForFxEvents();
      robot.clickOn("#health-follow");
      WaitForAsyncUtils.waitFor(
          120,
          java.util.concurrent.TimeUnit.SECONDS,
          () -> follow.badgeProperty().get().endsWith("alert"));
      // no further round while the picture is taken
      WaitForAsyncUtils.asyncFx(() -> follow.intervalProperty().set(java.time.Duration.ofHours(1)));
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();
      Path written = Screenshots.write(console.scene(), name);
      WaitForAsyncUtils.asyncFx(follow::stop);
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();
      return written;
    }
  }

  /**
   * Only the keyboard: Ctrl+2 shows the Power table, Tab moves into the table, ↓ selects the third
   * entry; the focus ring and the selection are what a keyboard user sees.
   */
  static Path keyboardOnly(ConsoleFixture console, FxRobot robot, String name) {
    console.navigate(Page.OVERVIEW);
    console.awaitIdle();
    robot
        .press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
        .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
    console.awaitIdle();
    var table = robot.lookup("#entry-table").queryAs(javafx.scene.control.TableView.class);
    for (int i = 0; i < 12 && !table.isFocused(); i++) {
      robot.type(javafx.scene.input.KeyCode.TAB);
    }
    assertThat(table.isFocused()).as("Tab reaches the power table").isTrue();
    robot.type(javafx.scene.input.KeyCode.DOWN, 2);
    console.awaitIdle();
    assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
    return Screenshots.write(console.scene(), name);
  }

  /**
   * The Doctor's Paste logs… window with a real mixed Lotus log read: its rows worst first, in
   * their tones, and the summary.
   */
  static Path logs(ConsoleFixture console, FxRobot robot, String name) throws Exception {
    console.navigate(Page.DOCTOR);
    robot.clickOn("#doctor-logs");
    WaitForAsyncUtils.waitForFxEvents();
    String log;
    try (java.io.InputStream in = ScreenshotScenes.class.getResourceAsStream("/logs/mixed.log")) {
      log = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    WaitForAsyncUtils.asyncFx(
        () ->
            robot.lookup("#logs-input").queryAs(javafx.scene.control.TextArea.class).setText(log));
    robot.clickOn("#logs-read");
    WaitForAsyncUtils.waitFor(
        30,
        java.util.concurrent.TimeUnit.SECONDS,
        () ->
            !robot
                .lookup("#logs-rows")
                .queryAs(javafx.scene.control.TableView.class)
                .getItems()
                .isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    javafx.stage.Window dialog =
        robot.listWindows().stream()
            .filter(
                w -> w.getScene() != null && w.getScene().getRoot().lookup("#logs-dialog") != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Paste logs window"));
    Path written = Screenshots.write(dialog.getScene(), name);
    WaitForAsyncUtils.asyncFx(dialog::hide);
    WaitForAsyncUtils.waitForFxEvents();
    return written;
  }

  /** Help ▸ Keyboard shortcuts (F1), its own window. */
  static Path shortcuts(ConsoleFixture console, FxRobot robot, String name) {
    robot.type(javafx.scene.input.KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    javafx.stage.Window dialog =
        robot.listWindows().stream()
            .filter(
                w ->
                    w.getScene() != null
                        && w.getScene().getRoot().lookup("#shortcuts-dialog") != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("F1 showed no shortcuts"));
    Path written = Screenshots.write(dialog.getScene(), name);
    WaitForAsyncUtils.asyncFx(dialog::hide);
    WaitForAsyncUtils.waitForFxEvents();
    return written;
  }
}
