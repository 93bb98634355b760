package io.f3console.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, found from its attributes without opening it: a regular file, a folder, a
 * named pipe, a device. Opening a named pipe waits for a writer and reading a device may never end,
 * so whatever must be read more than once, seeked in or written as a database is refused with what
 * the path is ({@link #description()}) before anything opens it.
 */
public enum PathKind {
  /** Nothing there. */
  MISSING("no such file"),
  /** A regular file (symbolic links are followed). */
  REGULAR("a regular file"),
  /** A folder. */
  DIRECTORY("a folder"),
  /** A named pipe (FIFO), or a pipe such as process substitution's {@code /dev/fd/N}. */
  FIFO("a named pipe (FIFO)"),
  /** A character device such as {@code /dev/zero} or a terminal. */
  CHARACTER_DEVICE("a character device"),
  /** A block device (a disk). */
  BLOCK_DEVICE("a block device"),
  /** A Unix domain socket. */
  SOCKET("a socket"),
  /** Something else that is not a regular file, or a path whose attributes cannot be read. */
  OTHER("not a regular file");

  private static final int TYPE_MASK = 0170000;
  private static final int FIFO_TYPE = 0010000;
  private static final int CHARACTER_TYPE = 0020000;
  private static final int BLOCK_TYPE = 0060000;
  private static final int SOCKET_TYPE = 0140000;

  private final String description;

  PathKind(String description) {
    this.description = description;
  }

  /** What {@code path} names, following symbolic links; never opens it. */
  public static PathKind of(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return MISSING;
    } catch (IOException | SecurityException e) {
      return OTHER;
    }
    if (attributes.isRegularFile()) {
      return REGULAR;
    }
    if (attributes.isDirectory()) {
      return DIRECTORY;
    }
    return special(path);
  }

  /** How a message names this kind: "a named pipe (FIFO)", "no such file". */
  public String description() {
    return description;
  }

  /** Whether the path can be opened and read more than once, and seeked in. */
  public boolean isRegularFile() {
    return this == REGULAR;
  }

  /** Tells FIFOs, devices and sockets apart where the platform gives the Unix file mode. */
  private static PathKind special(Path path) {
    Object mode;
    try {
      mode = Files.getAttribute(path, "unix:mode");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return OTHER;
    }
    if (!(mode instanceof Integer bits)) {
      return OTHER;
    }
    return switch (bits & TYPE_MASK) {
      case FIFO_TYPE -> FIFO;
      case CHARACTER_TYPE -> CHARACTER_DEVICE;
      case BLOCK_TYPE -> BLOCK_DEVICE;
      case SOCKET_TYPE -> SOCKET;
      default -> OTHER;
    };
  }
}
