package io.f3console.core.known;

import io.f3console.core.cid.Cid;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PublishedTables#remember} did with one table: kept it, found it kept already, left it
 * out (not a published table), or could not write it (a read-only or full disk), which never fails
 * the work that saw the table.
 *
 * @param outcome what happened
 * @param cid the table's CID
 * @param network the network whose published initial table it is, if it is one
 * @param file the file it is kept in, when it is a published table
 * @param detail one sentence for a person
 */
public record Remembered(
    Outcome outcome, Cid cid, Optional<String> network, Optional<Path> file, String detail) {

  /** What happened to one table. */
  public enum Outcome {
    /** Written now (it was not kept, or the kept file was refused and is replaced). */
    KEPT,
    /** Kept already, and the file passed every check. */
    ALREADY_KEPT,
    /** Not a network's published initial table: never kept. */
    NOT_PUBLISHED,
    /** A published table that could not be written; {@link #detail()} says why. */
    NOT_WRITTEN
  }

  public Remembered {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(detail, "detail");
  }

  public boolean failed() {
    return outcome == Outcome.NOT_WRITTEN;
  }
}
