package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where {@code powertable from-state} reads chain state: {@code car:PATH} or a plain
 * {@code .car} path. A CAR is read into memory for now ({@link MemoryBlockSource#fromCar}, which
 * holds up to 64 MiB of blocks); this is the one place an indexed CAR source, for large and
 * {@code .car.zst} files, plugs in.
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
    if (lower.endsWith(".zst")) {
      // Seam: a zstd-compressed or large CAR needs the indexed CAR block source.
      throw new F3Exception(path + ": a .car.zst needs the indexed CAR source, which this"
          + " build does not have yet; decompress it (zstd -d) and give the .car");
    }
    List<Cid> roots;
    try (CarReader reader = CarReader.open(path)) {
      roots = reader.header().roots();
    } catch (IOException e) {
      throw new F3Exception(path + ": cannot close: " + e.getMessage(), e);
    }
    if (roots.isEmpty()) {
      throw new F3Exception(path + ": the CAR names no root tipset");
    }
    return new Opened(MemoryBlockSource.fromCar(path), roots, spec.startsWith("car:") ? spec
        : "car:" + spec);
  }
}
