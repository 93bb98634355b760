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
  public static final String INTEROPNET_V7 = "state/lotus_genesis_interopnet_actorsv7.car.zst";

  /** The CID of butterflynet's genesis table, as its .DERIVED.json beside the state says. */
  public static final String BUTTERFLY_TABLE =
      "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";

  private StatePage() {}

  /** Butterflynet as if it bootstrapped at 900, naming its genesis table: genesis is signed. */
  public static io.f3console.core.network.NetworkProfile bootstrapAtGenesis() {
    return new io.f3console.core.network.NetworkProfile(
        "butterfly-at-genesis",
        java.util.List.of(),
        io.f3console.core.network.NetworkStatus.CURRENT,
        "butterflynet bootstrapping at 900",
        "butterflynet",
        java.util.Optional.of("butterflynet"),
        900,
        900,
        30,
        10,
        0,
        java.util.Optional.of(BUTTERFLY_TABLE),
        io.f3console.core.gpbft.StoragePower.of(2L << 30),
        java.util.List.of("test"));
  }

  /** A node on loopback whose tipset at every height is the genesis {@code genesis} holds. */
  public static io.f3console.core.testing.FakeLotusNode genesisNode(
      io.f3console.core.blocks.CarBlockSource genesis) throws Exception {
    return io.f3console.core.testing.FakeLotusNode.serving(genesis)
        .answering(
            "Filecoin.ChainGetTipSetByHeight",
            "{\"Cids\":[{\"/\":\"" + genesis.roots().get(0) + "\"}],\"Blocks\":[],\"Height\":0}");
  }

  /** Computes from {@code source} for the network {@code key}, and waits for the outcome. */
  public static void compute(ConsoleFixture console, FxRobot robot, String key, String source)
      throws Exception {
    compute(console, robot, console.context().profiles().byKey(key).orElseThrow(), source);
  }

  /** Computes from {@code source} for {@code network}, and waits for the outcome. */
  public static void compute(
      ConsoleFixture console,
      FxRobot robot,
      io.f3console.core.network.NetworkProfile network,
      String source)
      throws Exception {
    start(console, robot, network, source);
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> {
          String verdict = robot.lookup("#state-verdict").queryAs(Label.class).getText();
          return !verdict.startsWith("Computing") && !verdict.startsWith("Open a CAR");
        });
    console.awaitIdle();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Starts computing from {@code source} for {@code network}, without waiting. */
  public static void start(
      ConsoleFixture console,
      FxRobot robot,
      io.f3console.core.network.NetworkProfile network,
      String source)
      throws Exception {
    WaitForAsyncUtils.asyncFx(() -> console.context().workspace().networkProperty().set(network));
    console.navigate(Page.CHAIN_STATE);
    WaitForAsyncUtils.asyncFx(
        () -> robot.lookup("#state-source").queryAs(TextField.class).setText(source));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#state-compute");
  }
}
