package io.f3console.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code f3console snapshot …}: F3 snapshots and the Filecoin snapshot CARs that carry them. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = {
        "F3 snapshots (FRC-0108: a header and every certificate, varint-framed) and Filecoin",
        "v2 snapshot CARs that carry one as their second block: inspect, validate, export.",
        "Files of any size stream: one certificate is in memory at a time."
    })
final class SnapshotCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
