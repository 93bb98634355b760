package io.f3console.core.sqlite;

import io.f3console.core.PathKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Opening an F3 Console SQLite file the one way every database does: what the path holds is looked
 * at before SQLite touches it, and connections enforce foreign keys, wait for a busy file and take
 * immediate write transactions.
 */
public final class SqliteFile {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** What a path holds, before anything is written to it. */
  public enum Kind {
    /** Nothing yet (or an empty file): SQLite will create the database. */
    ABSENT,
    /** A folder, never a database file. */
    FOLDER,
    /** An SQLite database. */
    SQLITE,
    /** Something else, to be left unchanged. */
    NOT_SQLITE,
    /**
     * Not a regular file (a named pipe, a device, a socket): never opened, since opening a pipe
     * waits for a writer and a device may never end.
     */
    NOT_A_FILE
  }

  private SqliteFile() {}

  /** Looks at what the path is, then at a regular file's first bytes. */
  public static Kind kindOf(Path file) throws IOException {
    PathKind kind = PathKind.of(file);
    if (kind == PathKind.DIRECTORY) {
      return Kind.FOLDER;
    }
    if (kind == PathKind.MISSING) {
      return Kind.ABSENT;
    }
    if (!kind.isRegularFile()) {
      return Kind.NOT_A_FILE;
    }
    byte[] head = new byte[MAGIC.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (read == 0) {
      return Kind.ABSENT;
    }
    return read == head.length && Arrays.equals(head, MAGIC) ? Kind.SQLITE : Kind.NOT_SQLITE;
  }

  /**
   * A connection to the file (its folder created first): foreign keys on, the busy timeout,
   * immediate transactions.
   *
   * @throws IOException if the folder cannot be created
   * @throws SQLException if SQLite cannot open the file
   */
  public static Connection connect(Path file, int busyTimeoutMillis)
      throws IOException, SQLException {
    Path parent = file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(busyTimeoutMillis);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config.createConnection("jdbc:sqlite:" + file);
  }
}
