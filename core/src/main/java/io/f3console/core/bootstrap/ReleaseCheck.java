package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.CertificateZeroEvidence.Status;
import io.f3console.core.bootstrap.ReleaseCheckResult.Verdict;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;

/**
 * Decides whether an initial power-table CID may be baked into a release ("Release B"): every
 * source that holds a table must hold the same one, for the network's initial instance, equal to
 * the candidate when one is given, and certificate 0 must validate against it. A valid certificate
 * 0 is the proof that the network itself signed with that committee; equal CIDs alone only show the
 * sources computed the same thing.
 *
 * <p>Certificate 0 is taken from each source that holds it; a source without it (a power-table
 * file) is checked with certificate 0 from the first source that has it. A source that holds only
 * certificates contributes its certificate 0, checked against the agreed table.
 */
public final class ReleaseCheck {
  private final NetworkProfile profile;
  private final CertificateValidator validator;

  public ReleaseCheck(NetworkProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.validator =
        new CertificateValidator(profile.f3NetworkName(), ValidatorOptions.withThreads(1));
  }

  /**
   * Runs the check. The sources stay open; the caller closes them.
   *
   * @throws F3Exception if a source cannot give its table or certificate 0 (a node that stops
   *     answering, a malformed file)
   * @throws InterruptedException if the thread is interrupted
   */
  public ReleaseCheckResult run(Optional<Cid> candidate, List<DataSource> sources)
      throws F3Exception, InterruptedException {
    Objects.requireNonNull(candidate, "candidate");
    List<DataSource> given = List.copyOf(sources);
    long initial = profile.initialInstance();
    List<Optional<SourcedTable>> tables = new ArrayList<>();
    List<Optional<FinalityCertificate>> zeros = new ArrayList<>();
    for (DataSource source : given) {
      tables.add(
          source.hasPowerTables() ? Optional.of(source.initialPowerTable()) : Optional.empty());
      zeros.add(certificate(source, initial));
    }
    Optional<Integer> firstZero = firstPresent(zeros);

    List<String> findings = new ArrayList<>();
    Map<Cid, List<String>> byCid = new LinkedHashMap<>();
    List<String> wrongInstance = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i).spec().toString();
      if (tables.get(i).isEmpty()) {
        continue;
      }
      SourcedTable table = tables.get(i).get();
      byCid.computeIfAbsent(table.table().cid(), cid -> new ArrayList<>()).add(name);
      if (table.instance() != initial) {
        wrongInstance.add(
            name
                + " holds the table of instance "
                + Long.toUnsignedString(table.instance())
                + ", not of the initial instance "
                + Long.toUnsignedString(initial));
      }
    }
    Optional<Cid> agreed =
        byCid.size() == 1 && wrongInstance.isEmpty()
            ? Optional.of(byCid.keySet().iterator().next())
            : Optional.empty();
    Optional<PowerTable> agreedTable = Optional.empty();

    List<SourceEvidence> evidence = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i).spec().toString();
      Optional<FinalityCertificate> zero =
          zeros.get(i).isPresent() ? zeros.get(i) : firstZero.flatMap(zeros::get);
      String zeroSource =
          zeros.get(i).isPresent()
              ? name
              : firstZero.map(j -> given.get(j).spec().toString()).orElse("");
      if (tables.get(i).isPresent()) {
        SourcedTable table = tables.get(i).get();
        if (agreed.isPresent() && agreedTable.isEmpty()) {
          agreedTable = Optional.of(table.table());
        }
        evidence.add(
            new SourceEvidence(
                name,
                Optional.of(table.table().cid()),
                Optional.of(table.table().size()),
                Optional.of(table.instance()),
                Optional.of(table.origin()),
                check(table.table(), zero, zeroSource)));
      } else {
        evidence.add(
            new SourceEvidence(
                name,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CertificateZeroEvidence.notAvailable(
                    "holds certificates only; certificate 0 is checked against the tables")));
      }
    }
    for (int i = 0; i < given.size(); i++) {
      if (tables.get(i).isEmpty() && zeros.get(i).isPresent()) {
        SourceEvidence only = evidence.get(i);
        CertificateZeroEvidence zero =
            agreedTable.isPresent()
                ? check(agreedTable.get(), zeros.get(i), only.source())
                : CertificateZeroEvidence.notAvailable(
                    "no agreed table to check certificate 0" + " against");
        evidence.set(
            i,
            new SourceEvidence(
                only.source(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                zero));
      }
    }
    return decide(candidate, evidence, byCid, wrongInstance, agreed, findings);
  }

  private ReleaseCheckResult decide(
      Optional<Cid> candidate,
      List<SourceEvidence> evidence,
      Map<Cid, List<String>> byCid,
      List<String> wrongInstance,
      Optional<Cid> agreed,
      List<String> findings) {
    String instance = Long.toUnsignedString(profile.initialInstance());
    if (byCid.isEmpty()) {
      findings.add("No source given holds a power table.");
      return result(
          Verdict.NO_SOURCES,
          candidate,
          evidence,
          agreed,
          findings,
          "Add a source that holds the initial power table: a node (rpc:URL), a snapshot"
              + " (f3snap:PATH or car:PATH) or a power-table file.");
    }
    byCid.forEach(
        (cid, names) ->
            findings.add(
                names.size() == 1
                    ? names.get(0) + " gives " + cid + "."
                    : and(names) + " agree with each other on " + cid + "."));
    wrongInstance.forEach(problem -> findings.add(problem + "."));
    profile
        .initialPowerTableCid()
        .ifPresentOrElse(
            baked -> findings.add("The " + profile.key() + " profile expects " + baked + "."),
            () ->
                findings.add(
                    "The "
                        + profile.key()
                        + " profile has no initial power-table CID"
                        + " yet (a Release A network)."));
    candidate.ifPresent(cid -> findings.add("The candidate is " + cid + "."));
    if (!wrongInstance.isEmpty()) {
      return result(
          Verdict.DISAGREE,
          candidate,
          evidence,
          agreed,
          findings,
          "Take each table for the initial instance "
              + instance
              + ": "
              + String.join("; ", wrongInstance)
              + ".");
    }
    if (byCid.size() > 1) {
      OddOneOut odd = oddOneOut(byCid, evidence);
      findings.addAll(odd.sentences());
      return result(
          Verdict.DISAGREE,
          candidate,
          evidence,
          agreed,
          findings,
          odd.odd(),
          "The sources hold different tables. "
              + odd.verdict()
              + " Find out why before any CID"
              + " is released: compare the tables with `f3console powertable diff`, and check"
              + " the network and build of "
              + (odd.odd().size() == 1 ? "that source." : "those sources."));
    }
    Cid cid = agreed.orElseThrow();
    findings.add("Every source that holds a table agrees on " + cid + ".");
    List<String> invalid = new ArrayList<>();
    int valid = 0;
    for (SourceEvidence source : evidence) {
      CertificateZeroEvidence zero = source.certificateZero();
      zero.basePowerTableCid()
          .filter(base -> !base.equals(cid))
          .ifPresent(
              base ->
                  findings.add(
                      "Certificate 0 from "
                          + zero.certificateSource().orElse(source.source())
                          + " names "
                          + base
                          + " as its base power table, not "
                          + cid
                          + "."));
      if (zero.status() == Status.INVALID) {
        invalid.add(
            source.source() + " (" + zero.reason().orElseThrow() + ": " + zero.message() + ")");
      } else if (zero.status() == Status.VALID) {
        valid++;
      }
    }
    if (!invalid.isEmpty()) {
      findings.add("Certificate 0 does not validate for " + String.join("; ", invalid) + ".");
      return result(
          Verdict.CERTIFICATE_ZERO_INVALID,
          candidate,
          evidence,
          agreed,
          findings,
          "The network did not sign certificate 0 with this table, or the certificate is"
              + " damaged: do not release "
              + cid
              + ". Check the F3 network name ("
              + profile.f3NetworkName()
              + ") and fetch certificate 0 from another node.");
    }
    if (candidate.isPresent() && !candidate.get().equals(cid)) {
      return result(
          Verdict.CANDIDATE_MISMATCH,
          candidate,
          evidence,
          agreed,
          findings,
          "The candidate "
              + candidate.get()
              + " is not what the sources hold; the sources"
              + " agree on "
              + cid
              + ". Correct the candidate, or find out where it came from.");
    }
    Optional<Cid> published = profile.initialPowerTableCid().map(ReleaseCheck::parse);
    if (published.isPresent() && !published.get().equals(cid)) {
      String owner =
          NetworkProfiles.builtIn()
              .byInitialPowerTableCid(cid.toString())
              .map(other -> ", the initial power table of " + other.key())
              .orElse("");
      findings.add(
          "The sources agree on "
              + cid
              + owner
              + ", not on the CID "
              + profile.key()
              + " publishes, "
              + published.get()
              + ".");
      return result(
          Verdict.NOT_THE_PUBLISHED_CID,
          candidate,
          evidence,
          agreed,
          findings,
          "These sources do not hold "
              + profile.key()
              + "'s initial power table"
              + (owner.isEmpty() ? "" : " (they hold" + owner.substring(1) + ")")
              + ": do not release "
              + cid
              + ". Check that every source is a "
              + profile.key()
              + " node or file (F3 network "
              + profile.f3NetworkName()
              + ").");
    }
    if (valid == 0) {
      findings.add("No source holds certificate 0 (instance " + instance + ").");
      return result(
          Verdict.NO_CERTIFICATE_ZERO,
          candidate,
          evidence,
          agreed,
          findings,
          "Add a source that holds certificate 0: a node (rpc:URL), a snapshot or a certificate"
              + " file starting at instance "
              + instance
              + ".");
    }
    findings.add("Certificate 0 validates against " + cid + ": the network signed with it.");
    return result(Verdict.CONFIRMED, candidate, evidence, agreed, findings, null);
  }

  private ReleaseCheckResult result(
      Verdict verdict,
      Optional<Cid> candidate,
      List<SourceEvidence> evidence,
      Optional<Cid> agreed,
      List<String> findings,
      String remedy) {
    return result(verdict, candidate, evidence, agreed, findings, List.of(), remedy);
  }

  private ReleaseCheckResult result(
      Verdict verdict,
      Optional<Cid> candidate,
      List<SourceEvidence> evidence,
      Optional<Cid> agreed,
      List<String> findings,
      List<String> distrusted,
      String remedy) {
    return new ReleaseCheckResult(
        profile,
        evidence,
        verdict,
        agreed,
        candidate,
        findings,
        distrusted,
        Optional.ofNullable(remedy));
  }

  /**
   * Which sources to distrust when the tables differ, and why. The reference table is, in this
   * order: the one table certificate 0 validates against (the network signed with it), else the CID
   * the profile publishes (baked into the network's releases), else the table a strict majority of
   * the sources hold. Every source that holds another table is an odd one out, even when the odd
   * ones are the majority. Without any reference, no source can be trusted over another and every
   * source is named.
   *
   * @param odd the sources to distrust, in the order given
   * @param sentences findings: who agrees with whom, and what the reference is
   * @param verdict one sentence naming the odd sources out
   */
  private record OddOneOut(List<String> odd, List<String> sentences, String verdict) {}

  private OddOneOut oddOneOut(Map<Cid, List<String>> byCid, List<SourceEvidence> evidence) {
    List<String> sentences = new ArrayList<>();
    Set<Cid> signed = new LinkedHashSet<>();
    for (SourceEvidence source : evidence) {
      if (source.holdsTable() && source.certificateZero().status() == Status.VALID) {
        signed.add(source.tableCid().orElseThrow());
      }
    }
    Optional<Cid> published = profile.initialPowerTableCid().map(ReleaseCheck::parse);
    Cid reference;
    String basis;
    if (signed.size() == 1) {
      reference = signed.iterator().next();
      basis =
          "certificate 0 validates against it, so the network signed with it"
              + published
                  .map(
                      p ->
                          p.equals(reference)
                              ? ", and it is the CID " + profile.key() + " publishes"
                              : "; " + profile.key() + " publishes " + p)
                  .orElse("");
    } else if (published.isPresent()) {
      reference = published.get();
      basis = "the CID " + profile.key() + " publishes";
    } else {
      List<Map.Entry<Cid, List<String>>> sizes = new ArrayList<>(byCid.entrySet());
      sizes.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
      if (sizes.get(0).getValue().size() == sizes.get(1).getValue().size()) {
        List<String> all = byCid.values().stream().flatMap(List::stream).toList();
        sentences.add(
            "Nothing tells which table is "
                + profile.key()
                + "'s: certificate 0"
                + " validates against none of them alone, the profile publishes no CID and no"
                + " table is held by most sources.");
        return new OddOneOut(
            all,
            sentences,
            "No source can be trusted over another: " + and(all) + " each need checking.");
      }
      reference = sizes.get(0).getKey();
      basis =
          "the table most sources hold (the profile publishes no CID and certificate 0"
              + " does not single one out)";
    }
    List<String> matching = byCid.getOrDefault(reference, List.of());
    List<String> odd = new ArrayList<>();
    List<String> oddParts = new ArrayList<>();
    byCid.forEach(
        (cid, names) -> {
          if (!cid.equals(reference)) {
            odd.addAll(names);
            oddParts.add(and(names) + (names.size() == 1 ? " gives " : " give ") + cid);
          }
        });
    sentences.add(
        matching.isEmpty()
            ? "No source gives " + reference + " (" + basis + ")."
            : and(matching)
                + (matching.size() == 1 ? " gives " : " give ")
                + reference
                + ": "
                + basis
                + ".");
    boolean majority = odd.size() > matching.size();
    String verdict =
        "The odd "
            + (odd.size() == 1 ? "source out is " : "sources out are ")
            + and(odd)
            + " ("
            + String.join("; ", oddParts)
            + ", not "
            + reference
            + ")"
            + (majority && !matching.isEmpty()
                ? ", although " + (odd.size() == 1 ? "it is" : "they are") + " the majority"
                : "")
            + ": distrust "
            + (odd.size() == 1 ? "it." : "them.");
    sentences.add(verdict);
    return new OddOneOut(List.copyOf(odd), sentences, verdict);
  }

  private static String and(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  private static Cid parse(String cid) {
    try {
      return Cid.fromString(cid);
    } catch (F3Exception e) {
      throw new IllegalStateException("profile CID " + cid + " does not parse", e);
    }
  }

  private static Optional<FinalityCertificate> certificate(DataSource source, long instance)
      throws F3Exception {
    if (!source.hasCertificates()) {
      return Optional.empty();
    }
    InstanceRange range = source.certificateRange();
    if (!range.contains(instance)) {
      return Optional.empty();
    }
    return source.certificates(instance, instance).next();
  }

  private CertificateZeroEvidence check(
      PowerTable table, Optional<FinalityCertificate> zero, String from)
      throws F3Exception, InterruptedException {
    if (zero.isEmpty()) {
      return CertificateZeroEvidence.notAvailable("no source given holds certificate 0");
    }
    FinalityCertificate certificate = zero.get();
    ValidationResult result =
        validator.validate(table, profile.initialInstance(), List.of(certificate));
    long signers = 0;
    long power = 0;
    PrimitiveIterator.OfLong indexes = certificate.signers().iterator();
    while (indexes.hasNext()) {
      long index = indexes.nextLong();
      if (index < 0 || index >= table.size()) {
        break;
      }
      signers++;
      power += table.scaledPower((int) index);
    }
    Optional<ValidationFailure> failure = result.failure();
    Status status = failure.isPresent() ? Status.INVALID : Status.VALID;
    String message = failure.map(ValidationFailure::message).orElse("validates against this table");
    return new CertificateZeroEvidence(
        status,
        Optional.of(from),
        failure.map(ValidationFailure::reason),
        message,
        Optional.of(signers),
        Optional.of(power),
        Optional.of(table.scaledTotal()),
        Optional.of(table.strongQuorumThreshold()),
        certificate.chain().isZero()
            ? Optional.empty()
            : Optional.of(certificate.chain().base().epoch()),
        certificate.chain().isZero()
            ? Optional.empty()
            : Optional.of(certificate.chain().base().powerTable()),
        certificate.supplementalData().powerTable());
  }

  private static <T> Optional<Integer> firstPresent(List<Optional<T>> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isPresent()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
