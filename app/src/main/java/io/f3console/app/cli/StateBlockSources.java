package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.cid.Cid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where {@code powertable from-state} reads chain state: {@code car:PATH} or a plain
 * {@code .car} or {@code .car.zst} path, indexed in one streaming pass and read block by block
 * ({@link CarBlockSource}: every block checked against its CID when read).
 */
final class StateBlockSources {
  /** An opened source and the tipset its CAR names as roots. */
  record Opened(BlockSource source, List<Cid> roots, String spec) {}

  private StateBlockSources() {}

  static Opened open(String text) throws F3Exception {
    String spec = text;
    String pathText = text.startsWith("car:") ? text.substring("car:".length()) : text;
    String lower = pathText.toLowerCase(Locale.ROOT);
    if (!text.startsWith("car:") && !lower.endsWith(".car") && !lower.endsWith(".car.zst")) {
      throw new F3Exception(text + ": not a state source; give car:PATH or a .car file");
    }
    Path path = Path.of(pathText);
    if (!Files.isRegularFile(path)) {
      throw new F3Exception(path + ": no such file");
    }
    CarBlockSource car = CarBlockSource.open(path);
    if (car.roots().isEmpty()) {
      try {
        car.close();
      } catch (IOException e) {
        // the CAR is refused below either way
      }
      throw new F3Exception(path + ": the CAR names no root tipset");
    }
    return new Opened(car, car.roots(), spec.startsWith("car:") ? spec : "car:" + spec);
  }
}
