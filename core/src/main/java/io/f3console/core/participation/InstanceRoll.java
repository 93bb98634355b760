package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who signed one instance's certificate and who in its committee did not, each with the scaled
 * power it held, most power first. Immutable.
 *
 * @param instance the certificate's instance
 * @param scaledTotal the committee's scaled total
 * @param signers the members who signed, most power first, then by actor ID
 * @param absentees the members who did not sign, most power first, then by actor ID
 */
public record InstanceRoll(
    long instance, long scaledTotal, List<Member> signers, List<Member> absentees) {

  public InstanceRoll {
    signers = List.copyOf(signers);
    absentees = List.copyOf(absentees);
  }

  /**
   * One committee member.
   *
   * @param actor the miner
   * @param index its index in the committee (its bit in the signers bitfield)
   * @param scaledPower its scaled power
   * @param share its share of the committee's scaled power, 0–1
   */
  public record Member(ActorId actor, int index, long scaledPower, double share) {}

  private static final Comparator<Member> BY_POWER =
      Comparator.comparingLong(Member::scaledPower).reversed().thenComparing(Member::actor);

  /**
   * The roll of {@code certificate} read against the committee of its instance.
   *
   * @throws IllegalArgumentException if a signer index is outside the committee
   */
  public static InstanceRoll of(FinalityCertificate certificate, PowerTable committee) {
    int size = committee.size();
    boolean[] signedBy = SignerFlags.of(certificate, committee);
    long total = committee.scaledTotal();
    List<Member> signers = new ArrayList<>();
    List<Member> absentees = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      long power = committee.scaledPower(i);
      Member member =
          new Member(committee.entry(i).id(), i, power, total == 0 ? 0 : (double) power / total);
      (signedBy[i] ? signers : absentees).add(member);
    }
    signers.sort(BY_POWER);
    absentees.sort(BY_POWER);
    return new InstanceRoll(certificate.instance(), total, signers, absentees);
  }

  /** The scaled power that signed. */
  public long signedScaledPower() {
    return signers.stream().mapToLong(Member::scaledPower).sum();
  }

  /** The scaled power that did not sign. */
  public long absentScaledPower() {
    return absentees.stream().mapToLong(Member::scaledPower).sum();
  }
}
