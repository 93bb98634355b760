package io.f3console.app.cli;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
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
      "Signatures are bound to the F3 network name of --network; a name that is no profile's",
      "and no known F3 network name is taken as a custom F3 network name.",
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

  @CommandLine.Mixin NetworkOption network;

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
    NetworkSelection selection = network.selection();
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
    TraceListener listener = new TraceListener(trace, progress.reporter(output.err(), "validated"));
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
    output.print(
        new Result(
            judged,
            selection,
            loaded,
            input.source(),
            input.read(),
            trace ? Optional.of(listener.events()) : Optional.empty()));
    return judged.passed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /**
   * A chain validated from a power table, judged with the table's trust: what was read, the
   * verdict, and every stage of every certificate when traced.
   */
  record Result(
      TrustedValidation judged,
      NetworkSelection selection,
      LoadedPowerTable loaded,
      String certificates,
      long read,
      Optional<List<StageEvent>> trace)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      trace.ifPresent(events -> events.forEach(event -> printEvent(out, event)));
      out.println("Network        " + NetworkText.describe(selection));
      out.println("Power table    " + loaded.describe() + ", CID " + loaded.table().cid());
      TrustOutput.print(out, judged.start());
      out.println("Certificates   " + certificates + ", " + read + " read");
      out.println(
          "Started at     instance " + Long.toUnsignedString(judged.result().firstInstance()));
      ValidationText.printVerdict(out, judged);
    }

    @Override
    public JsonFields toJson() {
      JsonFields node =
          ValidationJson.fields(judged, selection)
              .text("certificates", certificates)
              .number("certificatesRead", read)
              .text("powerTableFile", loaded.document().source())
              .text("powerTableOrigin", loaded.origin());
      return trace.isPresent()
          ? node.objects("trace", trace.get(), ValidationJson::eventFields)
          : node.nothing("trace");
    }

    private static void printEvent(PrintWriter out, StageEvent event) {
      out.printf(
          "instance %-8s %-15s %-6s %9.3f ms%n",
          Long.toUnsignedString(event.instance()),
          event.stage().title(),
          event.passed() ? "ok" : "FAILED",
          event.nanos() / 1e6);
      printDetails(out, "in ", event.inputs());
      printDetails(out, "out", event.outputs());
    }

    private static void printDetails(PrintWriter out, String label, List<Detail> details) {
      for (Detail detail : details) {
        out.println("    " + label + " " + detail.name() + " = " + detail.value());
      }
    }
  }

  /**
   * Collects the trace, in chain order, when traced, and passes each validated certificate on to
   * the progress reporter.
   */
  private static final class TraceListener implements ValidationListener {
    private final List<StageEvent> events = new ArrayList<>();
    private final boolean trace;
    private final ValidationListener progress;

    TraceListener(boolean trace, ValidationListener progress) {
      this.trace = trace;
      this.progress = progress;
    }

    @Override
    public void validated(FinalityCertificate certificate, PowerTable nextTable) {
      progress.validated(certificate, nextTable);
    }

    @Override
    public void stage(StageEvent event) {
      if (trace) {
        events.add(event);
      }
    }

    List<StageEvent> events() {
      return List.copyOf(events);
    }
  }
}
