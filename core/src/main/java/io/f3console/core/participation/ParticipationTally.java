package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.ValidationListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Counts who signed which certificate, one validated certificate at a time with the committee of
 * its instance (the table before that certificate's delta). Memory stays bounded by the number of
 * distinct miners plus a small summary per instance: no per-miner list of instances is kept.
 *
 * <p>Feed it in chain order, either directly with {@link #add} or through the validator with {@link
 * #listener}, which knows the committee of each instance from the table it started with and the
 * next table the validator reports. Not thread-safe; the validator calls its listener on one
 * thread.
 */
public final class ParticipationTally {
  private final Map<ActorId, Counter> miners = new HashMap<>();
  private final List<InstanceParticipation> instances = new ArrayList<>();
  private long lastInstance;

  /** A miner's running counters. */
  private static final class Counter {
    long signed;
    long absent;
    long firstSigned = -1;
    long lastSigned = -1;
    boolean everSigned;
    long lastInCommittee;
    long current;
    long longest;
  }

  /**
   * Tallies one certificate with the committee of its instance.
   *
   * @throws IllegalArgumentException if the instance does not follow the last one tallied, or a
   *     signer index is outside the committee (neither happens to a validated certificate)
   */
  public void add(FinalityCertificate certificate, PowerTable committee) {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(committee, "committee");
    long instance = certificate.instance();
    if (!instances.isEmpty() && instance != lastInstance + 1) {
      throw new IllegalArgumentException(
          "instance "
              + Long.toUnsignedString(instance)
              + " does not follow "
              + Long.toUnsignedString(lastInstance));
    }
    int size = committee.size();
    boolean[] signedBy = SignerFlags.of(certificate, committee);
    boolean first = instances.isEmpty();
    for (int i = 0; i < size; i++) {
      Counter counter = miners.computeIfAbsent(committee.entry(i).id(), id -> new Counter());
      if (first || counter.lastInCommittee != instance - 1) {
        counter.current = 0;
      }
      counter.lastInCommittee = instance;
      if (signedBy[i]) {
        counter.signed++;
        if (!counter.everSigned) {
          counter.firstSigned = instance;
          counter.everSigned = true;
        }
        counter.lastSigned = instance;
        counter.current = 0;
      } else {
        counter.absent++;
        counter.current++;
        counter.longest = Math.max(counter.longest, counter.current);
      }
    }
    instances.add(InstanceParticipation.of(certificate, committee, signedBy));
    lastInstance = instance;
  }

  /**
   * A listener that tallies each certificate the validator accepts.
   *
   * @param firstCommittee the committee of the first instance validated (the table the validation
   *     starts from)
   */
  public ValidationListener listener(PowerTable firstCommittee) {
    return new CommitteeListener(firstCommittee, this::add);
  }

  /** How many instances have been tallied. */
  public int instanceCount() {
    return instances.size();
  }

  /** What has been counted so far. */
  public ParticipationReport report() {
    long total = instances.size();
    List<MinerParticipation> lines = new ArrayList<>(miners.size());
    miners.forEach(
        (actor, c) ->
            lines.add(
                new MinerParticipation(
                    actor,
                    c.signed,
                    c.absent,
                    total - c.signed - c.absent,
                    c.everSigned ? OptionalLong.of(c.firstSigned) : OptionalLong.empty(),
                    c.everSigned ? OptionalLong.of(c.lastSigned) : OptionalLong.empty(),
                    c.lastInCommittee == lastInstance ? c.current : 0,
                    c.longest)));
    lines.sort((a, b) -> a.actor().compareTo(b.actor()));
    return new ParticipationReport(lines, instances);
  }
}
