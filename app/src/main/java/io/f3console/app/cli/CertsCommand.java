package io.f3console.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code f3console certs …}: read and validate finality certificates. */
@Command(
    name = "certs",
    header = "Finality certificates: validate, show, fetch, catch up, verify state, sync.",
    mixinStandardHelpOptions = true,
    description = {
      "Finality certificates: validate a chain of them, show them readably, fetch them",
      "from a Lotus or Forest node, or catch up from a power table you already trust.",
      "Files may be Lotus JSON (one certificate or an array, as 'lotus f3 certs get",
      "--output json' and Filecoin.F3GetCertificate return them) or one DAG-CBOR certificate."
    })
final class CertsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return GroupUsage.subcommandNeeded(spec);
  }
}
