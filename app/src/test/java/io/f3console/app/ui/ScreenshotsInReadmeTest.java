package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows a committed picture of every main view that the screenshot test makes. */
class ScreenshotsInReadmeTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("f3console.repository", ".."));

  @Test
  void everyPictureIsCommittedAndLinkedFromTheReadme() throws Exception {
    String readme = Files.readString(REPOSITORY.resolve("README.md"));
    for (String name : ScreenshotTest.NAMES) {
      Path png = REPOSITORY.resolve("screenshots").resolve(name + ".png");
      assertThat(png).as("screenshots/%s.png", name).isRegularFile();
      assertThat(Files.size(png)).as("screenshots/%s.png", name).isGreaterThan(10_000);
      assertThat(readme).as("README link to %s", name).contains("(screenshots/" + name + ".png)");
    }
  }
}
