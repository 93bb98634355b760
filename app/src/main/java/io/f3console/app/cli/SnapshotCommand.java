package io.f3console.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code f3console snapshot …}: F3 snapshots and the Filecoin snapshot CARs that carry them. */
@Command(
    name = "snapshot",
    header = "F3 snapshots and Filecoin snapshot CARs: inspect, validate, export.",
    mixinStandardHelpOptions = true,
    description = {
      "F3 snapshots (FRC-0108: a header and every certificate, varint-framed) and Filecoin",
      "v2 snapshot CARs that carry one as their second block: inspect, validate, export.",
      "Files of any size stream: one certificate is in memory at a time."
    })
final class SnapshotCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return GroupUsage.subcommandNeeded(spec);
  }
}
