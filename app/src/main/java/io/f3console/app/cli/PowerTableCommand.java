package io.f3console.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code f3console powertable …}: CIDs, contents, diffs and checks of power-table files. */
@Command(
    name = "powertable",
    header = "Power tables: CID, contents, diff, check, convert, fetch, compute from state.",
    mixinStandardHelpOptions = true,
    description = {
      "Power tables: CID, contents, diff, check against a network, convert, fetch from a node,",
      "compute from chain state.",
      "Files may be Lotus JSON (F3GetPowerTable, 'lotus f3 powertable get') or DAG-CBOR",
      "PowerEntries; the format is recognised from the content."
    })
final class PowerTableCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return GroupUsage.subcommandNeeded(spec);
  }
}
