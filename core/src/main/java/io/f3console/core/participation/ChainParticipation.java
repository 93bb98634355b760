package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.ChainInspection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The participation of a run of consecutive certificates, each with the committee of its instance:
 * the series for a chart, one miner's timeline, the roll of one instance and the missing power of a
 * stretch. Certificates are kept by reference and committees are shared when unchanged, so this
 * costs the series' arrays, counted on first use. Immutable (and safe to share between threads).
 */
public final class ChainParticipation implements ParticipationData {
  private final List<FinalityCertificate> certificates;
  private final List<PowerTable> committees;
  private volatile ParticipationSeries series;

  private ChainParticipation(List<FinalityCertificate> certificates, List<PowerTable> committees) {
    this.certificates = List.copyOf(certificates);
    this.committees = List.copyOf(committees);
  }

  /**
   * Of certificates with their committees ({@code committees.get(i)} is the committee of {@code
   * certificates.get(i)}'s instance), in chain order.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  public static ChainParticipation of(
      List<FinalityCertificate> certificates, List<PowerTable> committees) {
    if (certificates.size() != committees.size()) {
      throw new IllegalArgumentException(
          committees.size() + " committees for " + certificates.size() + " certificates");
    }
    return new ChainParticipation(certificates, committees);
  }

  /**
   * Of the certificates a validation accepted: the valid ones from the start of the chain, up to
   * the first that is not valid. A certificate that failed or was not reached says nothing
   * trustworthy about who signed, so it is left out.
   */
  public static ChainParticipation ofValidated(ChainInspection inspection) {
    List<FinalityCertificate> certificates = new ArrayList<>();
    List<PowerTable> committees = new ArrayList<>();
    for (int i = 0; i < inspection.certificates().size(); i++) {
      Optional<PowerTable> committee = inspection.committeeOf(i);
      if (inspection.outcomes().get(i).status() != CertificateStatus.VALID || committee.isEmpty()) {
        break;
      }
      certificates.add(inspection.certificates().get(i));
      committees.add(committee.get());
    }
    return new ChainParticipation(certificates, committees);
  }

  /** How many certificates it holds. */
  @Override
  public int size() {
    return certificates.size();
  }

  @Override
  public boolean isEmpty() {
    return certificates.isEmpty();
  }

  public List<FinalityCertificate> certificates() {
    return certificates;
  }

  /** The committee of the certificate at {@code index}. */
  public PowerTable committee(int index) {
    return committees.get(index);
  }

  /**
   * The signed share per instance, for charts: counted on first use (one pass over every
   * certificate's signers), then kept.
   *
   * @throws IllegalArgumentException if a signer index is outside its committee
   */
  @Override
  public ParticipationSeries series() {
    ParticipationSeries built = series;
    if (built == null) {
      ParticipationSeries.Builder builder = ParticipationSeries.builder(certificates.size());
      for (int i = 0; i < certificates.size(); i++) {
        InstanceParticipation p = InstanceParticipation.of(certificates.get(i), committees.get(i));
        builder.add(
            p.instance(), p.signedScaledPower(), p.scaledTotal(), p.baseOnly(), p.headEpoch());
      }
      built = builder.build();
      series = built;
    }
    return built;
  }

  /** One miner's state in every instance. */
  @Override
  public MinerTimeline timeline(ActorId actor) {
    return MinerTimeline.of(Objects.requireNonNull(actor, "actor"), certificates, committees);
  }

  /** Signers and absentees of the certificate at {@code index}. */
  public InstanceRoll roll(int index) {
    return InstanceRoll.of(certificates.get(index), committees.get(index));
  }

  /**
   * The absentees of the certificates from {@code fromIndex} (inclusive) to {@code toIndex}
   * (exclusive), ranked by the scaled power they left out.
   *
   * @throws IndexOutOfBoundsException if the range is empty or not within the chain
   */
  @Override
  public MissingPower missing(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, certificates.size());
    if (fromIndex == toIndex) {
      throw new IndexOutOfBoundsException("an empty range " + fromIndex + "–" + toIndex);
    }
    MissingPower.Collector collector = new MissingPower.Collector(toIndex - fromIndex);
    for (int i = fromIndex; i < toIndex; i++) {
      collector.add(certificates.get(i), committees.get(i));
    }
    return collector.result();
  }

  /** Whether {@code actor} is in any committee held. */
  @Override
  public boolean knows(ActorId actor) {
    PowerTable last = null;
    for (PowerTable committee : committees) {
      if (committee != last && committee.indexOf(actor).isPresent()) {
        return true;
      }
      last = committee;
    }
    return false;
  }

  @Override
  public boolean canOpen(int index) {
    return index >= 0 && index < size();
  }
}
