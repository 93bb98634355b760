package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.ValidationListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whom to call: the committee members who did not sign one instance's certificate, or the last N,
 * ranked by the scaled power they left out (summed over the instances they missed). Immutable.
 *
 * @param firstInstance the first instance looked at
 * @param lastInstance the last instance looked at
 * @param absentees the absent members, most missing power first, then by actor ID
 */
public record MissingPower(long firstInstance, long lastInstance, List<Absentee> absentees) {

  public MissingPower {
    absentees = List.copyOf(absentees);
  }

  /**
   * One absent member.
   *
   * @param actor the miner
   * @param missedScaledPower the scaled power it held in the instances it missed, summed
   * @param instancesMissed in how many of the instances looked at it was absent
   * @param lastScaledPower its scaled power in the last instance it missed
   */
  public record Absentee(
      ActorId actor, long missedScaledPower, int instancesMissed, long lastScaledPower) {}

  /**
   * The absentees of instances {@code firstInstance}–{@code lastInstance}, ranked: most missing
   * power first, then by actor ID.
   */
  public static MissingPower ranked(
      long firstInstance, long lastInstance, Collection<Absentee> absentees) {
    List<Absentee> ranked = new ArrayList<>(absentees);
    ranked.sort(
        Comparator.comparingLong(Absentee::missedScaledPower)
            .reversed()
            .thenComparing(Absentee::actor));
    return new MissingPower(firstInstance, lastInstance, ranked);
  }

  /** The absent members of one instance, by scaled power. */
  public static MissingPower of(FinalityCertificate certificate, PowerTable committee) {
    Collector collector = new Collector(1);
    collector.add(certificate, committee);
    return collector.result();
  }

  /**
   * Keeps the last {@code window} certificates with their committees, fed in chain order, and ranks
   * their absent members. Holds at most {@code window} certificates (committees are shared when
   * unchanged).
   */
  public static final class Collector {
    private final int window;
    private final Deque<FinalityCertificate> certificates = new ArrayDeque<>();
    private final Deque<PowerTable> committees = new ArrayDeque<>();

    public Collector(int window) {
      if (window < 1) {
        throw new IllegalArgumentException("the window must be at least 1, got " + window);
      }
      this.window = window;
    }

    public void add(FinalityCertificate certificate, PowerTable committee) {
      certificates.addLast(Objects.requireNonNull(certificate, "certificate"));
      committees.addLast(Objects.requireNonNull(committee, "committee"));
      if (certificates.size() > window) {
        certificates.removeFirst();
        committees.removeFirst();
      }
    }

    /** A listener that keeps each certificate the validator accepts. */
    public ValidationListener listener(PowerTable firstCommittee) {
      return new CommitteeListener(firstCommittee, this::add);
    }

    /** How many certificates are kept. */
    public int size() {
      return certificates.size();
    }

    /**
     * The ranking over the kept certificates.
     *
     * @throws IllegalStateException if none was added
     */
    public MissingPower result() {
      if (certificates.isEmpty()) {
        throw new IllegalStateException("no certificate to look at");
      }
      Map<ActorId, long[]> missed = new HashMap<>();
      var tables = committees.iterator();
      for (FinalityCertificate certificate : certificates) {
        PowerTable committee = tables.next();
        for (int i = 0; i < committee.size(); i++) {
          if (!certificate.signers().contains(i)) {
            long power = committee.scaledPower(i);
            long[] m = missed.computeIfAbsent(committee.entry(i).id(), id -> new long[3]);
            m[0] += power;
            m[1]++;
            m[2] = power;
          }
        }
      }
      List<Absentee> absentees = new ArrayList<>(missed.size());
      missed.forEach((actor, m) -> absentees.add(new Absentee(actor, m[0], (int) m[1], m[2])));
      return ranked(
          certificates.getFirst().instance(), certificates.getLast().instance(), absentees);
    }
  }
}
