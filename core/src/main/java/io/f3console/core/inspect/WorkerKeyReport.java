package io.f3console.core.inspect;

import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.PublicKeyCheck;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every worker key of one committee, looked at once so that each participant's answer is a lookup:
 * the go-f3 key check ({@link KeyAudit}), the BDN coefficient the key carries in this table ({@link
 * BdnCoefficients}, which depends on every key of the table and their order), the other actors
 * holding the same key, and each participant's rank and share of power.
 *
 * <p>Computing it checks every distinct key on the curve (about 70 ms for mainnet's 1,560 entries),
 * so callers build it once per table. Immutable; safe to share between threads.
 */
public final class WorkerKeyReport {
  /**
   * What one participant's key looks like in this committee.
   *
   * @param actor the participant
   * @param index its position in the table (its signer index)
   * @param rank 1 for the largest participant (go-f3's canonical order)
   * @param entry its table entry
   * @param share its fraction of the table's power (0…1)
   * @param check the key as go-f3 checks it before aggregating
   * @param coefficient the BDN coefficient c_i of its key in this table (0 ≤ c_i &lt; 2^128)
   * @param sharedWith the other actors of this table with the same key, in table order
   */
  public record Participant(
      ActorId actor,
      int index,
      int rank,
      PowerEntry entry,
      double share,
      PublicKeyCheck check,
      BigInteger coefficient,
      List<ActorId> sharedWith) {
    public Participant {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(coefficient, "coefficient");
      sharedWith = List.copyOf(sharedWith);
    }

    /** The key. */
    public PubKey key() {
      return entry.pubKey();
    }

    /** Whether go-f3 accepts the key. */
    public boolean isValid() {
      return check.isValid();
    }

    /** Whether another actor of the table holds the same key. */
    public boolean isShared() {
      return !sharedWith.isEmpty();
    }

    /** Whether an auditor should look at this key: invalid or shared. */
    public boolean hasProblem() {
      return !isValid() || isShared();
    }

    /** The weight c_i + 1 the key is multiplied by in an aggregate. */
    public BigInteger weight() {
      return coefficient.add(BigInteger.ONE);
    }
  }

  private final PowerTable table;
  private final KeyAudit audit;
  private final List<Participant> byRank;
  private final Map<ActorId, Participant> byActor;

  private WorkerKeyReport(PowerTable table, KeyAudit audit, List<Participant> byRank) {
    this.table = table;
    this.audit = audit;
    this.byRank = List.copyOf(byRank);
    Map<ActorId, Participant> index = new HashMap<>(byRank.size() * 2);
    for (Participant participant : byRank) {
      index.put(participant.actor(), participant);
    }
    this.byActor = index;
  }

  /** Checks every key of {@code table} and computes its BDN coefficients. */
  public static WorkerKeyReport of(PowerTable table) throws BlsException {
    Objects.requireNonNull(table, "table");
    KeyAudit audit = KeyAudit.of(table);
    BigInteger[] coefficients = BdnCoefficients.compute(table.publicKeyBytes());
    Map<PubKey, List<ActorId>> holders = new HashMap<>();
    for (KeyAudit.SharedKey shared : audit.sharedKeys()) {
      holders.put(shared.key(), shared.actors());
    }
    List<Participant> byRank = new ArrayList<>(table.size());
    for (PowerTableStatistics.Row row : PowerTableStatistics.of(table).rows()) {
      PowerEntry entry = row.entry();
      List<ActorId> others =
          holders.getOrDefault(entry.pubKey(), List.of()).stream()
              .filter(actor -> !actor.equals(entry.id()))
              .toList();
      byRank.add(
          new Participant(
              entry.id(),
              row.index(),
              row.rank(),
              entry,
              row.share(),
              audit.check(row.index()),
              coefficients[row.index()],
              others));
    }
    return new WorkerKeyReport(table, audit, byRank);
  }

  /** The committee looked at. */
  public PowerTable table() {
    return table;
  }

  /** The key check of every entry, the invalid entries and the shared keys. */
  public KeyAudit audit() {
    return audit;
  }

  /** Every participant, largest first. */
  public List<Participant> participants() {
    return byRank;
  }

  /** The participant's answer, when it is in this committee. */
  public Optional<Participant> participant(ActorId actor) {
    return Optional.ofNullable(byActor.get(actor));
  }

  /** The largest participant, when the table has any. */
  public Optional<Participant> largest() {
    return byRank.isEmpty() ? Optional.empty() : Optional.of(byRank.get(0));
  }

  /** The participants whose key is invalid or shared, largest first. */
  public List<Participant> problems() {
    return byRank.stream().filter(Participant::hasProblem).toList();
  }
}
