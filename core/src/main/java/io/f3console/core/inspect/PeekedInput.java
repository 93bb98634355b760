package io.f3console.core.inspect;

import io.f3console.core.F3Exception;
import io.f3console.core.PathKind;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file opened once, whose first bytes have been looked at without being consumed: what it holds
 * is recognised from {@link #head()}, then the same stream is read from its first byte ({@link
 * #stream()}). So a pipe ({@code <(cat file)}, a named pipe, standard input) is read as well as a
 * regular file: nothing opens it a second time.
 */
public final class PeekedInput implements Closeable {
  /** How many bytes {@link #head()} holds at most: enough to tell every format apart. */
  public static final int HEAD = 64;

  private static final int BUFFER = 64 << 10;

  private final Path path;
  private final PathKind kind;
  private final BufferedInputStream stream;
  private final byte[] head;

  private PeekedInput(Path path, PathKind kind, BufferedInputStream stream, byte[] head) {
    this.path = path;
    this.kind = kind;
    this.stream = stream;
    this.head = head;
  }

  /**
   * Opens {@code path} and reads its first bytes (for a pipe, this waits for its writer).
   *
   * @throws F3Exception naming the path when it is missing, a folder or cannot be read
   */
  public static PeekedInput open(Path path) throws F3Exception {
    Objects.requireNonNull(path, "path");
    PathKind kind = PathKind.of(path);
    if (kind == PathKind.MISSING) {
      throw new F3Exception(path + ": no such file");
    }
    if (kind == PathKind.DIRECTORY) {
      throw new F3Exception(path + ": is a folder, not a file");
    }
    InputStream raw;
    try {
      raw = newInputStream(path, kind);
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw new F3Exception(path + ": no such file", e);
    } catch (IOException e) {
      throw new F3Exception(path + ": cannot read: " + e.getMessage(), e);
    }
    BufferedInputStream stream = new BufferedInputStream(raw, BUFFER);
    try {
      stream.mark(HEAD);
      byte[] head = stream.readNBytes(HEAD);
      stream.reset();
      return new PeekedInput(path, kind, stream, head);
    } catch (IOException e) {
      F3Exception failure = new F3Exception(path + ": cannot read: " + e.getMessage(), e);
      try {
        stream.close();
      } catch (IOException suppressed) {
        failure.addSuppressed(suppressed);
      }
      throw failure;
    }
  }

  /**
   * A stream over {@code path}. A pipe or a device gets a plain file stream: the channel stream of
   * {@link Files#newInputStream} asks a channel for its position, which a pipe cannot tell
   * ("Illegal seek").
   */
  static InputStream newInputStream(Path path, PathKind kind) throws IOException {
    if (kind.isRegularFile() || kind == PathKind.MISSING) {
      return Files.newInputStream(path);
    }
    return new FileInputStream(path.toFile());
  }

  /** The path that was opened. */
  public Path path() {
    return path;
  }

  /** What the path is: a regular file, a named pipe, a device. */
  public PathKind kind() {
    return kind;
  }

  /** The first bytes ({@value #HEAD} at most; fewer when the input is shorter). */
  public byte[] head() {
    return Arrays.copyOf(head, head.length);
  }

  /** The input from its first byte; read it once. Closing this input closes it. */
  public InputStream stream() {
    return stream;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
