package io.f3console.core.store;

import io.f3console.core.PathKind;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.SignerFlags;
import io.f3console.core.sqlite.SqliteFile;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustReason;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A local store of one network's validated finality certificates: one SQLite file (WAL, foreign
 * keys, {@code STRICT} tables). Each certificate is written only after it validated, in one
 * transaction with what follows from it (its participation summary, and at the end of each block of
 * 1,024 instances the block's participation index and the committee after it), so a process killed
 * at any moment leaves a contiguous chain of validated certificates and nothing else. Committees
 * are kept whole only at the start and once per block ({@link ChainWalk} derives the others by the
 * stored deltas).
 *
 * <p>Certificates are kept in groups of 64 instances ({@code instance / 64}, ADR 0008): the group
 * being filled one uncompressed row a certificate, and each group whose last instance is stored as
 * one zstd-compressed batch, written by the transaction that stores that last certificate ({@link
 * CertificateBatches}). Every read gives back the DAG-CBOR bytes a certificate was stored with; a
 * batch whose declarations do not hold is reported as damage.
 *
 * <p>Synchronous mode NORMAL: in write-ahead-logging mode a committed certificate survives the
 * process being killed; a power cut may take back the last commits but never corrupts the file, and
 * a later sync fetches them again.
 *
 * <p>A file from a newer F3 Console, a file that is not a certificate store, and the store of
 * another network are refused and left as they were.
 */
public final class CertificateStore implements AutoCloseable {
  /** How long a write waits for another process's write before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  /** The page size of a new store file. */
  static final int PAGE_SIZE = 4096;

  private final Path file;
  private final String network;
  private final Connection connection;
  private final CertificateBatches batches;
  private final ChainWalk walk;

  /** The committee of the instance after the newest stored one, once known. */
  private PowerTable headCommittee;

  /** The participation of the block being filled, once rebuilt or begun in this process. */
  private BlockTally openBlock;

  /**
   * What appends need to know, read once: the start, and the instance this process stores next (-1
   * until read). Another process appending meanwhile makes the next insert fail on the instance's
   * key, which resets them.
   */
  private Start appendStart;

  private long appendNext = -1;

  /** Statements every append runs, prepared once. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private CertificateStore(Path file, String network, Connection connection) {
    this.file = file;
    this.network = network;
    this.connection = connection;
    this.batches = new CertificateBatches(connection, file);
    this.walk = new ChainWalk(connection, file, batches);
  }

  /** Where the store started: the network, the first instance and the trust of its table. */
  public record Start(String network, long instance, String tableCid, Trust trust) {}

  /**
   * Opens (creating it, and its folder, when missing) the store of the F3 network {@code network}
   * at {@code file}.
   */
  public static CertificateStore open(Path file, String network) throws StoreException {
    Path absolute = file.toAbsolutePath();
    checkFileKind(absolute);
    Connection connection = connect(absolute);
    try {
      boolean fresh = checkSchema(absolute, connection, network);
      try (Statement statement = connection.createStatement()) {
        if (fresh) {
          // only a file with no page yet takes a page size, and WAL mode writes the first page
          statement.executeUpdate("PRAGMA page_size = " + PAGE_SIZE);
        }
        try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
          if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
            throw new StoreException(
                absolute + ": SQLite would not use write-ahead logging" + " on this file system");
          }
        }
        statement.executeUpdate("PRAGMA synchronous = NORMAL");
      }
      StoreSchema.migrate(connection);
      CertificateStore store = new CertificateStore(absolute, network, connection);
      store.compactTail();
      StoreReindex.ifNeeded(store);
      return store;
    } catch (StoreException e) {
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

  /** The F3 network name the store was opened for. */
  public String network() {
    return network;
  }

  /** Where the store started, or empty when nothing was ever stored. */
  public synchronized Optional<Start> start() throws StoreException {
    return call(
        "cannot be read",
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet row =
                  statement.executeQuery(
                      "SELECT network, start_instance,"
                          + " start_table_cid, trust_reason, trust_expected, trust_network,"
                          + " trust_belongs_to, trust_explanation FROM meta WHERE id = 1")) {
            if (!row.next()) {
              return Optional.empty();
            }
            Cid table = cid(row.getString(3));
            String expected = row.getString(5);
            TrustReason reason;
            try {
              reason = TrustReason.valueOf(row.getString(4));
            } catch (IllegalArgumentException e) {
              throw new StoreException(
                  "the certificate store "
                      + file
                      + " is damaged: unknown"
                      + " trust "
                      + row.getString(4));
            }
            Trust trust =
                new Trust(
                    reason,
                    table,
                    expected == null ? Optional.empty() : Optional.of(cid(expected)),
                    row.getString(6),
                    Optional.ofNullable(row.getString(7)),
                    row.getString(8));
            return Optional.of(
                new Start(row.getString(1), row.getLong(2), row.getString(3), trust));
          }
        });
  }

  /** The newest stored instance, or empty when none is stored. */
  public synchronized OptionalLong latestInstance() throws StoreException {
    return call(
        "cannot be read",
        () -> {
          // the newest of the tail and of the batches: one B-tree descent each, never a scan
          try (Statement statement = connection.createStatement();
              ResultSet row =
                  statement.executeQuery(
                      "SELECT (SELECT max(instance) FROM"
                          + " certificates), (SELECT first_instance + count - 1 FROM certificate_batches"
                          + " ORDER BY first_instance DESC LIMIT 1)")) {
            OptionalLong latest = OptionalLong.empty();
            if (row.next()) {
              for (int column = 1; column <= 2; column++) {
                long instance = row.getLong(column);
                if (!row.wasNull() && (latest.isEmpty() || instance > latest.getAsLong())) {
                  latest = OptionalLong.of(instance);
                }
              }
            }
            return latest;
          }
        });
  }

  /**
   * How many of the stored certificates {@code from}–{@code to} were stored without their
   * signatures checked: results from them are unverified.
   */
  public synchronized long uncheckedIn(long from, long to) throws StoreException {
    return call("cannot be read", () -> batches.uncheckedIn(from, to));
  }

  /** How many certificates are stored. */
  public synchronized long count() throws StoreException {
    return call(
        "cannot be read",
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet row =
                  statement.executeQuery(
                      "SELECT (SELECT count(*) FROM certificates)"
                          + " + (SELECT coalesce(sum(count), 0) FROM certificate_batches)")) {
            return row.next() ? row.getLong(1) : 0L;
          }
        });
  }

  /** Every stored instance, in order. */
  public synchronized List<Long> instances() throws StoreException {
    return call("cannot be read", batches::instances);
  }

  /** One stored certificate, with the DAG-CBOR bytes it was stored with. */
  public synchronized Optional<StoredCertificate> certificate(long instance) throws StoreException {
    return call("cannot be read", () -> batches.certificate(instance));
  }

  /** A stored certificate, decoded. */
  public FinalityCertificate decode(StoredCertificate stored) throws StoreException {
    return walk.decode(stored.instance(), stored.cbor());
  }

  /** How many committees are kept whole (the first and one per block of 1,024 instances). */
  public synchronized long checkpointCount() throws StoreException {
    return call(
        "cannot be read",
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet row = statement.executeQuery("SELECT count(*) FROM checkpoints")) {
            return row.next() ? row.getLong(1) : 0L;
          }
        });
  }

  /**
   * The committee of {@code instance}: the starting table, or the committee the certificate before
   * it leads to, from the nearest kept committee by the stored deltas and checked against the CID
   * that certificate names. Empty when the store does not reach that instance.
   */
  public synchronized Optional<PowerTable> committeeOf(long instance) throws StoreException {
    Optional<Start> start = start();
    if (start.isEmpty() || Long.compareUnsigned(instance, start.get().instance()) < 0) {
      return Optional.empty();
    }
    OptionalLong latest = latestInstance();
    long next = latest.isPresent() ? latest.getAsLong() + 1 : start.get().instance();
    if (Long.compareUnsigned(instance, next) > 0) {
      return Optional.empty();
    }
    if (instance == next && headCommittee != null) {
      return Optional.of(headCommittee);
    }
    PowerTable committee =
        call(
            "cannot be read",
            () -> {
              if (instance == start.get().instance()) {
                return walk.checkpointAtOrBefore(instance)
                    .orElseThrow(() -> walk.damaged("the first committee is missing"))
                    .table();
              }
              return walk.walk(instance - 1, instance - 1, (certificate, table) -> {});
            });
    if (instance == next) {
      headCommittee = committee;
    }
    return Optional.of(committee);
  }

  /**
   * Visits the stored certificates {@code from}–{@code to} (both stored) with the committee of each
   * instance.
   */
  synchronized void walk(long from, long to, ChainWalk.Visitor visitor) throws StoreException {
    call("cannot be read", () -> walk.walk(from, to, visitor));
  }

  /** The open connection, for the queries of this package. */
  Connection connection() {
    return connection;
  }

  /** A read of this package's queries. */
  @FunctionalInterface
  interface Read<T> {
    T run(Connection connection) throws SQLException, StoreException;
  }

  synchronized <T> T read(Read<T> work) throws StoreException {
    return call("cannot be read", () -> work.run(connection));
  }

  /**
   * Records where an empty store starts: the committee of {@code instance} and its trust. A store
   * that has started keeps its start.
   */
  public synchronized void begin(long instance, PowerTable table, Trust trust)
      throws StoreException {
    transaction(
        "could not record its start",
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet row = statement.executeQuery("SELECT count(*) FROM meta")) {
            if (row.next() && row.getLong(1) > 0) {
              throw new StoreException("the certificate store " + file + " has already started");
            }
          }
          IndexRows.insertCheckpoint(connection, instance, table);
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO meta (id,"
                      + " network, start_instance, start_table_cid, trust_reason, trust_expected,"
                      + " trust_network, trust_belongs_to, trust_explanation)"
                      + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, network);
            insert.setLong(2, instance);
            insert.setString(3, table.cid().toString());
            insert.setString(4, trust.reason().name());
            insert.setString(5, trust.expected().map(Cid::toString).orElse(null));
            insert.setString(6, trust.network());
            insert.setString(7, trust.belongsTo().orElse(null));
            insert.setString(8, trust.explanation());
            insert.executeUpdate();
          }
          return null;
        });
    headCommittee = table;
  }

  /**
   * Stores a validated certificate with what follows from it (its participation summary, the batch
   * of a group of 64 it completes, the participation index of a block it completes, the committee
   * after it when that starts a block) in one transaction. The certificate must be the next one,
   * and {@code nextCommittee} the committee it names: the store stays contiguous from its start.
   */
  public synchronized void append(
      FinalityCertificate certificate, boolean signaturesChecked, PowerTable nextCommittee)
      throws StoreException {
    if (appendStart == null) {
      appendStart =
          start()
              .orElseThrow(
                  () ->
                      new StoreException(
                          "the certificate store "
                              + file
                              + " has not started: it has no first committee"));
    }
    Start start = appendStart;
    if (appendNext < 0) {
      OptionalLong latest = latestInstance();
      appendNext = latest.isPresent() ? latest.getAsLong() + 1 : start.instance();
    }
    long instance = certificate.instance();
    if (instance != appendNext) {
      // perhaps another process stored some meanwhile: look again before refusing
      OptionalLong latest = latestInstance();
      appendNext = latest.isPresent() ? latest.getAsLong() + 1 : start.instance();
      headCommittee = null;
      openBlock = null;
    }
    long expected = appendNext;
    if (instance != expected) {
      throw new StoreException(
          "the certificate store "
              + file
              + " expects instance "
              + Long.toUnsignedString(expected)
              + " next, not "
              + Long.toUnsignedString(instance));
    }
    if (!certificate.supplementalData().powerTable().equals(Optional.of(nextCommittee.cid()))) {
      throw new StoreException(
          "certificate "
              + Long.toUnsignedString(instance)
              + " names "
              + certificate.supplementalData().powerTable().map(Cid::toString).orElse("no")
              + " next committee, not "
              + nextCommittee.cid()
              + ": it was not stored");
    }
    PowerTable committee =
        headCommittee != null ? headCommittee : committeeOf(instance).orElseThrow();
    boolean[] signedBy = SignerFlags.of(certificate, committee);
    InstanceParticipation summary = InstanceParticipation.of(certificate, committee, signedBy);
    long block = BlockBitmap.blockOf(instance);
    BlockTally tally =
        openBlock != null && openBlock.block() == block
            ? openBlock
            : rebuildBlock(block, start.instance(), instance);
    tally.add(instance, committee, signedBy);
    boolean endsBlock = BlockBitmap.blockOf(instance + 1) != block;
    byte[] cbor = FinalityCertificateCbor.encode(certificate);
    try {
      transaction(
          "could not store certificate " + Long.toUnsignedString(instance),
          () -> {
            PreparedStatement insert =
                prepared(
                    "INSERT INTO certificates"
                        + " (instance, cbor, signatures_checked) VALUES (?, ?, ?)");
            insert.setLong(1, instance);
            insert.setBytes(2, cbor);
            insert.setInt(3, signaturesChecked ? 1 : 0);
            insert.executeUpdate();
            IndexRows.insertSummary(prepared(IndexRows.INSERT_SUMMARY), summary);
            if (CertificateBatches.groupOf(instance + 1) != CertificateBatches.groupOf(instance)) {
              batches.compactTail(start.instance());
            }
            if (endsBlock) {
              IndexRows.insertBlock(connection, tally);
              IndexRows.insertCheckpoint(connection, instance + 1, nextCommittee);
            }
            return null;
          });
    } catch (StoreException e) {
      // another writer may have moved the store on: read it afresh next time
      openBlock = null;
      headCommittee = null;
      appendNext = -1;
      throw e;
    }
    openBlock = endsBlock ? null : tally;
    headCommittee = nextCommittee;
    appendNext = instance + 1;
  }

  /**
   * Moves every complete group of the tail into its batch, in one transaction: the certificates of
   * a store upgraded from version 2, or of groups completed where zstd was unavailable.
   */
  private void compactTail() throws StoreException {
    Optional<Start> start = start();
    if (start.isPresent() && call("cannot be read", batches::canCompact)) {
      transaction(
          "could not compress its certificates", () -> batches.compactTail(start.get().instance()));
    }
  }

  /** The tally of the stored instances of {@code block} before {@code upTo}. */
  private BlockTally rebuildBlock(long block, long startInstance, long upTo) throws StoreException {
    BlockTally tally = new BlockTally(block);
    long first = Math.max(BlockBitmap.firstOf(block), startInstance);
    if (first < upTo) {
      walk(first, upTo - 1, tally::add);
    }
    return tally;
  }

  /**
   * Caps the file at {@code pages} pages from now on, as a full disk would: a write past it fails
   * with SQLite's "database or disk is full". For tests of that failure.
   */
  synchronized void limitPages(long pages) throws StoreException {
    call(
        "cannot be limited",
        () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + pages);
          }
          return null;
        });
  }

  /** How many pages the file has. */
  synchronized long pageCount() throws StoreException {
    return call("cannot be read", () -> (long) StoreSchema.intPragma(connection, "page_count"));
  }

  /** SQLite's {@code PRAGMA integrity_check}: "ok", or what is wrong. */
  public synchronized List<String> integrityCheck() throws StoreException {
    return call(
        "cannot be checked",
        () -> {
          List<String> lines = new ArrayList<>();
          try (Statement statement = connection.createStatement();
              ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            while (rows.next()) {
              lines.add(rows.getString(1));
            }
          }
          return lines;
        });
  }

  /** The schema version of the open store. */
  public synchronized int schemaVersion() throws StoreException {
    return call("cannot be read", () -> StoreSchema.intPragma(connection, "user_version"));
  }

  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  @Override
  public synchronized void close() {
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException ignored) {
        // closing is best effort; the connection is closed next
      }
    }
    statements.clear();
    closeQuietly(connection);
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException, StoreException;
  }

  private <T> T call(String what, SqlCall<T> work) throws StoreException {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure(file, what, e);
    }
  }

  private <T> T transaction(String what, SqlCall<T> work) throws StoreException {
    return call(
        what,
        () -> {
          connection.setAutoCommit(false);
          try {
            T result = work.run();
            connection.commit();
            return result;
          } catch (SQLException | StoreException | RuntimeException e) {
            connection.rollback();
            throw e;
          } finally {
            connection.setAutoCommit(true);
          }
        });
  }

  private Cid cid(String text) throws StoreException {
    try {
      return Cid.fromString(text);
    } catch (CidFormatException e) {
      throw new StoreException(
          "the certificate store " + file + " is damaged: " + text + " is not a CID", e);
    }
  }

  private static Connection connect(Path file) throws StoreException {
    try {
      return SqliteFile.connect(file, BUSY_TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the folder of the certificate store " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw failure(file, "cannot be opened", e);
    }
  }

  private static void checkFileKind(Path file) throws StoreException {
    SqliteFile.Kind kind;
    try {
      kind = SqliteFile.kindOf(file);
    } catch (IOException e) {
      throw new StoreException(
          "cannot read the certificate store " + file + ": " + e.getMessage(), e);
    }
    if (kind == SqliteFile.Kind.FOLDER) {
      throw new StoreException(file + " is a folder, not a certificate store file");
    }
    if (kind == SqliteFile.Kind.NOT_A_FILE) {
      throw new StoreException(
          file
              + " is "
              + PathKind.of(file).description()
              + ", not a certificate store file (give a regular file with --store)");
    }
    if (kind == SqliteFile.Kind.NOT_SQLITE) {
      throw new StoreException(
          file
              + " is not an SQLite database, so not an F3 Console"
              + " certificate store; it was left unchanged (give another file with --store)");
    }
  }

  /**
   * Refuses a newer schema, another program's file and another network's store.
   *
   * @return whether the file is new: no schema, no mark, no table yet
   */
  private static boolean checkSchema(Path file, Connection connection, String network)
      throws SQLException, StoreException {
    int version = StoreSchema.intPragma(connection, "user_version");
    int applicationId = StoreSchema.intPragma(connection, "application_id");
    int objects;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
      objects = rows.next() ? rows.getInt(1) : 0;
    }
    boolean empty = version == 0 && applicationId == 0 && objects == 0;
    if (!empty && applicationId != StoreSchema.APPLICATION_ID) {
      throw new StoreException(
          file
              + " is an SQLite database of another program (application"
              + " id "
              + applicationId
              + ", user version "
              + version
              + "), not an F3 Console"
              + " certificate store; it was left unchanged");
    }
    if (version > StoreSchema.LATEST) {
      throw new StoreException(
          file
              + " has certificate store schema version "
              + version
              + ", newer than version "
              + StoreSchema.LATEST
              + ", the newest this F3 Console knows:"
              + " it was written by a newer F3 Console and was left unchanged");
    }
    if (version >= 1) {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT network FROM meta WHERE id = 1")) {
        if (row.next() && !row.getString(1).equals(network)) {
          throw new StoreException(
              file
                  + " is the certificate store of the F3 network \""
                  + row.getString(1)
                  + "\", not of \""
                  + network
                  + "\"; it was left unchanged"
                  + " (give another file with --store)");
        }
      }
    }
    return empty;
  }

  static StoreException failure(Path file, String what, SQLException e) {
    return new StoreException(
        "the certificate store " + file + " " + what + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing is best effort
    }
  }
}
