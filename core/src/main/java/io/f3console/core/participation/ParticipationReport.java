package io.f3console.core.participation;

import io.f3console.core.gpbft.ActorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a {@link ParticipationTally} counted: one line per miner seen in any tallied committee
 * (ordered by actor ID) and one summary per instance (in chain order). Immutable.
 */
public final class ParticipationReport {
  /**
   * The caveat every presentation of participation prints: a certificate is no record of who voted.
   */
  public static final String CAVEAT =
      "A certificate carries the signatures its node had when"
          + " it reached a strong quorum, so one missing signature is no proof of absence; rates"
          + " over many instances are.";

  private final List<MinerParticipation> miners;
  private final List<InstanceParticipation> instances;

  ParticipationReport(List<MinerParticipation> miners, List<InstanceParticipation> instances) {
    this.miners = List.copyOf(miners);
    this.instances = List.copyOf(instances);
  }

  /**
   * A report of these lines, ordered by actor ID, and these instance summaries, which must be
   * consecutive instances in chain order.
   */
  public static ParticipationReport of(
      List<MinerParticipation> miners, List<InstanceParticipation> instances) {
    List<MinerParticipation> sorted = new ArrayList<>(miners);
    sorted.sort(Comparator.comparing(MinerParticipation::actor));
    for (int i = 1; i < instances.size(); i++) {
      if (instances.get(i).instance() != instances.get(i - 1).instance() + 1) {
        throw new IllegalArgumentException(
            "instance "
                + instances.get(i).instance()
                + " does not follow "
                + instances.get(i - 1).instance());
      }
    }
    return new ParticipationReport(sorted, instances);
  }

  /** Every miner seen in a tallied committee, by actor ID. */
  public List<MinerParticipation> miners() {
    return miners;
  }

  /** One summary per tallied instance, in chain order. */
  public List<InstanceParticipation> instances() {
    return instances;
  }

  /** How many instances were tallied. */
  public int instanceCount() {
    return instances.size();
  }

  /** The first tallied instance, if any. */
  public OptionalLong firstInstance() {
    return instances.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(instances.get(0).instance());
  }

  /** The last tallied instance, if any. */
  public OptionalLong lastInstance() {
    return instances.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(instances.get(instances.size() - 1).instance());
  }

  /** One miner's line, if it was in any tallied committee. */
  public Optional<MinerParticipation> miner(ActorId actor) {
    Objects.requireNonNull(actor, "actor");
    return miners.stream().filter(m -> m.actor().equals(actor)).findFirst();
  }

  /**
   * The {@code limit} miners absent most often: most absences first, then the longer current
   * streak, then the actor ID. Miners never absent are left out.
   */
  public List<MinerParticipation> mostAbsent(int limit) {
    return miners.stream()
        .filter(m -> m.absent() > 0)
        .sorted(
            Comparator.comparingLong(MinerParticipation::absent)
                .reversed()
                .thenComparing(
                    Comparator.comparingLong(MinerParticipation::currentAbsence).reversed())
                .thenComparing(MinerParticipation::actor))
        .limit(limit)
        .toList();
  }
}
