package io.f3console.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The console's icon in every size a desktop asks for (the same files the packages install). Drawn
 * from {@code f3console.svg} beside them.
 */
public final class AppIcons {
  /** The sizes drawn, in pixels. */
  static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

  private AppIcons() {}

  public static List<Image> all() {
    List<Image> icons = new ArrayList<>();
    for (int size : SIZES) {
      String name = "/io/f3console/app/icons/f3console-" + size + ".png";
      try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the icon " + name + " is missing from the build");
        }
        icons.add(new Image(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(icons);
  }
}
