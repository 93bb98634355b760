package io.f3console.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real named pipes for tests, made with {@code mkfifo} (the test is skipped, saying why, where
 * there is no {@code mkfifo}). A writer thread writes the content once and closes the pipe, as
 * {@code cat file > fifo} does, so a reader that opens the pipe a second time waits for a writer
 * that never comes.
 */
public final class Fifo {
  private Fifo() {}

  /** A new named pipe at {@code path}. */
  public static Path make(Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here: " + e.getMessage());
      throw e;
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("mkfifo ends").isTrue();
    Assumptions.assumeTrue(process.exitValue() == 0, "mkfifo cannot make a named pipe here");
    return path;
  }

  /**
   * A new named pipe at {@code path} whose one writer (a daemon thread) writes {@code content} and
   * closes it once a reader has opened it.
   */
  public static Path writingOnce(Path path, byte[] content)
      throws IOException, InterruptedException {
    make(path);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(path)) {
                out.write(content);
              } catch (IOException e) {
                // the reader went away early: what it made of the content is what is tested
              }
            },
            "fifo writer " + path.getFileName());
    writer.setDaemon(true);
    writer.start();
    return path;
  }
}
