package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code f3console powertable check FILE --network NAME}: is this the network's initial table? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Check that a table is a network's initial power table.",
        "Its CID must equal the InitialPowerTable CID the network's F3 manifest bakes in",
        "(Release B). On a mismatch it says whose table it is, if known, and whether only the",
        "order of the entries is wrong.",
        "Exit 0 on a match, 1 on a mismatch, 2 when the network has no expected CID."
    })
final class PowerTableCheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Power-table file (JSON or CBOR).")
  Path file;

  @Option(names = "--network", required = true, paramLabel = "NAME",
      description = "Profile key (mainnet, calibnet, …) or F3 network name (filecoin, …).")
  String network;

  @CommandLine.Mixin
  OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = NetworkProfiles.builtIn().resolve(network);
    NetworkProfile profile = selection.profile().orElseThrow(() -> new F3Exception(
        "'" + network + "' is not a known network profile (see 'f3console networks'), so there is"
            + " no expected initial power-table CID to check against"));
    Cid expected = Cid.fromString(profile.initialPowerTableCid().orElseThrow(() ->
        new F3Exception(profile.key() + " (" + profile.f3NetworkName() + ") publishes no initial"
            + " power-table CID (its manifest has InitialPowerTable null): nothing to check against")));
    LoadedPowerTable loaded = LoadedPowerTable.read(file);
    PowerTable table = loaded.table();
    boolean match = table.cid().equals(expected);
    List<String> findings = new ArrayList<>();
    if (!match) {
      findings.addAll(explainMismatch(table, expected));
    }
    findings.addAll(loaded.contradictions());
    PrintWriter out = output.out();
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("source", loaded.document().source());
      node.put("network", profile.key());
      node.put("f3NetworkName", profile.f3NetworkName());
      node.put("expectedCid", expected.toString());
      node.put("actualCid", table.cid().toString());
      node.put("match", match);
      node.set("findings", CliJson.strings(findings));
      node.set("notes", CliJson.strings(loaded.notes()));
      JsonOutput.print(out, node);
    } else {
      out.println("Table     " + loaded.describe());
      out.println("Network   " + profile.key() + " (F3 network " + profile.f3NetworkName()
          + ", bootstrap epoch " + profile.bootstrapEpoch() + ")");
      out.println("Expected  " + expected);
      out.println("Actual    " + table.cid());
      findings.forEach(finding -> out.println("Finding   " + finding));
      loaded.notes().forEach(note -> out.println("Note      " + note));
      out.println(match
          ? "MATCH: this is the initial power table of " + profile.key() + "."
          : "MISMATCH: this is not the initial power table of " + profile.key() + ".");
    }
    return match && loaded.contradictions().isEmpty() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /** Hints for a mismatch: another network's table, or the right entries in the wrong order. */
  private static List<String> explainMismatch(PowerTable table, Cid expected) {
    List<String> findings = new ArrayList<>();
    Optional<NetworkProfile> other = NetworkProfiles.builtIn().byInitialPowerTableCid(table.cid().toString());
    other.ifPresent(profile -> findings.add("this table is the initial power table of "
        + profile.key() + " (F3 network " + profile.f3NetworkName() + ")"));
    if (!table.isCanonicalOrder() && table.canonical().cid().equals(expected)) {
      findings.add("the same entries in go-f3's canonical order give the expected CID: the file's"
          + " entries are out of order");
    }
    return findings;
  }
}
