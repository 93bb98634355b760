package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.shell.ConsoleWindow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real console window for UI tests: the standard context, the shell scene on the test's stage,
 * and a way to wait until background work has finished.
 */
public final class ConsoleFixture {
  private final ConsoleContext context;
  private final Scene scene;

  private ConsoleFixture(ConsoleContext context, Scene scene) {
    this.context = context;
    this.scene = scene;
  }

  /**
   * Builds the console on {@code stage} (call from a TestFX {@code @Start} method), with a history
   * database of its own in a temporary folder.
   */
  public static ConsoleFixture start(Stage stage) {
    return start(stage, java.util.Optional.of(TestHistory.newDatabase()));
  }

  /**
   * Builds the console on {@code stage} in a 1024×700 window (a small laptop or a VNC session),
   * with a history database of its own.
   */
  public static ConsoleFixture startSmall(Stage stage) {
    ConsoleFixture console = start(stage);
    stage.setWidth(1024);
    stage.setHeight(700);
    return console;
  }

  /**
   * Builds the console on {@code stage} with the history in {@code historyFile}; empty is {@code
   * --no-history}.
   */
  public static ConsoleFixture start(
      Stage stage, java.util.Optional<java.nio.file.Path> historyFile) {
    ConsoleContext context =
        new ConsoleContext(
            io.f3console.core.network.NetworkProfiles.builtIn(),
            io.f3console.core.sim.DemoNetwork.builtIn(),
            historyFile);
    Scene scene = ConsoleWindow.build(context, stage);
    stage.setScene(scene);
    stage.setWidth(1280);
    stage.setHeight(800);
    stage.show();
    return new ConsoleFixture(context, scene);
  }

  public ConsoleContext context() {
    return context;
  }

  public Scene scene() {
    return scene;
  }

  /**
   * Waits (up to a minute) until no background job is running and the history has written every
   * session recorded, then for the FX queue.
   */
  public void awaitIdle() {
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () ->
              WaitForAsyncUtils.waitFor(
                  WaitForAsyncUtils.asyncFx(
                      () ->
                          context.runner().activeJobs() == 0
                              && context.history().pendingWrites() == 0)));
    } catch (TimeoutException e) {
      throw new AssertionError("background work did not finish within a minute", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The history database of this console, if it has one. */
  public java.util.Optional<java.nio.file.Path> historyFile() {
    return context.history().file();
  }

  /** Opens a demo scenario on the FX thread and waits for it. */
  public void openDemo(io.f3console.core.sim.DemoNetwork.Scenario scenario) {
    WaitForAsyncUtils.asyncFx(() -> context.loader().openDemo(scenario));
    WaitForAsyncUtils.waitForFxEvents();
    awaitIdle();
    assertThat(context.workspace().chain()).isPresent();
  }

  /** Opens files on the FX thread and waits for them. */
  public void open(java.nio.file.Path... files) {
    WaitForAsyncUtils.asyncFx(() -> context.loader().openFiles(java.util.List.of(files)));
    WaitForAsyncUtils.waitForFxEvents();
    awaitIdle();
  }

  /**
   * Opens a demo scenario, shows {@code page} and waits until the console is idle: how most view
   * tests begin. Returns the page's view.
   */
  public Parent showDemo(io.f3console.core.sim.DemoNetwork.Scenario scenario, Page page) {
    openDemo(scenario);
    navigate(page);
    awaitIdle();
    return view(page);
  }

  /** The view of {@code page} (its root, known by the page's id). */
  public Parent view(Page page) {
    return (Parent) scene.lookup("#" + page.id());
  }

  /** Shows a page on the FX thread. */
  public void navigate(Page page) {
    WaitForAsyncUtils.asyncFx(() -> context.navigate(page));
    WaitForAsyncUtils.waitForFxEvents();
  }
}
