package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import io.f3console.core.known.PublishedComparison;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.ValidationFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The doctor's root-cause check for the initial power table, on every network: the CID the network
 * expects (profile or option), the manifest's {@code InitialPowerTable}, the table the node serves
 * for the initial instance and the base of certificate 0 must all be one. When they are not, this
 * is one failure naming every CID, with what follows from it (certificate 0 not validating against
 * the served table, the base not being the expected table) listed as its consequences instead of
 * failing other checks. When the node serves another table than the network's published one and
 * that table is remembered, the two are compared entry by entry ("3 entries differ …"); when it is
 * not remembered, the remedy says how to get it.
 */
final class InitialTableAgreement {
  private InitialTableAgreement() {}

  static DoctorCheck check(
      Doctor.State state,
      NetworkSelection network,
      Optional<Cid> expected,
      Optional<Cid> published,
      Optional<PublishedComparison> servedAgainstPublished) {
    DoctorCheck check = check(state, network, expected, published);
    return servedAgainstPublished
        .map(comparison -> withComparison(check, comparison))
        .orElse(check);
  }

  /**
   * The check with the served table compared with the published one: the summary and the named
   * entries as evidence, the way to get the published table as part of the remedy.
   */
  private static DoctorCheck withComparison(DoctorCheck check, PublishedComparison comparison) {
    List<String> evidence = new ArrayList<>(check.evidence());
    evidence.add("The table the node serves: " + comparison.summary());
    comparison.entries().forEach(entry -> evidence.add("  " + entry));
    List<Detail> details = new ArrayList<>(check.details());
    details.add(Detail.of("publishedTable", comparison.kind()));
    comparison
        .diff()
        .ifPresent(diff -> details.add(Detail.of("differingEntries", diff.changes().size())));
    Optional<String> remedy =
        comparison
            .hint()
            .map(hint -> check.remedy().map(text -> text + " " + hint).orElse(hint))
            .or(check::remedy);
    return new DoctorCheck(
        check.id(),
        check.title(),
        check.verdict(),
        evidence,
        details,
        remedy,
        check.reason(),
        check.consequences());
  }

  private static DoctorCheck check(
      Doctor.State state,
      NetworkSelection network,
      Optional<Cid> expected,
      Optional<Cid> published) {
    CheckBuilder check =
        new CheckBuilder(Doctor.INITIAL_POWER_TABLE, Doctor.INITIAL_POWER_TABLE_TITLE);
    F3Manifest manifest = state.manifest;
    String name = network.profile().map(p -> p.key()).orElse(network.f3NetworkName());
    long instance = manifest.initialInstance();
    String initial = "instance " + Long.toUnsignedString(instance);
    Optional<Cid> named = manifest.initialPowerTable();
    Optional<Cid> served = Optional.ofNullable(state.served).map(t -> t.cid());
    Optional<Cid> base =
        Optional.ofNullable(state.first)
            .filter(c -> !c.chain().isZero())
            .map(c -> c.chain().base().powerTable());
    expected.ifPresent(cid -> check.detail("expected", cid));
    named.ifPresent(cid -> check.detail("manifest", cid));
    served.ifPresent(cid -> check.detail("served", cid));
    base.ifPresent(cid -> check.detail("certificateZeroBase", cid));
    String fix =
        published
            .map(
                cid ->
                    "F3_INITIAL_POWERTABLE_CID="
                        + cid
                        + " (Forest: FOREST_F3_INITIAL_POWER_TABLE="
                        + cid
                        + ")")
            .orElse(
                "F3_INITIAL_POWERTABLE_CID=<"
                    + name
                    + "'s published initial power-table CID>"
                    + " (Forest: FOREST_F3_INITIAL_POWER_TABLE)");

    Set<Cid> distinct = new LinkedHashSet<>();
    expected.ifPresent(distinct::add);
    named.ifPresent(distinct::add);
    served.ifPresent(distinct::add);
    base.ifPresent(distinct::add);
    if (distinct.size() <= 1) {
      agree(check, state, name, initial, expected, named, served, base, fix, manifest);
      return check.build();
    }

    check.fail(
        "The initial power table disagrees: "
            + describe(expected, named, served, base, name, initial)
            + ".",
        null);
    Cid reference = expected.or(() -> base).or(() -> named).orElseThrow();
    String referenceName =
        expected.isPresent()
            ? name + "'s " + reference
            : base.isPresent()
                ? "certificate 0's base " + reference
                : "the manifest's " + reference;
    Optional<ValidationFailure> invalid =
        state.firstAgainstServed == null ? Optional.empty() : state.firstAgainstServed;
    boolean servedForeign = served.isPresent() && !served.get().equals(reference);
    boolean namedOk = named.isEmpty() || named.get().equals(reference);
    boolean baseOk = base.isEmpty() || base.get().equals(reference);
    Set<Cid> node = new LinkedHashSet<>();
    named.ifPresent(node::add);
    served.ifPresent(node::add);
    base.ifPresent(node::add);

    if (expected.isPresent() && node.size() == 1) {
      Cid theirs = node.iterator().next();
      check
          .saw(
              "Root cause: the node's initial power table is not "
                  + name
                  + "'s: "
                  + "everything on the node uses "
                  + theirs
                  + "."
                  + otherNetwork(theirs))
          .reason(DoctorReason.FOREIGN_INITIAL_POWER_TABLE);
      named.ifPresent(
          cid ->
              check.consequence(
                  "The manifest's InitialPowerTable is " + cid + ", not " + reference + "."));
      served.ifPresent(
          cid ->
              check.consequence(
                  "The table the node serves for "
                      + initial
                      + " is "
                      + cid
                      + ", not "
                      + reference
                      + "."));
      base.ifPresent(
          cid ->
              check.consequence(
                  "Certificate 0 builds on "
                      + cid
                      + ", not "
                      + reference
                      + ": the node follows another network, or "
                      + name
                      + "'s expected CID"
                      + " is wrong."));
      check.remedy(
          "Install "
              + name
              + "'s current release (its manifest bakes in the"
              + " initial power table), or correct the override: "
              + fix
              + ".");
    } else if (servedForeign && namedOk && baseOk) {
      check
          .saw(
              "Root cause: the node's initial power table is not "
                  + name
                  + "'s: it serves "
                  + served.get()
                  + " for "
                  + initial
                  + ", not "
                  + referenceName
                  + "."
                  + otherNetwork(served.get()))
          .reason(DoctorReason.FOREIGN_INITIAL_POWER_TABLE);
      invalid.ifPresent(
          failure ->
              check.consequence(
                  "Certificate 0 does not validate against"
                      + " the table the node serves ("
                      + failure.reason()
                      + ": "
                      + failure.message()
                      + "), so the node cannot follow "
                      + name
                      + "'s certificates."));
      check.consequence(
          "go-f3 only warns \"initial power table mismatch\" and keeps the table"
              + " it computed, so this does not correct itself.");
      check.remedy(
          "The node's F3 store was initialised with another table: set "
              + fix
              + " if the build has no CID, then re-initialise F3 (remove the node's f3 datastore or"
              + " import a snapshot).");
      state.signatureCountedUnder = Doctor.INITIAL_POWER_TABLE_TITLE;
    } else if (named.isPresent() && !named.get().equals(reference)) {
      check
          .saw(
              "Root cause: the manifest's InitialPowerTable "
                  + named.get()
                  + " is not "
                  + referenceName
                  + "."
                  + otherNetwork(named.get()))
          .reason(
              expected.isPresent()
                  ? DoctorReason.FOREIGN_INITIAL_POWER_TABLE
                  : DoctorReason.INITIAL_POWER_TABLE_DISAGREEMENT);
      served
          .filter(cid -> !cid.equals(named.get()))
          .ifPresent(
              cid ->
                  check.consequence(
                      "The table the node serves for "
                          + initial
                          + " is "
                          + cid
                          + ", not the manifest's."));
      base.filter(cid -> !cid.equals(named.get()))
          .ifPresent(
              cid ->
                  check.consequence(
                      "Certificate 0 builds on " + cid + ", not the manifest's table."));
      invalid.ifPresent(
          failure ->
              check.consequence(
                  "Certificate 0 does not validate against"
                      + " the table the node serves ("
                      + failure.reason()
                      + ")."));
      check.remedy(
          "Either the build bakes in another CID (install "
              + name
              + "'s current"
              + " release) or an override is wrong: on Lotus unset or correct"
              + " F3_INITIAL_POWERTABLE_CID (a baked CID ignores it), on Forest"
              + " FOREST_F3_INITIAL_POWER_TABLE (it replaces a baked one)"
              + published.map(cid -> "; the right value is " + cid).orElse("")
              + ".");
      if (servedForeign) {
        state.signatureCountedUnder = Doctor.INITIAL_POWER_TABLE_TITLE;
      }
    } else {
      check
          .saw(
              "Root cause: certificate 0 builds on "
                  + base.orElseThrow()
                  + ", not "
                  + referenceName
                  + ": the network bootstrapped from another table than the one"
                  + " expected, or the certificate is another network's.")
          .reason(DoctorReason.INITIAL_POWER_TABLE_DISAGREEMENT);
      invalid.ifPresent(
          failure ->
              check.consequence(
                  "Certificate 0 does not validate against"
                      + " the table the node serves ("
                      + failure.reason()
                      + ")."));
      check.remedy(
          "Compare certificate 0 and the initial table with another node of "
              + name
              + " (f3console certs validate, powertable check); the expected CID (profile, build or"
              + " override) may be wrong.");
    }
    return check.build();
  }

  private static void agree(
      CheckBuilder check,
      Doctor.State state,
      String name,
      String initial,
      Optional<Cid> expected,
      Optional<Cid> named,
      Optional<Cid> served,
      Optional<Cid> base,
      String fix,
      F3Manifest manifest) {
    Optional<Cid> cid = expected.or(() -> named).or(() -> served).or(() -> base);
    if (named.isEmpty()) {
      check
          .warn(
              "The manifest has no InitialPowerTable (a \"Release A\" build, or a test"
                  + " network), and the node has no certificate 0 to fill it from.",
              "The node must compute the table from chain state at epoch "
                  + manifest.initialPowerTableEpoch()
                  + " (BootstrapEpoch - Finality), so keep that"
                  + " state (no snapshot import or splitstore GC past it), or set "
                  + fix
                  + "; the release that bakes the CID in (\"Release B\") removes the need.")
          .reason(DoctorReason.NO_INITIAL_POWER_TABLE);
    } else if (expected.isEmpty()) {
      check.saw(
          "The manifest's InitialPowerTable is "
              + named.get()
              + "; no expected CID is"
              + " known for "
              + name
              + " to compare it with.");
    } else {
      check.saw("The manifest's InitialPowerTable is " + named.get() + ", the expected one.");
    }
    if (cid.isPresent() && (served.isPresent() || base.isPresent())) {
      check.saw(
          (served.isPresent() ? "The node serves it for " + initial : "")
              + (served.isPresent() && base.isPresent()
                  ? ", and certificate 0 builds on it"
                  : base.isPresent() ? "Certificate 0 builds on it" : "")
              + ".");
    }
  }

  private static String describe(
      Optional<Cid> expected,
      Optional<Cid> named,
      Optional<Cid> served,
      Optional<Cid> base,
      String name,
      String initial) {
    List<String> parts = new ArrayList<>();
    parts.add("the manifest names " + named.map(Cid::toString).orElse("none"));
    parts.add(
        "the node serves "
            + served.map(Cid::toString).orElse("(not available)")
            + " for "
            + initial);
    parts.add("certificate 0 builds on " + base.map(Cid::toString).orElse("(not available)"));
    expected.ifPresent(cid -> parts.add(name + " expects " + cid));
    return String.join("; ", parts);
  }

  private static String otherNetwork(Cid cid) {
    return NetworkProfiles.builtIn()
        .byInitialPowerTableCid(cid.toString())
        .map(p -> " It is the initial table of " + p.key() + ".")
        .orElse("");
  }
}
