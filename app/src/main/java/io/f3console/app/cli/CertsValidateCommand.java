package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console certs validate}: validates a chain of certificates from a power table exactly
 * as go-f3 does, and says where and why it stops.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Validate finality certificates as go-f3's ValidateFinalityCertificates does:",
        "instance, chain, base, signers, quorum, BDN aggregate signature, power delta and the",
        "next power-table CID, certificate by certificate, starting from the given table.",
        "Exit 0 when every certificate is valid, 1 at the first invalid one, 2 on bad input."
    })
final class CertsValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CERTS",
      description = "Certificate file (Lotus JSON or DAG-CBOR), or - for standard input.")
  Path certificates;

  @Option(names = "--network", required = true, paramLabel = "NAME",
      description = "Profile key (mainnet, calibnet, …) or F3 network name (filecoin, …):"
          + " signatures are bound to the F3 network name.")
  String network;

  @Option(names = "--power-table", required = true, paramLabel = "TABLE",
      description = "The power table of the first instance (JSON or CBOR).")
  Path powerTable;

  @Option(names = "--from", paramLabel = "N",
      description = "The instance the first certificate must have. Default: 0 when TABLE is the"
          + " network's initial power table, otherwise the first certificate's instance.")
  Long from;

  @Option(names = "--trace", description = "Report every stage of every certificate.")
  boolean trace;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for signature checks (default: one per processor).")
  Integer threads;

  @CommandLine.Mixin
  OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = NetworkProfiles.builtIn().resolve(network);
    LoadedPowerTable loaded = LoadedPowerTable.read(powerTable);
    PowerTable table = loaded.table();
    ValidatorOptions options = ValidatorOptions.withThreads(
        threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
    if (trace) {
      options = options.traced();
    }
    try (CertificateInput input = CertificateInput.open(certificates)) {
      long start = startInstance(selection, table, input);
      TraceListener listener = new TraceListener(output, trace);
      ValidationResult result = new CertificateValidator(selection.f3NetworkName(), options)
          .validate(table, start, Optional.empty(), input, listener);
      if (output.json) {
        ObjectNode node = ValidationJson.result(result, selection);
        node.put("certificates", input.source());
        node.put("powerTableFile", loaded.document().source());
        if (trace) {
          node.set("trace", listener.events);
        }
        JsonOutput.print(output.out(), node);
      } else {
        printText(output.out(), result, selection, loaded, input);
      }
      return result.valid() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
    }
  }

  private long startInstance(NetworkSelection selection, PowerTable table,
      CertificateInput input) throws Exception {
    if (from != null) {
      return from;
    }
    boolean initial = selection.profile().flatMap(p -> p.initialPowerTableCid())
        .map(cid -> cid.equals(table.cid().toString())).orElse(false);
    if (initial) {
      return 0;
    }
    return input.peek().map(FinalityCertificate::instance).orElse(0L);
  }

  private static void printText(PrintWriter out, ValidationResult result,
      NetworkSelection selection, LoadedPowerTable loaded, CertificateInput input) {
    out.println("Network        " + selection.f3NetworkName()
        + selection.profile().map(p -> " (" + p.key() + ")").orElse(" (no known profile)"));
    out.println("Power table    " + loaded.describe() + ", CID " + loaded.table().cid());
    out.println("Certificates   " + input.source() + ", " + input.read() + " read");
    out.println("Started at     instance " + Long.toUnsignedString(result.firstInstance()));
    ValidationText.printVerdict(out, result);
  }

  /** Prints (text) or collects (JSON) the trace as it arrives, in chain order. */
  private static final class TraceListener implements ValidationListener {
    final ArrayNode events = JsonOutput.object().arrayNode();
    private final OutputOptions output;
    private final boolean trace;

    TraceListener(OutputOptions output, boolean trace) {
      this.output = output;
      this.trace = trace;
    }

    @Override
    public void stage(StageEvent event) {
      if (!trace) {
        return;
      }
      if (output.json) {
        events.add(ValidationJson.event(event));
        return;
      }
      PrintWriter out = output.out();
      out.printf("instance %-8s %-15s %-6s %9.3f ms%n", Long.toUnsignedString(event.instance()),
          event.stage().title(), event.passed() ? "ok" : "FAILED", event.nanos() / 1e6);
      print(out, "in ", event.inputs());
      print(out, "out", event.outputs());
    }

    private static void print(PrintWriter out, String label, List<Detail> details) {
      for (Detail detail : details) {
        out.println("    " + label + " " + detail.name() + " = " + detail.value());
      }
    }
  }
}
