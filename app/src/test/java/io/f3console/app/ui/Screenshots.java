package io.f3console.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a scene as a PNG, headless (a snapshot of the scene graph, no screen needed). */
public final class Screenshots {
  private Screenshots() {}

  /** Where PNGs go: {@code screenshots/} with the screenshots profile, else target/. */
  public static Path directory() {
    String configured = System.getProperty("f3console.screenshots");
    return Path.of(configured == null || configured.isBlank() ? "target/screenshots" : configured);
  }

  /** Snapshots {@code scene} on the FX thread and writes {@code name}.png. */
  public static Path write(Scene scene, String name) {
    WritableImage image =
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path file = directory().resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(out, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
