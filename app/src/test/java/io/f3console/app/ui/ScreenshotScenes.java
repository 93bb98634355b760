package io.f3console.app.ui;

import java.nio.file.Path;

/** How each view is posed for its picture. */
final class ScreenshotScenes {
  private ScreenshotScenes() {}

  static Path compareMode(ConsoleFixture console, String name) {
    console.navigate(Page.POWER_TABLE);
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  static Path stepToQuorum(ConsoleFixture console, int certificate, String name) {
    console.navigate(Page.CERTIFICATES);
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }

  static Path firstFailure(ConsoleFixture console, String name) {
    console.navigate(Page.CERTIFICATES);
    console.awaitIdle();
    return Screenshots.write(console.scene(), name);
  }
}
