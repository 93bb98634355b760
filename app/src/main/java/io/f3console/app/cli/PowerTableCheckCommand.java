package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedComparison;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console powertable check SOURCE --network NAME | --cid CID}: is this the network's
 * initial table, or the table with this CID?
 */
@Command(
    name = "check",
    header = "Check that a table is a network's initial power table.",
    mixinStandardHelpOptions = true,
    description = {
      "Check that a table is a network's initial power table.",
      "Its CID must equal the InitialPowerTable CID the network's F3 manifest bakes in",
      "(Release B), or the CID given with --cid (e.g. an F3_INITIAL_POWERTABLE_CID value). On",
      "a mismatch it says whose table it is, if known, and whether only the order of the",
      "entries is wrong. When the network's published initial table has been seen once (from",
      "a file, a node or a snapshot) it is remembered beside the history, and a table that",
      "is not it is compared with it entry by entry; when it is not remembered, the check",
      "says how to get it.",
      "The Trust line says verified (a match), mismatch, or unverified (the network publishes",
      "no initial CID, or a custom F3 network name: nothing to compare with).",
      "Exit 0 on a match or when unverified (the verdict says UNVERIFIED), 1 on a mismatch or",
      "when the file contradicts itself, 2 on bad input (a network name that is almost a",
      "known one is refused)."
    })
final class PowerTableCheckCommand implements Callable<Integer> {
  @CommandLine.Mixin PowerTableSourceOptions input;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Expectation expectation;

  /** What the table is checked against. */
  static final class Expectation {
    // Not NetworkOption: picocli takes no mixin inside an exclusive group.
    @Option(names = "--network", paramLabel = "NAME", description = NetworkOption.DESCRIPTION)
    String network;

    @Option(names = "--cid", paramLabel = "CID", description = "The expected CID itself.")
    String cid;
  }

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    LoadedPowerTable loaded = input.load();
    PowerTable table = loaded.table();
    Trust trust = trust(loaded);
    boolean match = trust.isVerified();
    List<String> findings = new ArrayList<>();
    if (trust.isMismatch()) {
      trust.expected().ifPresent(expected -> findings.addAll(explainMismatch(table, expected)));
    }
    findings.addAll(loaded.contradictions());
    Optional<PublishedComparison> published = published(table, trust);
    published.ifPresent(
        comparison -> {
          findings.add(comparison.summary());
          comparison.entries().forEach(entry -> findings.add("  " + entry));
        });
    String what =
        expectation.cid != null
            ? "the table with CID " + expectation.cid
            : "the initial power table of " + trust.network();
    String verdict =
        switch (trust.state()) {
          case VERIFIED -> "MATCH: this is " + what + ".";
          case MISMATCH -> "MISMATCH: this is not " + what + ".";
          case UNVERIFIED ->
              "UNVERIFIED: nothing to compare this table with; pass --cid to check it"
                  + " against a CID you trust.";
        };
    record(output.session(), loaded, trust, verdict, findings);
    output.print(
        new PowerTableCheckResult(
            loaded, selection, against(), trust, findings, published, verdict));
    if (trust.isMismatch() || !loaded.contradictions().isEmpty()) {
      return ExitCodes.FOUND_WRONG;
    }
    return ExitCodes.OK;
  }

  private Optional<NetworkSelection> selection = Optional.empty();

  /**
   * The table against the published initial table it should have been, entry by entry when that
   * table is remembered: the chosen network's, or the network's whose published CID was given with
   * {@code --cid}. Only for a mismatch, and not when the table is another known network's initial
   * table (every entry would differ) or nothing is published to compare with.
   */
  private Optional<PublishedComparison> published(PowerTable table, Trust trust) {
    if (!trust.isMismatch()
        || trust.reason() == TrustReason.OTHER_NETWORKS_INITIAL_TABLE
        || trust.belongsTo().isPresent()) {
      return Optional.empty();
    }
    PublishedTables store = PublishedTables.besideHistory(output.root().historyFile());
    Optional<NetworkProfile> network =
        selection.isPresent()
            ? selection.get().profile()
            : trust.expected().flatMap(store::publisher);
    return network.flatMap(profile -> PublishedComparison.of(table, profile, store));
  }

  /** The table's trust: against the CID given, or as the network's initial table. */
  private Trust trust(LoadedPowerTable loaded) throws F3Exception {
    if (expectation.cid != null) {
      return TrustAssessor.givenCid(
          loaded.table().cid(), Cid.fromString(expectation.cid), "the CID given with --cid");
    }
    NetworkSelection chosen = NetworkOption.resolve(expectation.network);
    selection = Optional.of(chosen);
    TrustAssessor assessor = TrustAssessor.of(chosen);
    return assessor.table(
        loaded.table().cid(), loaded.instance().orElse(assessor.initialInstance()));
  }

  private String against() {
    if (selection.isEmpty()) {
      return "the CID given with --cid";
    }
    NetworkSelection chosen = selection.get();
    return chosen
        .profile()
        .map(
            profile ->
                profile.key()
                    + " (F3 network "
                    + profile.f3NetworkName()
                    + ", bootstrap epoch "
                    + profile.bootstrapEpoch()
                    + ")")
        .orElse(NetworkText.describe(chosen));
  }

  private void record(
      SessionRecord.Builder session,
      LoadedPowerTable loaded,
      Trust trust,
      String verdict,
      List<String> findings) {
    selection.ifPresent(
        chosen ->
            session.network(
                chosen.profile().map(NetworkProfile::key).orElse(chosen.f3NetworkName())));
    SessionFacts.table(session, "power table", loaded);
    session.trust(trust);
    findings.forEach(finding -> session.fact("finding", finding));
    if (trust.isMismatch()) {
      session.reason("CID_MISMATCH");
    } else if (!loaded.contradictions().isEmpty()) {
      session.reason("CONTRADICTION");
    }
    session.summary(
        verdict.replace(" this ", " " + loaded.document().source() + " ")
            + " (CID "
            + loaded.table().cid()
            + ")");
  }

  /** Hints for a mismatch: another network's table, or the right entries in the wrong order. */
  private static List<String> explainMismatch(PowerTable table, Cid expected) {
    List<String> findings = new ArrayList<>();
    NetworkProfiles.builtIn()
        .byInitialPowerTableCid(table.cid().toString())
        .ifPresent(
            profile ->
                findings.add(
                    "this table is the initial power table of "
                        + profile.key()
                        + " (F3 network "
                        + profile.f3NetworkName()
                        + ")"));
    if (!table.isCanonicalOrder() && table.canonical().cid().equals(expected)) {
      findings.add(
          "the same entries in go-f3's canonical order give the expected CID: the file's"
              + " entries are out of order");
    }
    return findings;
  }
}
