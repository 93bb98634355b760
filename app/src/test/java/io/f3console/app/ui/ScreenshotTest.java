package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a PNG of every main view, headless, on the demo data: into app/target/screenshots in a
 * normal build, into screenshots/ with {@code -Pscreenshots} (how the README's pictures are made).
 * Each picture must be a full window and differ from the others.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
  /** The pictures, by file name; the README shows each of them. */
  static final List<String> NAMES =
      List.of(
          "overview",
          "power-table",
          "power-table-compare",
          "worker-keys",
          "certificates",
          "certificates-payload",
          "doctor",
          "doctor-logs",
          "release-check",
          "participation",
          "mainnet-remembered",
          "certificates-failure",
          "history",
          "overview-dark",
          "certificates-dark",
          "power-table-dark",
          "history-dark",
          "chain-state",
          "health",
          "certificates-1024",
          "power-table-1024",
          "overview-1024",
          "keyboard-1024",
          "shortcuts");

  /** The pictures taken in a 1024×700 window, as a small laptop or a VNC session shows it. */
  static final List<String> SMALL =
      List.of("certificates-1024", "power-table-1024", "overview-1024", "keyboard-1024");

  /** The pictures of a dialog rather than the window: their own size, no larger. */
  static final List<String> DIALOGS = List.of("shortcuts", "doctor-logs");

  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void writesAPictureOfEveryMainView(FxRobot robot) throws Exception {
    List<Path> written = new ArrayList<>();
    // the real mainnet table, seen once from its file, is remembered and offered from then on
    console.open(SharedData.file("mainnet_initial_power_table.json"));
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    written.add(shoot(Page.OVERVIEW, "overview"));
    written.add(shoot(Page.POWER_TABLE, "power-table"));
    written.add(ScreenshotScenes.compareMode(console, robot, "power-table-compare"));
    written.add(shoot(Page.WORKER_KEYS, "worker-keys"));
    written.add(
        ScreenshotScenes.stage(
            console, robot, 5, io.f3console.core.validation.Stage.QUORUM, "certificates"));
    written.add(
        ScreenshotScenes.stage(
            console, robot, 5, io.f3console.core.validation.Stage.PAYLOAD, "certificates-payload"));
    written.add(ScreenshotScenes.doctor(console, robot, "doctor"));
    written.add(ScreenshotScenes.logs(console, robot, "doctor-logs"));
    written.add(ScreenshotScenes.releaseCheck(console, robot, "release-check"));
    written.add(ScreenshotScenes.participation(console, robot, "participation"));
    // the real mainnet table seen at the start, opened from the store by its button
    console.navigate(Page.OVERVIEW);
    WaitForAsyncUtils.waitFor(
        20,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> robot.lookup("#overview-published-mainnet").tryQuery().isPresent());
    robot.clickOn("#overview-published-mainnet");
    WaitForAsyncUtils.waitForFxEvents();
    written.add(shoot(Page.OVERVIEW, "mainnet-remembered"));

    console.openDemo(DemoNetwork.Scenario.BROKEN);
    written.add(ScreenshotScenes.firstFailure(console, robot, "certificates-failure"));
    written.add(ScreenshotScenes.history(console, robot, "history"));
    WaitForAsyncUtils.asyncFx(() -> console.context().themeProperty().set(Theme.DARK));
    WaitForAsyncUtils.waitForFxEvents();
    written.add(shoot(Page.OVERVIEW, "overview-dark"));
    written.add(
        ScreenshotScenes.stage(
            console,
            robot,
            12,
            io.f3console.core.validation.Stage.POWER_DELTA,
            "certificates-dark"));
    written.add(ScreenshotScenes.selectedEntry(console, robot, "power-table-dark"));
    written.add(
        ScreenshotScenes.historyOf(
            console, robot, io.f3console.core.history.SessionKind.DOCTOR, "history-dark"));
    WaitForAsyncUtils.asyncFx(() -> console.context().themeProperty().set(Theme.LIGHT));
    WaitForAsyncUtils.waitForFxEvents();
    written.add(ScreenshotScenes.chainState(console, robot, "chain-state"));
    written.add(ScreenshotScenes.health(console, robot, "health"));
    // the same console in a 1024×700 window, the certificates with the keyboard's focus ring
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    WaitForAsyncUtils.asyncFx(
        () -> {
          console.scene().getWindow().setWidth(1024);
          console.scene().getWindow().setHeight(700);
        });
    WaitForAsyncUtils.waitForFxEvents();
    written.add(
        ScreenshotScenes.stage(
            console, robot, 3, io.f3console.core.validation.Stage.SIGNERS, "certificates-1024"));
    written.add(shoot(Page.POWER_TABLE, "power-table-1024"));
    written.add(shoot(Page.OVERVIEW, "overview-1024"));
    written.add(ScreenshotScenes.keyboardOnly(console, robot, "keyboard-1024"));
    written.add(ScreenshotScenes.shortcuts(console, robot, "shortcuts"));

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyElementsOf(NAMES.stream().map(n -> n + ".png").toList());
    List<int[]> pixels = new ArrayList<>();
    for (Path file : written) {
      BufferedImage image = ImageIO.read(file.toFile());
      String picture = file.getFileName().toString().replace(".png", "");
      boolean small = SMALL.contains(picture);
      if (DIALOGS.contains(picture)) {
        assertThat(image.getWidth()).as(file.toString()).isBetween(400, 1280);
        assertThat(image.getHeight()).as(file.toString()).isBetween(300, 800);
      } else {
        assertThat(image.getWidth()).as(file.toString()).isEqualTo(small ? 1024 : 1280);
        assertThat(image.getHeight())
            .as(file.toString())
            .isLessThanOrEqualTo(small ? 700 : 800)
            .isGreaterThan(small ? 600 : 700);
      }
      int[] argb =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      for (int[] earlier : pixels) {
        assertThat(java.util.Arrays.equals(earlier, argb))
            .as("%s repeats an earlier picture", file)
            .isFalse();
      }
      pixels.add(argb);
    }
  }

  private Path shoot(Page page, String name) {
    console.navigate(page);
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }
}
