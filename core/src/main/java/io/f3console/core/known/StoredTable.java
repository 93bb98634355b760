package io.f3console.core.known;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the published-table store holds for one network: its published initial table (read back and
 * checked against the CID), nothing, or a file that was refused and why.
 *
 * @param network the network whose published initial table it is
 * @param cid the network's published initial power-table CID
 * @param file the file the table is (or would be) kept in
 * @param table the table, when it is kept and passed every check
 * @param problem why the file was refused, when it was
 * @param detail one sentence for a person: what was found, or why the file was refused
 */
public record StoredTable(
    NetworkProfile network,
    Cid cid,
    Path file,
    Optional<PowerTable> table,
    Optional<StoredTableProblem> problem,
    String detail) {

  /** Found, absent or refused. */
  public enum State {
    FOUND,
    ABSENT,
    REFUSED
  }

  public StoredTable {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(detail, "detail");
    if (table.isPresent() && problem.isPresent()) {
      throw new IllegalArgumentException("a stored table is either found or refused");
    }
  }

  public State state() {
    return table.isPresent() ? State.FOUND : problem.isPresent() ? State.REFUSED : State.ABSENT;
  }

  public boolean found() {
    return table.isPresent();
  }

  /**
   * The name both front ends offer it under, e.g. {@code Mainnet at bootstrap (real data)}: the
   * network's key, capitalised, and the committee it is.
   */
  public String title() {
    return title(network);
  }

  /** The name a network's remembered initial table is offered under. */
  public static String title(NetworkProfile network) {
    String key = network.key();
    return key.substring(0, 1).toUpperCase(Locale.ROOT)
        + key.substring(1)
        + " at bootstrap (real data)";
  }
}
