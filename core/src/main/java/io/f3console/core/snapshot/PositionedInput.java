package io.f3console.core.snapshot;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A byte stream that knows how far it has read and hands every byte it reads to a {@link Tap} (a
 * digest). Reads of a declared length grow their buffer only as bytes arrive, so a length prefix
 * that lies costs no memory beyond the bytes really present.
 */
final class PositionedInput implements Closeable {
  /** Receives every byte read. */
  interface Tap {
    Tap NONE = (bytes, offset, length) -> {};

    void update(byte[] bytes, int offset, int length);
  }

  private static final int CHUNK = 64 << 10;
  private static final int BUFFER = 64 << 10;

  private final InputStream in;
  private final boolean seekable;
  private final byte[] one = new byte[1];
  private long position;
  private Tap tap = Tap.NONE;

  /**
   * @param in the stream, ideally buffered
   * @param position the offset of its first byte in the file, for messages
   */
  PositionedInput(InputStream in, long position) {
    this(in, position, false);
  }

  /**
   * @param in the stream, ideally buffered
   * @param position the offset of its first byte in the file, for messages
   * @param seekable whether {@code in} skips by seeking (a regular file's stream), so that {@link
   *     #passUpTo} need not read what it passes
   */
  PositionedInput(InputStream in, long position, boolean seekable) {
    this.in = Objects.requireNonNull(in, "in");
    this.position = position;
    this.seekable = seekable;
  }

  /** A buffered stream over a file, with the errors the snapshot readers report. */
  static InputStream openFile(Path path) throws SnapshotFormatException {
    try {
      return new BufferedInputStream(Files.newInputStream(path), BUFFER);
    } catch (NoSuchFileException e) {
      throw new SnapshotFormatException(path + ": no such file", 0);
    } catch (IOException e) {
      throw new SnapshotFormatException(path + ": cannot read the file: " + e.getMessage(), 0, e);
    }
  }

  /** Closes the stream when a read has already failed with a better message. */
  void closeQuietly() {
    try {
      in.close();
    } catch (IOException ignored) {
      // The caller is already reporting the failure that led here.
    }
  }

  long position() {
    return position;
  }

  void tap(Tap newTap) {
    this.tap = Objects.requireNonNull(newTap, "tap");
  }

  /** The next byte (0–255), or -1 at the end. */
  int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      position++;
      one[0] = (byte) b;
      tap.update(one, 0, 1);
    }
    return b;
  }

  /** Up to {@code length} bytes; fewer only when the stream ends first. */
  byte[] readUpTo(int length) throws IOException {
    if (length <= CHUNK) {
      byte[] bytes = in.readNBytes(length);
      consumed(bytes, bytes.length);
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
    byte[] buffer = new byte[CHUNK];
    int left = length;
    while (left > 0) {
      int n = in.readNBytes(buffer, 0, Math.min(left, CHUNK));
      if (n == 0) {
        break;
      }
      consumed(buffer, n);
      out.write(buffer, 0, n);
      left -= n;
    }
    return out.toByteArray();
  }

  /**
   * Exactly {@code length} bytes, or a truncation error.
   *
   * @param source the file's name, for the message
   * @param what what the bytes are, for the message
   */
  byte[] readExactly(int length, String source, String what)
      throws IOException, SnapshotFormatException {
    long start = position;
    byte[] bytes = readUpTo(length);
    if (bytes.length < length) {
      throw new SnapshotFormatException(
          source
              + ": "
              + what
              + " at byte "
              + start
              + " is truncated: "
              + length
              + " bytes declared, "
              + bytes.length
              + " present (the file ends at byte "
              + position
              + ")",
          position);
    }
    return bytes;
  }

  /** Reads past up to {@code length} bytes (still tapped); returns how many there were. */
  long skipUpTo(long length) throws IOException {
    byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(1, length))];
    long left = length;
    while (left > 0) {
      int n = in.readNBytes(buffer, 0, (int) Math.min(left, buffer.length));
      if (n == 0) {
        break;
      }
      consumed(buffer, n);
      left -= n;
    }
    return length - left;
  }

  /**
   * Moves past up to {@code length} bytes that nothing needs to see (a CARv2's padding before its
   * data): by seeking where the stream is a regular file's and no tap wants the bytes, else by
   * reading them. Returns how many there were.
   */
  long passUpTo(long length) throws IOException {
    if (!seekable || tap != Tap.NONE) {
      return skipUpTo(length);
    }
    long left = length;
    while (left > 0) {
      // a regular file's stream skips by moving its position, and skips nothing at its end
      long n = in.skip(left);
      if (n <= 0) {
        break;
      }
      position += n;
      left -= n;
    }
    return length - left;
  }

  /** Reads into {@code buffer}; returns the count, or -1 at the end. */
  int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      consumed(buffer, offset, n);
    }
    return n;
  }

  private void consumed(byte[] bytes, int length) {
    consumed(bytes, 0, length);
  }

  private void consumed(byte[] bytes, int offset, int length) {
    position += length;
    tap.update(bytes, offset, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
