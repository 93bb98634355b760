package io.f3console.core.history;

import io.f3console.core.PathKind;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.sqlite.SqliteFile;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The session history: one SQLite database file (WAL, foreign keys, {@code STRICT} tables), brought
 * up to the current schema when opened. Every write is one transaction, so a process killed at any
 * point leaves every committed session whole and none half written. Several processes (the console
 * and the CLI) may use the same file at once: writers wait for each other up to {@link
 * #BUSY_TIMEOUT_MILLIS}.
 *
 * <p>One store holds one connection; its methods may be called from any thread, one at a time.
 */
public final class HistoryStore implements AutoCloseable {
  /** How long a write waits for another process's write before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final Path file;
  private final Connection connection;
  private final SessionWriter writer;
  private final SessionReader reader;

  private HistoryStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.writer = new SessionWriter(connection);
    this.reader = new SessionReader(connection);
  }

  /**
   * Opens (creating it, and its directory, when missing) the database at {@code file} and migrates
   * it to the current schema. A file from a newer F3 Console, or a file that is not an F3 Console
   * history, is refused and left exactly as it was.
   */
  public static HistoryStore open(Path file) throws HistoryException {
    return open(file, SchemaMigrations.LATEST);
  }

  /** Opens at a given schema version: for tests that make older databases. */
  static HistoryStore open(Path file, int schemaVersion) throws HistoryException {
    Path absolute = file.toAbsolutePath();
    checkFileKind(absolute);
    Connection connection = connect(absolute);
    try {
      checkSchema(absolute, connection);
      try (Statement statement = connection.createStatement()) {
        try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
          if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
            throw new HistoryException(
                absolute + ": SQLite would not use write-ahead logging" + " on this file system");
          }
        }
        statement.executeUpdate("PRAGMA synchronous = FULL");
      }
      SchemaMigrations.migrate(connection, schemaVersion);
      return new HistoryStore(absolute, connection);
    } catch (HistoryException e) {
      closeQuietly(connection);
      throw e;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw failure(absolute, "cannot be opened", e);
    }
  }

  public Path file() {
    return file;
  }

  /** The store's connection, for tests in this package that set its per-connection pragmas. */
  Connection connection() {
    return connection;
  }

  /** The schema version of the open database. */
  public synchronized int schemaVersion() throws HistoryException {
    return read(() -> SchemaMigrations.userVersion(connection));
  }

  /** The newest schema version this program knows. */
  public static int latestSchemaVersion() {
    return SchemaMigrations.LATEST;
  }

  /** Stores a session in one transaction and returns its id. */
  public synchronized long record(SessionRecord record) throws HistoryException {
    return call("could not record the session", () -> writer.write(record));
  }

  /** Adds a person's note to a session. */
  public synchronized SessionNote addNote(long sessionId, String text) throws HistoryException {
    String note = text == null ? "" : text.strip();
    if (note.isEmpty()) {
      throw new HistoryException("a note needs some text");
    }
    if (note.length() > SessionNote.MAX_LENGTH) {
      throw new HistoryException(
          "a note is at most "
              + SessionNote.MAX_LENGTH
              + " characters; this one has "
              + note.length());
    }
    if (!read(() -> reader.exists(sessionId))) {
      throw new HistoryException("there is no session " + sessionId + " in " + file);
    }
    return call("could not add the note", () -> writer.addNote(sessionId, note, Instant.now()));
  }

  /** The sessions the query selects, newest first. */
  public synchronized List<SessionSummary> list(SessionQuery query) throws HistoryException {
    return read(() -> reader.list(query));
  }

  /** One whole session. */
  public synchronized Optional<StoredSession> find(long sessionId) throws HistoryException {
    return read(() -> reader.find(sessionId));
  }

  /** The stored power table with this CID, checked against it. */
  public synchronized Optional<PowerTable> table(String cid) throws HistoryException {
    return read(() -> reader.table(cid));
  }

  /** The ids of the sessions that saw the table with this CID, newest first. */
  public synchronized List<Long> sessionsWithTable(String cid) throws HistoryException {
    return read(() -> reader.sessionsWithTable(cid));
  }

  /** SQLite's {@code PRAGMA integrity_check}: "ok", or what is wrong. */
  public synchronized List<String> integrityCheck() throws HistoryException {
    return call("cannot be checked", reader::integrityCheck);
  }

  /** One call on the connection, its SQL failure told in the store's words. */
  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException, HistoryException;
  }

  private <T> T read(SqlCall<T> work) throws HistoryException {
    return call("cannot be read", work);
  }

  private <T> T call(String what, SqlCall<T> work) throws HistoryException {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure(file, what, e);
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
  }

  private static Connection connect(Path file) throws HistoryException {
    try {
      return SqliteFile.connect(file, BUSY_TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw new HistoryException(
          "cannot create the folder of the history database " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw failure(file, "cannot be opened", e);
    }
  }

  /** Refuses, before SQLite touches it, a file that is not an SQLite database. */
  private static void checkFileKind(Path file) throws HistoryException {
    SqliteFile.Kind kind;
    try {
      kind = SqliteFile.kindOf(file);
    } catch (IOException e) {
      throw new HistoryException(
          "cannot read the history database " + file + ": " + e.getMessage(), e);
    }
    if (kind == SqliteFile.Kind.FOLDER) {
      throw new HistoryException(file + " is a folder, not a history database file");
    }
    if (kind == SqliteFile.Kind.NOT_A_FILE) {
      throw new HistoryException(
          file
              + " is "
              + PathKind.of(file).description()
              + ", not a history database file (give a regular file with --db or "
              + HistoryLocation.ENVIRONMENT_VARIABLE
              + ")");
    }
    if (kind == SqliteFile.Kind.NOT_SQLITE) {
      throw new HistoryException(
          file
              + " is not an SQLite database, so not an F3 Console"
              + " history; it was left unchanged (give another file with --db or "
              + HistoryLocation.ENVIRONMENT_VARIABLE
              + ")");
    }
  }

  /** Refuses a newer schema, or another program's database, without writing anything. */
  private static void checkSchema(Path file, Connection connection)
      throws SQLException, HistoryException {
    int version = SchemaMigrations.userVersion(connection);
    int applicationId = SchemaMigrations.applicationId(connection);
    int objects;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
      objects = rows.next() ? rows.getInt(1) : 0;
    }
    boolean empty = version == 0 && applicationId == 0 && objects == 0;
    if (!empty && applicationId != SchemaMigrations.APPLICATION_ID) {
      throw new HistoryException(
          file
              + " is an SQLite database of another program (application"
              + " id "
              + applicationId
              + ", user version "
              + version
              + "), not an F3 Console"
              + " history; it was left unchanged");
    }
    if (version > SchemaMigrations.LATEST) {
      throw new HistoryException(
          file
              + " has history schema version "
              + version
              + ", newer"
              + " than version "
              + SchemaMigrations.LATEST
              + ", the newest this F3 Console knows:"
              + " it was written by a newer F3 Console and was left unchanged. Use that version, or"
              + " give another file with --db or "
              + HistoryLocation.ENVIRONMENT_VARIABLE
              + ".");
    }
  }

  static HistoryException failure(Path file, String what, SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      SQLiteErrorCode code = sqlite.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
        return new HistoryException(
            "the history database "
                + file
                + " "
                + what
                + ": another"
                + " process kept it locked for more than "
                + BUSY_TIMEOUT_MILLIS / 1000
                + " s",
            e);
      }
      if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
        return new HistoryException(
            "the history database "
                + file
                + " "
                + what
                + ": it is"
                + " damaged ("
                + code.message
                + ")",
            e);
      }
      int primary = code.code & 0xff;
      if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
        return new HistoryException(
            "the history database "
                + file
                + " "
                + what
                + ": the disk is full (free some space on it, or give another file with --db or "
                + HistoryLocation.ENVIRONMENT_VARIABLE
                + ")",
            e);
      }
      if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
        return new HistoryException(
            "the history database "
                + file
                + " "
                + what
                + ": the disk could not be written or read; it may be full ("
                + code.name()
                + ")",
            e);
      }
      if (code == SQLiteErrorCode.SQLITE_READONLY
          || code == SQLiteErrorCode.SQLITE_CANTOPEN
          || code == SQLiteErrorCode.SQLITE_PERM) {
        return new HistoryException(
            "the history database " + file + " " + what + ": " + code.message, e);
      }
    }
    return new HistoryException(
        "the history database " + file + " " + what + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing releases the file; a failure here leaves nothing to do.
    }
  }

  static void setNullableLong(PreparedStatement statement, int index, Optional<Long> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get());
    } else {
      statement.setNull(index, java.sql.Types.INTEGER);
    }
  }
}
