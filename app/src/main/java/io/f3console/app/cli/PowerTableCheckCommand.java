package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import java.io.PrintWriter;
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
    mixinStandardHelpOptions = true,
    description = {
        "Check that a table is a network's initial power table.",
        "Its CID must equal the InitialPowerTable CID the network's F3 manifest bakes in",
        "(Release B), or the CID given with --cid (e.g. an F3_INITIAL_POWERTABLE_CID value). On",
        "a mismatch it says whose table it is, if known, and whether only the order of the",
        "entries is wrong.",
        "Exit 0 on a match, 1 on a mismatch, 2 when the network has no expected CID."
    })
final class PowerTableCheckCommand implements Callable<Integer> {
  @CommandLine.Mixin
  PowerTableSourceOptions input;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Expectation expectation;

  /** What the table is checked against. */
  static final class Expectation {
    @Option(names = "--network", paramLabel = "NAME",
        description = "Profile key (mainnet, calibnet, …) or F3 network name (filecoin, …).")
    String network;

    @Option(names = "--cid", paramLabel = "CID", description = "The expected CID itself.")
    String cid;
  }

  @CommandLine.Mixin
  OutputOptions output;

  /** The expected CID and where it comes from. */
  private record Expected(Cid cid, String description, Optional<NetworkProfile> profile) {}

  @Override
  public Integer call() throws Exception {
    Expected expected = expected();
    LoadedPowerTable loaded = input.load();
    PowerTable table = loaded.table();
    boolean match = table.cid().equals(expected.cid());
    List<String> findings = new ArrayList<>();
    if (!match) {
      findings.addAll(explainMismatch(table, expected.cid()));
    }
    findings.addAll(loaded.contradictions());
    record(output.session(), loaded, expected, match, findings);
    PrintWriter out = output.out();
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("source", loaded.document().source());
      loaded.instance().ifPresent(i -> node.put("instance", i));
      loaded.origin().ifPresent(origin -> node.put("origin", origin));
      expected.profile().ifPresent(profile -> node.put("network", profile.key())
          .put("f3NetworkName", profile.f3NetworkName()));
      node.put("expectedCid", expected.cid().toString());
      node.put("actualCid", table.cid().toString());
      node.put("match", match);
      node.set("findings", CliJson.strings(findings));
      node.set("notes", CliJson.strings(loaded.notes()));
      JsonOutput.print(out, node);
    } else {
      out.println("Table     " + loaded.describe());
      out.println("Against   " + expected.description());
      out.println("Expected  " + expected.cid());
      out.println("Actual    " + table.cid());
      findings.forEach(finding -> out.println("Finding   " + finding));
      loaded.notes().forEach(note -> out.println("Note      " + note));
      String what = expected.profile().map(p -> "the initial power table of " + p.key())
          .orElse("the table with CID " + expected.cid());
      out.println(match ? "MATCH: this is " + what + "." : "MISMATCH: this is not " + what + ".");
    }
    return match && loaded.contradictions().isEmpty() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private Expected expected() throws F3Exception {
    if (expectation.cid != null) {
      Cid cid = Cid.fromString(expectation.cid);
      return new Expected(cid, "the CID given with --cid", Optional.empty());
    }
    String network = expectation.network;
    NetworkProfile profile = NetworkProfiles.builtIn().resolve(network).profile()
        .orElseThrow(() -> new F3Exception("'" + network + "' is not a known network profile (see"
            + " 'f3console networks'), so there is no expected initial power-table CID; pass"
            + " --cid to check against a CID"));
    Cid cid = Cid.fromString(profile.initialPowerTableCid().orElseThrow(() -> new F3Exception(
        profile.key() + " (" + profile.f3NetworkName() + ") publishes no initial power-table CID"
            + " (its manifest has InitialPowerTable null): nothing to check against")));
    return new Expected(cid, profile.key() + " (F3 network " + profile.f3NetworkName()
        + ", bootstrap epoch " + profile.bootstrapEpoch() + ")", Optional.of(profile));
  }

  private static void record(SessionRecord.Builder session, LoadedPowerTable loaded,
      Expected expected, boolean match, List<String> findings) {
    expected.profile().ifPresent(profile -> session.network(profile.key()));
    SessionFacts.table(session, "power table", loaded);
    session.cid(RecordedCid.compared("power table against " + expected.description(),
        loaded.table().cid(), expected.cid()));
    findings.forEach(finding -> session.fact("finding", finding));
    String what = expected.profile().map(p -> "the initial power table of " + p.key())
        .orElse("the table with CID " + expected.cid());
    if (!match) {
      session.reason("CID_MISMATCH");
    } else if (!loaded.contradictions().isEmpty()) {
      session.reason("CONTRADICTION");
    }
    session.summary((match ? "Match: " : "Mismatch: ") + loaded.document().source()
        + (match ? " is " : " is not ") + what + " (CID " + loaded.table().cid() + ")");
  }

  /** Hints for a mismatch: another network's table, or the right entries in the wrong order. */
  private static List<String> explainMismatch(PowerTable table, Cid expected) {
    List<String> findings = new ArrayList<>();
    NetworkProfiles.builtIn().byInitialPowerTableCid(table.cid().toString()).ifPresent(profile ->
        findings.add("this table is the initial power table of " + profile.key()
            + " (F3 network " + profile.f3NetworkName() + ")"));
    if (!table.isCanonicalOrder() && table.canonical().cid().equals(expected)) {
      findings.add("the same entries in go-f3's canonical order give the expected CID: the file's"
          + " entries are out of order");
    }
    return findings;
  }
}
