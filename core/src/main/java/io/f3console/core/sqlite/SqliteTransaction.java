package io.f3console.core.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One write transaction on a connection in auto-commit mode, whose failure is told as it happened.
 * When a write fails because the disk is full or cannot be written, SQLite may already have rolled
 * the whole transaction back itself; the rollback and the return to auto-commit that follow then
 * fail too ("no transaction is active"). Those follow-up failures are attached to the first one as
 * suppressed, never put in its place.
 */
public final class SqliteTransaction {
  private SqliteTransaction() {}

  /** The work of a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   */
  public static <T> T run(Connection connection, Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    T result;
    try {
      result = work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      undo(connection, e);
      throw e;
    }
    connection.setAutoCommit(true);
    return result;
  }

  private static void undo(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
