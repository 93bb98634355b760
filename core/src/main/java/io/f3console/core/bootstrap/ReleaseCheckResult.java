package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a {@link ReleaseCheck}.
 *
 * @param profile the network checked
 * @param sources the evidence of each source, in the order given
 * @param verdict whether the CID is confirmed, and if not, why
 * @param agreedCid the CID every table-holding source agrees on, if they do
 * @param candidate the CID proposed for the release, if one was given
 * @param findings sentences for a person, in the order they were found
 * @param distrusted when the sources disagree, the odd sources out: those that hold another table
 *     than the one certificate 0, the profile's published CID or (failing both) most sources single
 *     out; every source when nothing singles one out; empty otherwise
 * @param remedy what to do when the verdict is not {@link Verdict#CONFIRMED}
 */
public record ReleaseCheckResult(
    NetworkProfile profile,
    List<SourceEvidence> sources,
    Verdict verdict,
    Optional<Cid> agreedCid,
    Optional<Cid> candidate,
    List<String> findings,
    List<String> distrusted,
    Optional<String> remedy) {

  /** Whether the initial power-table CID may be baked into a release. */
  public enum Verdict {
    /** Every table agrees (with the candidate, if given) and certificate 0 validates. */
    CONFIRMED,
    /** The sources hold different tables, or a table of another instance. */
    DISAGREE,
    /** The sources agree, but not on the candidate. */
    CANDIDATE_MISMATCH,
    /**
     * The sources agree, but not on the initial power-table CID the network publishes: they hold
     * another network's table, or one the network never used.
     */
    NOT_THE_PUBLISHED_CID,
    /** Certificate 0 does not validate against a source's table. */
    CERTIFICATE_ZERO_INVALID,
    /** No source holds certificate 0, so nothing proves the network used the table. */
    NO_CERTIFICATE_ZERO,
    /** No source holds a power table. */
    NO_SOURCES
  }

  public ReleaseCheckResult {
    Objects.requireNonNull(profile, "profile");
    sources = List.copyOf(sources);
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(agreedCid, "agreedCid");
    Objects.requireNonNull(candidate, "candidate");
    findings = List.copyOf(findings);
    distrusted = List.copyOf(distrusted);
    Objects.requireNonNull(remedy, "remedy");
    if ((verdict == Verdict.CONFIRMED) == remedy.isPresent()) {
      throw new IllegalArgumentException("a remedy goes with every verdict but CONFIRMED");
    }
    if (verdict == Verdict.CONFIRMED && agreedCid.isEmpty()) {
      throw new IllegalArgumentException("a confirmed check has an agreed CID");
    }
  }

  public boolean confirmed() {
    return verdict == Verdict.CONFIRMED;
  }

  /**
   * The trust of the table the sources agree on, as the committee of the network's initial instance
   * (verified only when it is the CID the network publishes; on a network that publishes none it
   * stays unverified however well certificate 0 validates); empty when they agree on none.
   */
  public Optional<Trust> trust() {
    return agreedCid.map(cid -> TrustAssessor.of(profile).table(cid, profile.initialInstance()));
  }
}
