package io.f3console.core.known;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.HistoryLocation;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The real networks' published initial power tables, kept once seen. A folder ({@value #FOLDER})
 * beside the history database, chosen by the same rules as {@link HistoryLocation} ({@code --db},
 * {@code F3CONSOLE_DB}, the user's data folder), holds one file per CID, {@code <cid>.cbor}: the
 * table's DAG-CBOR entries, the exact bytes that hash to the CID.
 *
 * <p>Only a table whose CID is some known network's published initial power-table CID is kept,
 * never an arbitrary one: what is kept is public data anyone can check, so the store does not
 * follow {@code --no-history} (which is about the record of a person's sessions). Files are written
 * atomically (a temporary file, then a move) and on every read hashed again and refused, with the
 * reason, when the bytes do not hash to the CID, do not decode, or are larger than any power table.
 * Nothing here throws for an unwritable or unreadable folder: remembering reports it as data, and a
 * read that fails is a refusal.
 */
public final class PublishedTables {
  /** The folder beside the history database. */
  public static final String FOLDER = "tables";

  /** The file extension of a kept table. */
  public static final String EXTENSION = ".cbor";

  /**
   * The largest file read back. A table of {@link PowerTable#MAX_ENTRIES} entries takes well under
   * 1 MiB of DAG-CBOR; anything larger is not a power table.
   */
  public static final long MAX_FILE_SIZE = 4L << 20;

  private final Path directory;
  private final NetworkProfiles known;

  /**
   * @param directory the folder the tables are kept in (created when the first one is kept)
   * @param known the networks whose published initial tables are kept
   */
  public PublishedTables(Path directory, NetworkProfiles known) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
    this.known = Objects.requireNonNull(known, "known");
  }

  /** The store beside {@code historyFile}, for the built-in networks. */
  public static PublishedTables besideHistory(Path historyFile) {
    return new PublishedTables(
        historyFile.toAbsolutePath().resolveSibling(FOLDER), NetworkProfiles.builtIn());
  }

  /**
   * The store of this process: beside {@code explicitDatabase} ({@code --db}) when given, else
   * beside the default history database. Resolving it touches no file.
   */
  public static PublishedTables resolve(Path explicitDatabase) {
    return besideHistory(HistoryLocation.resolve(explicitDatabase));
  }

  public Path directory() {
    return directory;
  }

  /** The file the table with this CID is kept in. */
  public Path fileOf(Cid cid) {
    return directory.resolve(cid + EXTENSION);
  }

  /** The known network that publishes this CID as its initial power-table CID, if any. */
  public Optional<NetworkProfile> publisher(Cid cid) {
    return known.byInitialPowerTableCid(cid.toString());
  }

  /**
   * Keeps {@code table} when it is a network's published initial table and is not kept yet (or its
   * file was refused). Never throws for the disk: a failed write is {@link
   * Remembered.Outcome#NOT_WRITTEN} with the reason.
   */
  public Remembered remember(PowerTable table) {
    Objects.requireNonNull(table, "table");
    Cid cid = table.cid();
    Optional<NetworkProfile> network = publisher(cid);
    if (network.isEmpty()) {
      return new Remembered(
          Remembered.Outcome.NOT_PUBLISHED,
          cid,
          Optional.empty(),
          Optional.empty(),
          "Not a known network's published initial power table; not kept.");
    }
    String key = network.get().key();
    Path file = fileOf(cid);
    byte[] bytes = table.toCbor();
    // The file holds this table exactly when it holds its bytes (which hash to its CID): a byte
    // comparison, cheaper than decoding and hashing the file again at every command's end.
    boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    if (present && holds(file, bytes)) {
      return new Remembered(
          Remembered.Outcome.ALREADY_KEPT,
          cid,
          Optional.of(key),
          Optional.of(file),
          key + "'s published initial power table is kept already.");
    }
    try {
      write(file, bytes);
    } catch (IOException | RuntimeException e) {
      return new Remembered(
          Remembered.Outcome.NOT_WRITTEN,
          cid,
          Optional.of(key),
          Optional.of(file),
          key
              + "'s published initial power table could not be kept in "
              + directory
              + ": "
              + describe(e));
    }
    return new Remembered(
        Remembered.Outcome.KEPT,
        cid,
        Optional.of(key),
        Optional.of(file),
        "Kept "
            + key
            + "'s published initial power table"
            + (present ? ", replacing a file that did not hold it" : "")
            + ".");
  }

  /** Whether {@code file} is a regular file of exactly {@code bytes}. */
  private static boolean holds(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@link #remember} for each distinct table, in order. */
  public List<Remembered> rememberAll(Collection<PowerTable> tables) {
    Map<Cid, PowerTable> distinct = new LinkedHashMap<>();
    for (PowerTable table : tables) {
      distinct.putIfAbsent(table.cid(), table);
    }
    List<Remembered> results = new ArrayList<>(distinct.size());
    for (PowerTable table : distinct.values()) {
      results.add(remember(table));
    }
    return results;
  }

  /**
   * What the store holds for {@code network}: its published initial table, checked; absent when the
   * network publishes no CID or the table is not kept.
   */
  public Optional<StoredTable> read(NetworkProfile network) {
    return network.initialPowerTableCid().map(text -> read(network, parse(text)));
  }

  /** {@link #read(NetworkProfile)} for every known network that publishes a CID. */
  public List<StoredTable> all() {
    List<StoredTable> all = new ArrayList<>();
    for (NetworkProfile network : known.all()) {
      read(network).ifPresent(all::add);
    }
    return all;
  }

  /** The tables kept and found good, in the order of the known networks. */
  public List<StoredTable> found() {
    return all().stream().filter(StoredTable::found).toList();
  }

  private StoredTable read(NetworkProfile network, Cid cid) {
    Path file = fileOf(cid);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new StoredTable(
          network,
          cid,
          file,
          Optional.empty(),
          Optional.empty(),
          network.key() + "'s published initial power table is not kept in " + directory + ".");
    }
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        return refused(network, cid, file, StoredTableProblem.UNREADABLE, "not a regular file");
      }
      long size = Files.size(file);
      if (size > MAX_FILE_SIZE) {
        return refused(
            network,
            cid,
            file,
            StoredTableProblem.TOO_LARGE,
            size + " bytes, larger than any power table (limit " + MAX_FILE_SIZE + " bytes)");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_FILE_SIZE + 1);
      }
    } catch (IOException | RuntimeException e) {
      return refused(network, cid, file, StoredTableProblem.UNREADABLE, describe(e));
    }
    if (bytes.length > MAX_FILE_SIZE) {
      return refused(
          network,
          cid,
          file,
          StoredTableProblem.TOO_LARGE,
          "larger than any power table (limit " + MAX_FILE_SIZE + " bytes)");
    }
    Cid actual = Cid.makeCid(bytes);
    if (!actual.equals(cid)) {
      return refused(
          network,
          cid,
          file,
          StoredTableProblem.HASH_MISMATCH,
          "its bytes hash to " + actual + ", not to the CID it is named after");
    }
    PowerTable table;
    try {
      table = PowerTable.of(PowerEntriesCbor.decode(bytes));
    } catch (F3Exception | RuntimeException e) {
      return refused(network, cid, file, StoredTableProblem.MALFORMED, describe(e));
    }
    if (!table.cid().equals(cid)) {
      return refused(
          network,
          cid,
          file,
          StoredTableProblem.MALFORMED,
          "its entries re-encode to " + table.cid());
    }
    return new StoredTable(
        network,
        cid,
        file,
        Optional.of(table),
        Optional.empty(),
        network.key()
            + "'s published initial power table ("
            + table.size()
            + " entries), remembered in "
            + file
            + ".");
  }

  private static StoredTable refused(
      NetworkProfile network, Cid cid, Path file, StoredTableProblem problem, String why) {
    return new StoredTable(
        network,
        cid,
        file,
        Optional.empty(),
        Optional.of(problem),
        "The remembered copy of "
            + network.key()
            + "'s published initial power table ("
            + file
            + ") was refused: "
            + why
            + ".");
  }

  /** Writes {@code bytes} to {@code file} through a temporary file in the same folder. */
  private void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, file.getFileName().toString() + ".", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String kind =
        e.getClass()
            .getSimpleName()
            .replaceFirst("Exception$", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(java.util.Locale.ROOT);
    if (e instanceof java.nio.file.FileSystemException fs) {
      return kind
          + (fs.getReason() != null ? ": " + fs.getReason() : "")
          + (fs.getFile() != null ? " (" + fs.getFile() + ")" : "");
    }
    return message == null || message.isBlank() ? kind : message;
  }

  private static Cid parse(String cid) {
    try {
      return Cid.fromString(cid);
    } catch (F3Exception e) {
      throw new IllegalStateException("a network profile holds a malformed CID " + cid, e);
    }
  }
}
