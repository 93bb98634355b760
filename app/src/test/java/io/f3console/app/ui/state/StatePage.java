package io.f3console.app.ui.state;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Chain state view as a person would: the network, the source, Compute. */
public final class StatePage {
  public static final String BUTTERFLY_V17 =
      "state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst";

  private StatePage() {}

  /** Computes from {@code source} for the network {@code key}, and waits for the outcome. */
  public static void compute(ConsoleFixture console, FxRobot robot, String key, String source)
      throws Exception {
    compute(console, robot, console.context().profiles().byKey(key).orElseThrow(), source);
  }

  /** Computes from {@code source} for {@code network}, and waits for the outcome. */
  public static void compute(ConsoleFixture console, FxRobot robot,
      io.f3console.core.network.NetworkProfile network, String source) throws Exception {
    start(console, robot, network, source);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
      String verdict = robot.lookup("#state-verdict").queryAs(Label.class).getText();
      return !verdict.startsWith("Computing") && !verdict.startsWith("Open a CAR");
    });
    console.awaitIdle();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Starts computing from {@code source} for {@code network}, without waiting. */
  public static void start(ConsoleFixture console, FxRobot robot,
      io.f3console.core.network.NetworkProfile network, String source) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> console.context().workspace().networkProperty()
        .set(network));
    console.navigate(Page.CHAIN_STATE);
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#state-source").queryAs(TextField.class)
        .setText(source));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#state-compute");
  }
}
