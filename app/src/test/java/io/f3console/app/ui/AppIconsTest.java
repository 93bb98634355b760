package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {
  @Test
  void everySizeIsThereAtItsSizeWithATransparentCorner() throws IOException {
    for (int size : AppIcons.SIZES) {
      String name = "/io/f3console/app/icons/f3console-" + size + ".png";
      try (InputStream in = AppIconsTest.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        BufferedImage image = ImageIO.read(in);
        assertThat(image.getWidth()).as(name).isEqualTo(size);
        assertThat(image.getHeight()).as(name).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as(name).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).as(name + " corner alpha").isZero();
      }
    }
    assertThat(AppIconsTest.class.getResource("/io/f3console/app/icons/f3console.svg")).isNotNull();
  }
}
