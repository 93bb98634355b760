package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console certs validate}: validates a chain of certificates from a power table exactly as
 * go-f3 does, and says where and why it stops.
 */
@Command(
    name = "validate",
    header = "Validate finality certificates as go-f3's ValidateFinalityCertificates does.",
    mixinStandardHelpOptions = true,
    description = {
      "Validate finality certificates as go-f3's ValidateFinalityCertificates does:",
      "instance, chain, base, signers, quorum, BDN aggregate signature, power delta and the",
      "next power-table CID, certificate by certificate, starting from the given table.",
      "CERTS is a certificate file, or a snapshot, CAR, node (rpc:URL) or demo network, which",
      "also holds the first power table. Progress goes to stderr (--progress-every).",
      "The Trust line says whether the starting table is proved: verified (the network's",
      "initial table, or reached from it), unverified (nothing to compare with) or mismatch",
      "(not the network's initial table, or another network's).",
      "Exit 0 when every certificate is valid from a verified or unverified table (the verdict",
      "says which), 1 at the first invalid one or when a consistent chain starts from a",
      "mismatch table (UNTRUSTED_POWER_TABLE), 2 on bad input (a network name that is almost",
      "a known one is refused), 3 when a node cannot be reached or cannot give what was asked."
    })
final class CertsValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CERTS", description = SourceArgument.HELP)
  String certificates;

  @Option(
      names = "--network",
      required = true,
      paramLabel = "NAME",
      description =
          "Profile key (mainnet, calibnet, …) or F3 network name (filecoin, …):"
              + " signatures are bound to the F3 network name. Any other name is taken as a custom"
              + " F3 network name.")
  String network;

  @Option(
      names = "--power-table",
      paramLabel = "TABLE",
      description =
          "The power table of the first instance: a file (JSON or CBOR) or a source"
              + " (its committee of that instance). Default, when CERTS is a snapshot, CAR, node or"
              + " demo network: CERTS' own committee of the first instance. Needed for a file.")
  String powerTable;

  @Option(
      names = "--from",
      paramLabel = "N",
      description =
          "The instance the first certificate must have. Default for a file: 0 when"
              + " TABLE is the network's initial power table, otherwise the first certificate's"
              + " instance; for a source: its first certificate (a node: the manifest's initial"
              + " instance), or TABLE's instance when TABLE is a source.")
  Long from;

  @Option(
      names = "--to",
      paramLabel = "N",
      description =
          "The last instance to validate, for a snapshot, CAR, node or demo network"
              + " (default: its latest certificate). A file is validated to its end.")
  Long to;

  @Option(names = "--trace", description = "Report every stage of every certificate.")
  boolean trace;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = NetworkProfiles.builtIn().resolveTyped(network);
    SessionFacts.network(output.session(), selection);
    SourceArgument certs = SourceArgument.parse(certificates);
    output.session().source("certificates", certs.text());
    Optional<SourceArgument> table =
        powerTable == null ? Optional.empty() : Optional.of(SourceArgument.parse(powerTable));
    try (ValidationInput opened =
        ValidationInput.open(
            selection, certs, table, Optional.ofNullable(from), Optional.ofNullable(to), node)) {
      return validate(opened);
    }
  }

  private int validate(ValidationInput opened) throws Exception {
    NetworkSelection selection = opened.assessor().selection();
    LoadedPowerTable loaded = opened.loaded();
    long start = opened.start();
    CertificateInput input = opened.certificates();
    SessionRecord.Builder session = output.session();
    String first = "committee of instance " + Long.toUnsignedString(start);
    SessionFacts.table(session, first, loaded, Optional.of(start));
    ValidatorOptions options = threads.validatorOptions();
    if (trace) {
      options = options.traced();
    }
    TraceListener listener =
        new TraceListener(output, trace, progress.reporter(output.err(), "validated"));
    TrustedValidation judged = opened.validate(options, listener);
    ValidationResult result = judged.result();
    SessionOutcomes.validation(session, judged);
    session.fact("certificates read", input.read());
    if (result.validated() > 0) {
      session.table(
          "committee of instance " + Long.toUnsignedString(result.nextInstance()),
          Optional.of(result.nextInstance()),
          result.powerTable());
    }
    if (output.json) {
      ObjectNode node = ValidationJson.result(judged, selection);
      node.put("certificates", input.source());
      node.put("powerTableFile", loaded.document().source());
      loaded.origin().ifPresent(origin -> node.put("powerTableOrigin", origin));
      if (trace) {
        node.set("trace", listener.events);
      }
      JsonOutput.print(output.out(), node);
    } else {
      printText(output.out(), judged, selection, loaded, input);
    }
    return judged.passed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private static void printText(
      PrintWriter out,
      TrustedValidation judged,
      NetworkSelection selection,
      LoadedPowerTable loaded,
      CertificateInput input) {
    out.println("Network        " + NetworkText.describe(selection));
    out.println("Power table    " + loaded.describe() + ", CID " + loaded.table().cid());
    TrustOutput.print(out, judged.start());
    out.println("Certificates   " + input.source() + ", " + input.read() + " read");
    out.println(
        "Started at     instance " + Long.toUnsignedString(judged.result().firstInstance()));
    ValidationText.printVerdict(out, judged);
  }

  /**
   * Prints (text) or collects (JSON) the trace as it arrives, in chain order, and passes each
   * validated certificate on to the progress reporter.
   */
  private static final class TraceListener implements ValidationListener {
    final ArrayNode events = JsonOutput.object().arrayNode();
    private final OutputOptions output;
    private final boolean trace;
    private final ValidationListener progress;

    TraceListener(OutputOptions output, boolean trace, ValidationListener progress) {
      this.output = output;
      this.trace = trace;
      this.progress = progress;
    }

    @Override
    public void validated(FinalityCertificate certificate, PowerTable nextTable) {
      progress.validated(certificate, nextTable);
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
      out.printf(
          "instance %-8s %-15s %-6s %9.3f ms%n",
          Long.toUnsignedString(event.instance()),
          event.stage().title(),
          event.passed() ? "ok" : "FAILED",
          event.nanos() / 1e6);
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
