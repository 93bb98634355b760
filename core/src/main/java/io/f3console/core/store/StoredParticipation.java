package io.f3console.core.store;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.MinerCounter;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.MinerState;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.SignerFlags;
import io.f3console.core.trust.Trust;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Participation read from a certificate store: per instance from the stored summaries, per miner
 * and as missing power from the participation index of the complete blocks, and for the instances
 * outside complete blocks from the certificates themselves with their committees. The results equal
 * those of {@link io.f3console.core.participation.ParticipationTally} over the same certificates.
 */
public final class StoredParticipation {
  private final CertificateStore store;

  public StoredParticipation(CertificateStore store) {
    this.store = store;
  }

  /** Stored instances {@code first}–{@code last}, both included. */
  public record Range(long first, long last) {
    public long size() {
      return last - first + 1;
    }
  }

  /**
   * What results over some stored instances stand on.
   *
   * @param start the trust of the table the store started from
   * @param unchecked how many of those certificates were stored without their signatures checked
   */
  public record Verification(Trust start, long unchecked) {
    /** Proved: a verified start and every signature checked. */
    public boolean verified() {
      return start.isVerified() && unchecked == 0;
    }
  }

  /** What results over {@code range} stand on. */
  public Verification verification(Range range) throws StoreException {
    Trust start =
        store
            .start()
            .orElseThrow(
                () ->
                    new StoreException(
                        "the certificate store " + store.file() + " has not started"))
            .trust();
    return new Verification(start, store.uncheckedIn(range.first(), range.last()));
  }

  /** The stored instances, or empty when none is stored. */
  public Optional<Range> stored() throws StoreException {
    OptionalLong latest = store.latestInstance();
    Optional<CertificateStore.Start> start = store.start();
    if (latest.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Range(start.get().instance(), latest.getAsLong()));
  }

  /**
   * The stored instances within {@code from}–{@code to} (either may be empty: from the first, to
   * the newest), or empty when none is.
   */
  public Optional<Range> clip(OptionalLong from, OptionalLong to) throws StoreException {
    Optional<Range> stored = stored();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    long first = Math.max(stored.get().first(), from.orElse(stored.get().first()));
    long last = Math.min(stored.get().last(), to.orElse(stored.get().last()));
    return first > last ? Optional.empty() : Optional.of(new Range(first, last));
  }

  /** The summaries of the stored instances in {@code range}, in chain order. */
  public List<InstanceParticipation> instances(Range range) throws StoreException {
    return store.read(
        connection -> {
          List<InstanceParticipation> rows = new ArrayList<>((int) Math.min(range.size(), 1 << 20));
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT instance, signers,"
                      + " committee, signed_power, scaled_total, base_only, base_epoch, head_epoch"
                      + " FROM instances WHERE instance >= ? AND instance <= ? ORDER BY instance")) {
            query.setLong(1, range.first());
            query.setLong(2, range.last());
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                rows.add(
                    new InstanceParticipation(
                        row.getLong(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getInt(6) == 1,
                        row.getLong(7),
                        row.getLong(8)));
              }
            }
          }
          return rows;
        });
  }

  /**
   * One miner over {@code range}: its state in every instance ({@link MinerTimeline#summary()}
   * counts them). The timeline has no head epochs, so no window rates.
   */
  public MinerTimeline miner(ActorId actor, Range range) throws StoreException {
    return MinerTimeline.ofStates(actor, range.first(), states(actor, range), null);
  }

  /** One miner's state in every instance of {@code range}, one {@link MinerState#code()} each. */
  byte[] states(ActorId actor, Range range) throws StoreException {
    byte[] states = new byte[Math.toIntExact(range.size())];
    Arrays.fill(states, MinerState.OUT.code());
    Span span = span(range);
    if (span.hasBlocks()) {
      store.read(
          connection -> {
            try (PreparedStatement query =
                connection.prepareStatement(
                    "SELECT block, member,"
                        + " signed FROM miner_blocks WHERE actor = ? AND block >= ? AND block <= ?"
                        + " ORDER BY block")) {
              query.setLong(1, actor.bits());
              query.setLong(2, span.firstBlock);
              query.setLong(3, span.lastBlock);
              try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                  long first = BlockBitmap.firstOf(row.getLong(1));
                  long[] member = bitmap(row.getBytes(2), row.getLong(1));
                  long[] signed = bitmap(row.getBytes(3), row.getLong(1));
                  for (int offset = 0; offset < BlockBitmap.SIZE; offset++) {
                    long instance = first + offset;
                    if (instance < range.first()
                        || instance > range.last()
                        || !BlockBitmap.get(member, offset)) {
                      continue;
                    }
                    states[(int) (instance - range.first())] =
                        BlockBitmap.get(signed, offset)
                            ? MinerState.SIGNED.code()
                            : MinerState.ABSENT.code();
                  }
                }
              }
            }
            return null;
          });
    }
    for (Range edge : span.edges()) {
      store.walk(
          edge.first(),
          edge.last(),
          (certificate, committee) -> {
            Optional<Integer> index = committee.indexOf(actor);
            if (index.isPresent()) {
              states[(int) (certificate.instance() - range.first())] =
                  certificate.signers().contains(index.get())
                      ? MinerState.SIGNED.code()
                      : MinerState.ABSENT.code();
            }
          });
    }
    return states;
  }

  /** Every absent member of {@code range}, ranked by the scaled power it left out. */
  public MissingPower missing(Range range) throws StoreException {
    Map<Long, long[]> missed = new HashMap<>();
    Span span = span(range);
    if (span.hasBlocks()) {
      store.read(
          connection -> {
            try (PreparedStatement query =
                connection.prepareStatement(
                    "SELECT actor, block,"
                        + " member, signed, absent_power, last_absent_power FROM miner_blocks"
                        + " WHERE block >= ? AND block <= ?")) {
              query.setLong(1, span.firstBlock);
              query.setLong(2, span.lastBlock);
              try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                  long block = row.getLong(2);
                  long[] member = bitmap(row.getBytes(3), block);
                  long[] signed = bitmap(row.getBytes(4), block);
                  int count = 0;
                  int last = -1;
                  for (int w = 0; w < BlockBitmap.WORDS; w++) {
                    long absent = member[w] & ~signed[w];
                    count += Long.bitCount(absent);
                    if (absent != 0) {
                      last = w * 64 + 63 - Long.numberOfLeadingZeros(absent);
                    }
                  }
                  if (count > 0) {
                    note(
                        missed,
                        row.getLong(1),
                        row.getLong(5),
                        count,
                        BlockBitmap.firstOf(block) + last,
                        row.getLong(6));
                  }
                }
              }
            }
            return null;
          });
    }
    for (Range edge : span.edges()) {
      store.walk(
          edge.first(),
          edge.last(),
          (certificate, committee) -> noteAbsentees(missed, certificate, committee));
    }
    List<MissingPower.Absentee> absentees = new ArrayList<>(missed.size());
    missed.forEach(
        (actor, m) ->
            absentees.add(new MissingPower.Absentee(ActorId.of(actor), m[0], (int) m[1], m[3])));
    return MissingPower.ranked(range.first(), range.last(), absentees);
  }

  /** Every miner over {@code range}, with the instance summaries. */
  public ParticipationReport report(Range range) throws StoreException {
    Map<Long, byte[]> states = new HashMap<>();
    int length = Math.toIntExact(range.size());
    Span span = span(range);
    if (span.hasBlocks()) {
      store.read(
          connection -> {
            try (PreparedStatement query =
                connection.prepareStatement(
                    "SELECT actor, block,"
                        + " member, signed FROM miner_blocks WHERE block >= ? AND block <= ?")) {
              query.setLong(1, span.firstBlock);
              query.setLong(2, span.lastBlock);
              try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                  long block = row.getLong(2);
                  long[] member = bitmap(row.getBytes(3), block);
                  long[] signed = bitmap(row.getBytes(4), block);
                  byte[] line = states.computeIfAbsent(row.getLong(1), a -> outLine(length));
                  long first = BlockBitmap.firstOf(block);
                  for (int offset = 0; offset < BlockBitmap.SIZE; offset++) {
                    if (BlockBitmap.get(member, offset)) {
                      line[(int) (first + offset - range.first())] =
                          BlockBitmap.get(signed, offset)
                              ? MinerState.SIGNED.code()
                              : MinerState.ABSENT.code();
                    }
                  }
                }
              }
            }
            return null;
          });
    }
    for (Range edge : span.edges()) {
      store.walk(
          edge.first(),
          edge.last(),
          (certificate, committee) -> {
            boolean[] signedBy = SignerFlags.of(certificate, committee);
            int offset = (int) (certificate.instance() - range.first());
            for (int i = 0; i < committee.size(); i++) {
              states.computeIfAbsent(committee.entry(i).id().bits(), a -> outLine(length))[offset] =
                  signedBy[i] ? MinerState.SIGNED.code() : MinerState.ABSENT.code();
            }
          });
    }
    List<MinerParticipation> miners = new ArrayList<>(states.size());
    states.forEach(
        (actor, line) -> {
          MinerCounter counter = new MinerCounter(ActorId.of(actor));
          for (int i = 0; i < line.length; i++) {
            counter.add(range.first() + i, MinerState.ofCode(line[i]));
          }
          miners.add(counter.result());
        });
    return ParticipationReport.of(miners, instances(range));
  }

  private static byte[] outLine(int length) {
    byte[] line = new byte[length];
    Arrays.fill(line, MinerState.OUT.code());
    return line;
  }

  private static void noteAbsentees(
      Map<Long, long[]> missed, FinalityCertificate certificate, PowerTable committee) {
    boolean[] signedBy = SignerFlags.of(certificate, committee);
    for (int i = 0; i < committee.size(); i++) {
      if (!signedBy[i]) {
        long power = committee.scaledPower(i);
        note(missed, committee.entry(i).id().bits(), power, 1, certificate.instance(), power);
      }
    }
  }

  /** Adds missed power; {m[0] power, m[1] instances, m[2] last instance, m[3] its power}. */
  private static void note(
      Map<Long, long[]> missed,
      long actor,
      long power,
      int instances,
      long lastInstance,
      long lastPower) {
    long[] m = missed.computeIfAbsent(actor, a -> new long[] {0, 0, -1, 0});
    m[0] += power;
    m[1] += instances;
    if (lastInstance > m[2]) {
      m[2] = lastInstance;
      m[3] = lastPower;
    }
  }

  private long[] bitmap(byte[] bytes, long block) throws StoreException {
    try {
      return BlockBitmap.decode(bytes);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "the certificate store "
              + store.file()
              + " is damaged: the"
              + " participation index of block "
              + block
              + " does not decode: "
              + e.getMessage());
    }
  }

  /**
   * How a range splits: the complete blocks wholly inside it (read from the index) and the
   * instances before and after them (read from the certificates).
   */
  private record Span(long firstBlock, long lastBlock, List<Range> edges) {
    boolean hasBlocks() {
      return firstBlock <= lastBlock;
    }
  }

  private Span span(Range range) throws StoreException {
    long latest = store.latestInstance().orElse(range.last());
    // the newest block whose last instance is stored
    long lastComplete = BlockBitmap.blockOf(latest + 1) - 1;
    long firstBlock = BlockBitmap.blockOf(range.first());
    if (BlockBitmap.firstOf(firstBlock) < range.first()) {
      firstBlock++;
    }
    long lastBlock = BlockBitmap.blockOf(range.last());
    if (BlockBitmap.firstOf(lastBlock + 1) - 1 > range.last()) {
      lastBlock--;
    }
    lastBlock = Math.min(lastBlock, lastComplete);
    List<Range> edges = new ArrayList<>(2);
    if (firstBlock > lastBlock) {
      edges.add(range);
      return new Span(1, 0, edges);
    }
    if (range.first() < BlockBitmap.firstOf(firstBlock)) {
      edges.add(new Range(range.first(), BlockBitmap.firstOf(firstBlock) - 1));
    }
    if (BlockBitmap.firstOf(lastBlock + 1) <= range.last()) {
      edges.add(new Range(BlockBitmap.firstOf(lastBlock + 1), range.last()));
    }
    return new Span(firstBlock, lastBlock, edges);
  }
}
