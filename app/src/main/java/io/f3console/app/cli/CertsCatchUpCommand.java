package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.LateStart;
import io.f3console.core.bootstrap.LateStartKnownCommittee;
import io.f3console.core.bootstrap.LateStartMethod;
import io.f3console.core.bootstrap.LateStartResult;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.trust.ChainVerdict;
import io.f3console.core.trust.Trust;
import io.f3console.core.validation.ValidatorOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console certs catch-up}: a late start. From a power table the operator already trusts,
 * finds the first instance whose committee it is and validates from there to the newest
 * certificate.
 */
@Command(
    name = "catch-up",
    header = "Start late from a power table you trust and validate up to the newest certificate.",
    mixinStandardHelpOptions = true,
    description = {
      "Start late from a power table you already trust (for example your own node's",
      "committee of an instance), instead of from the network's initial table: find the",
      "earliest instance whose committee is that table (a certificate whose supplemental data",
      "commits to its CID, or the initial table, or the source's own committee), then validate",
      "every certificate from there to the newest one as go-f3 does. Signatures are bound to",
      "the F3 network name of --network.",
      "Exit 0 when the newest certificate is reached with no failure, 1 when no certificate",
      "commits to the table or a certificate is invalid, 2 on bad input, 3 when a node cannot",
      "be reached."
    })
final class CertsCatchUpCommand implements Callable<Integer> {
  @Option(
      names = "--trusted-table",
      required = true,
      paramLabel = "SOURCE",
      description = "The table you trust. " + SourceArgument.HELP)
  String trustedTable;

  @Option(
      names = "--instance",
      paramLabel = "N",
      description =
          "Take the trusted table as the committee of instance N of a snapshot, CAR,"
              + " node or demo network (default: the first table it holds). For a file: the"
              + " instance the file states.")
  Long instance;

  @Option(
      names = "--certs",
      required = true,
      paramLabel = "SOURCE",
      description = "The certificates to search and validate. " + SourceArgument.HELP)
  String certificates;

  @CommandLine.Mixin NetworkOption network;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = network.selection();
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    SourceArgument certs = SourceArgument.parse(certificates);
    session.source("certificates", certs.text());
    LoadedPowerTable trusted =
        LoadedPowerTable.read(
            SourceArgument.parse(trustedTable), Optional.ofNullable(instance), node);
    SessionFacts.table(session, "trusted table", trusted);
    if (!trusted.contradictions().isEmpty()) {
      throw new F3Exception(
          trusted.document().source()
              + ": "
              + trusted.contradictions().get(0)
              + "; a table that contradicts itself cannot be trusted");
    }
    ValidatorOptions options = threads.validatorOptions();
    LateStart lateStart = new LateStart(selection.f3NetworkName(), options);
    List<LateStartKnownCommittee> known = LateStart.knownCommittees(selection);
    Progress listener = new Progress(progress, output.err());
    LateStartResult result;
    String source;
    if (certs.isFile()) {
      try (CertificateInput input = CertificateInput.open(certs)) {
        source = input.source();
        result = lateStart.run(trusted.table(), input, known, listener);
      }
    } else {
      try (DataSource opened = certs.open(node)) {
        source = opened.spec().toString();
        result = lateStart.run(trusted.table(), opened, known, listener);
      }
    }
    Trust trust = result.trust(selection);
    SessionOutcomes.lateStart(session, result, trust);
    listener
        .finalTable()
        .ifPresent(
            table ->
                session.table(
                    "committee of instance " + Long.toUnsignedString(result.reachedInstance()),
                    Optional.of(result.reachedInstance()),
                    table));
    output.print(new Result(result, selection, trusted, source, trust));
    return result.passed(trust) ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /**
   * A late start: where the trusted table's committee was found, the instance the validation
   * reached from there, and the trust of the start.
   */
  record Result(
      LateStartResult result,
      NetworkSelection selection,
      LoadedPowerTable trusted,
      String source,
      Trust trust)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      CertsCatchUpCommand.printText(out, result, selection, trusted, source, trust);
    }

    @Override
    public JsonFields toJson() {
      Optional<InstanceRange> read = result.certificatesRead();
      return JsonFields.object()
          .text("network", selection.f3NetworkName())
          .text("profile", selection.profile().map(NetworkProfile::key))
          .text("trustedTable", trusted.document().source())
          .text("trustedTableOrigin", trusted.origin())
          .cid("trustedTableCid", result.trustedTableCid())
          .text("certificates", source)
          .bool("found", result.found())
          .text("method", result.method().name())
          .bool("valid", result.passed(trust))
          .bool("consistent", result.valid())
          .uint64("startInstance", result.startInstance())
          .uint64("instanceReached", result.reachedInstance())
          .number("validated", result.validated())
          .cid("finalPowerTableCid", result.finalTableCid())
          .object("failure", result.failure().map(ValidationJson::failureFields))
          .text(
              "reason",
              result.valid() && !result.passed(trust)
                  ? Optional.of(ChainVerdict.UNTRUSTED_REASON)
                  : result.failure().map(failure -> failure.reason().name()))
          .object("trust", TrustOutput.fields(trust))
          .uint64("firstInstanceRead", read.map(InstanceRange::first))
          .uint64("latestInstanceRead", read.map(InstanceRange::latest));
    }
  }

  private static void printText(
      PrintWriter out,
      LateStartResult result,
      NetworkSelection selection,
      LoadedPowerTable trusted,
      String source,
      Trust trust) {
    out.println("Network        " + NetworkText.describe(selection));
    out.println("Trusted table  " + trusted.describe() + ", CID " + result.trustedTableCid());
    TrustOutput.print(out, trust);
    out.println("Certificates   " + source + ", " + describeRead(result.certificatesRead()));
    if (!result.found()) {
      out.println(
          "NOT FOUND: no certificate "
              + describeSearched(result.certificatesRead())
              + " commits to the power table with CID "
              + result.trustedTableCid()
              + ", and it is neither the initial table nor the source's committee of its first"
              + " certificate.");
      out.println(
          "  Give certificates that cover the instance the table is the committee of,"
              + " from the same network, or a table the network actually used.");
      return;
    }
    out.println(
        "Started at     instance "
            + Long.toUnsignedString(result.startInstance())
            + " ("
            + result.startDescription()
            + ")");
    out.println(
        "Reached        instance "
            + Long.toUnsignedString(result.reachedInstance())
            + ", "
            + result.validated()
            + (result.validated() == 1 ? " certificate" : " certificates")
            + " validated");
    result.failure().ifPresent(failure -> ValidationText.printFailure(out, failure));
    if (result.valid()) {
      out.println(
          switch (trust.state()) {
            case VERIFIED ->
                "VALID: every certificate from the start to the newest one, from a"
                    + " verified power table.";
            case UNVERIFIED ->
                "VALID (unverified): every certificate from the start to the newest"
                    + " one, from the table you trust, which nothing here proves.";
            case MISMATCH ->
                "UNTRUSTED_POWER_TABLE: the certificates are consistent from the start"
                    + " to the newest one, but the trusted table is not "
                    + trust.network()
                    + "'s.";
          });
    }
    out.println(
        "Final table    CID "
            + result.finalTableCid()
            + " (the committee of instance "
            + Long.toUnsignedString(result.reachedInstance())
            + ")");
  }

  private static String describeRead(Optional<InstanceRange> read) {
    return read.map(
            range ->
                range.count()
                    + (range.count() == 1 ? " certificate" : " certificates")
                    + " read, instances "
                    + Long.toUnsignedString(range.first())
                    + "–"
                    + Long.toUnsignedString(range.latest()))
        .orElse("no certificates");
  }

  private static String describeSearched(Optional<InstanceRange> read) {
    return read.map(
            range ->
                "in instances "
                    + Long.toUnsignedString(range.first())
                    + "–"
                    + Long.toUnsignedString(range.latest()))
        .orElse("at all (the source gave none)");
  }

  /** Progress on stderr: certificates searched, the start, certificates validated. */
  private static final class Progress implements LateStart.Listener {
    private final ProgressOptions.Reporter searched;
    private final ProgressOptions.Reporter validated;
    private final PrintWriter err;
    private final boolean quiet;
    private long read;
    private PowerTable finalTable;

    Progress(ProgressOptions options, PrintWriter err) {
      this.searched = options.reporter(err, "searched");
      this.validated = options.reporter(err, "validated");
      this.err = err;
      this.quiet = options.every <= 0;
    }

    @Override
    public void searched(long instance) {
      searched.certificateRead(++read, instance);
    }

    @Override
    public void started(LateStartMethod method, long instance) {
      if (!quiet) {
        err.println(
            "starting at instance "
                + Long.toUnsignedString(instance)
                + " ("
                + method.describe(instance)
                + ")");
        err.flush();
      }
    }

    @Override
    public void validated(FinalityCertificate certificate, PowerTable nextTable) {
      finalTable = nextTable;
      validated.validated(certificate, nextTable);
    }

    /** The committee after the last valid certificate, if any was valid. */
    Optional<PowerTable> finalTable() {
      return Optional.ofNullable(finalTable);
    }
  }
}
