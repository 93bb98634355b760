package io.f3console.core.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.testing.ChildJava;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CAR index lives off the heap: a child JVM with a 64 MiB heap indexes a generated CAR and
 * reads every block back.
 */
class CarIndexOffHeapTest {
  static final int BLOCKS = 400_000;

  static byte[] data(int i) {
    return ByteBuffer.allocate(24).putLong(i).putLong(~i).putLong(i * 31L).array();
  }

  static Cid cid(int i) {
    return Cid.raw(data(i));
  }

  @Test
  void aChildJvmWithSixtyFourMegabytesOfHeapIndexesAndReadsEveryBlock(@TempDir Path dir)
      throws Exception {
    Path car = dir.resolve("blocks.car");
    try (CarWriter writer = CarWriter.create(car, CarWriter.Format.V1, List.of(cid(0)))) {
      for (int i = 0; i < BLOCKS; i++) {
        writer.writeBlock(Multicodec.RAW, data(i));
      }
    }
    List<String> command =
        ChildJava.command(
            List.of("-Xmx64m", "-Djava.io.tmpdir=" + dir),
            ReadEveryBlock.class,
            car.toString(),
            Integer.toString(BLOCKS));
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(ChildJava.nullDevice()))
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    System.out.print(output);
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("indexed=" + BLOCKS + " read=" + BLOCKS + " ")
        .contains("offHeapBytes=" + 16L * BLOCKS + " ");
    long heapBytes = Long.parseLong(output.replaceAll("(?s).*heapBytes=(\\d+).*", "$1"));
    assertThat(heapBytes).isLessThan(16L * BLOCKS / 100);
  }

  /** The child: indexes the CAR, reads every block back and checks its bytes. */
  public static final class ReadEveryBlock {
    public static void main(String[] args) throws Exception {
      Path car = Path.of(args[0]);
      int count = Integer.parseInt(args[1]);
      long start = System.nanoTime();
      try (CarBlockSource source = CarBlockSource.open(car)) {
        double indexed = (System.nanoTime() - start) / 1e9;
        int read = 0;
        for (int i = 0; i < count; i++) {
          if (Arrays.equals(source.block(cid(i)), data(i))) {
            read++;
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
            "CarIndex off heap: indexed=%d read=%d heapBytes=%d offHeapBytes=%d"
                + " mappedBytes=%d maxHeap=%d heapUsed=%d fileBytes=%d indexSeconds=%.2f"
                + " totalSeconds=%.2f%n",
            source.indexedBlocks(),
            read,
            source.indexHeapBytes(),
            source.indexBytes(),
            source.indexMappedBytes(),
            runtime.maxMemory(),
            runtime.totalMemory() - runtime.freeMemory(),
            Files.size(car),
            indexed,
            seconds);
      }
    }
  }
}
