package io.f3console.app.cli;

import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.DataSource;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.store.SyncResult;
import io.f3console.core.trust.ChainVerdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console certs sync}: brings the local certificate store of a network up to date from a
 * source, storing each certificate only once it has validated.
 */
@Command(
    name = "sync",
    header = "Bring a network's local certificate store up to date from a source.",
    mixinStandardHelpOptions = true,
    description = {
      "Bring the local certificate store of a network up to date from a source: from the",
      "store's newest instance + 1 with the committee stored for it (a new store starts from",
      "the source's initial power table), validate every certificate as go-f3 does and store",
      "each one only once it has validated. A certificate that fails stops the sync there;",
      "nothing from it on is stored.",
      "Exit 0 when synced, 1 when a certificate failed validation, 2 on bad input (a store",
      "of another network, a malformed store), 3 when a node cannot be reached."
    })
final class CertsSyncCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "Where the certificates come from. " + SourceArgument.HELP)
  String source;

  @CommandLine.Mixin NetworkOption network;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      description =
          "The store file (default: certificates-<F3 network name>.db in the folder"
              + " of the history database).")
  Path store;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "The last instance to sync (default: the source's newest).")
  Long to;

  @Option(
      names = "--no-signatures",
      description =
          "Do not check BLS signatures: the certificates stored are marked" + " unverified.")
  boolean noSignatures;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = network.selection();
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    SourceArgument argument = SourceArgument.parse(source);
    session.source("certificates", argument.text());
    Path file = StoreFiles.of(store, selection, output.root().database);
    session.fact("store", file.toAbsolutePath().toString());
    CertificateSync sync = StoreFiles.sync(selection, threads, noSignatures);
    SyncResult result;
    try (CertificateStore opened = CertificateStore.open(file, selection.f3NetworkName());
        DataSource data = open(argument)) {
      OptionalLong before = opened.latestInstance();
      try {
        result = sync.sync(opened, data, to == null ? OptionalLong.empty() : OptionalLong.of(to));
      } catch (io.f3console.core.F3Exception e) {
        // a source that went away or a full disk: say what stays stored, then fail as usual
        output.err().println("f3console: the sync stopped; " + kept(opened, before));
        throw e;
      }
    }
    session.trust(result.trust());
    session.fact("certificates fetched", result.fetched());
    session.fact("certificates validated", result.validated());
    session.fact("certificates stored", result.stored());
    session.fact("signatures checked", result.signaturesChecked());
    result.latestInstance().ifPresent(session::instanceReached);
    session.verdict(result.synced() ? SessionVerdict.PASSED : SessionVerdict.FAILED);
    result.failure().ifPresent(failure -> session.reason(failure.reason().name()));
    if (result.untrustedStart()) {
      session.reason(ChainVerdict.UNTRUSTED_REASON);
    }
    session.summary(
        result.synced()
            ? "Synced " + result.stored() + " certificates into " + file.getFileName()
            : result.untrustedStart()
                ? "Refused: the starting table is not "
                    + result.trust().network()
                    + "'s; nothing stored"
                : "Sync stopped at instance "
                    + Long.toUnsignedString(result.failure().get().instance())
                    + ": "
                    + result.failure().get().reason().name());
    output.print(new Result(result, selection, file, argument.text()));
    return result.synced() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /** What a stopped sync leaves: every certificate stored before it stopped stays. */
  private static String kept(CertificateStore store, OptionalLong before) {
    try {
      OptionalLong latest = store.latestInstance();
      if (latest.isEmpty()) {
        return "the store holds no certificates";
      }
      long added =
          latest.getAsLong()
              - (before.isPresent()
                  ? before.getAsLong()
                  : store.start().orElseThrow().instance() - 1);
      return "the store holds instances "
          + Long.toUnsignedString(store.start().orElseThrow().instance())
          + "–"
          + Long.toUnsignedString(latest.getAsLong())
          + " ("
          + added
          + " added by this run, each validated); the next"
          + " sync resumes at "
          + Long.toUnsignedString(latest.getAsLong() + 1);
    } catch (io.f3console.core.F3Exception e) {
      return "what it holds cannot be read: " + e.getMessage();
    }
  }

  private DataSource open(SourceArgument argument) throws io.f3console.core.F3Exception {
    if (argument.isFile()) {
      return argument.openFileSource();
    }
    return argument.open(node);
  }

  /** What one sync did to a network's store from one source. */
  record Result(SyncResult result, NetworkSelection selection, Path file, String source)
      implements CommandResult {
    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("store", file.toAbsolutePath().toString())
          .text("source", source)
          .number("fetched", result.fetched())
          .number("validated", result.validated())
          .number("stored", result.stored())
          .uint64("firstInstance", result.firstInstance())
          .uint64("latestInstance", result.latestInstance())
          .bool("signaturesChecked", result.signaturesChecked())
          .bool("synced", result.synced())
          .object("trust", TrustOutput.fields(result.trust()))
          .object("failure", result.failure().map(ValidationJson::failureFields))
          .text(
              "reason",
              result.untrustedStart()
                  ? Optional.of(ChainVerdict.UNTRUSTED_REASON)
                  : result.failure().map(failure -> failure.reason().name()));
    }

    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      out.println("Network        " + NetworkText.describe(selection));
      out.println("Store          " + file.toAbsolutePath());
      out.println("Source         " + source);
      TrustOutput.print(out, result.trust());
      out.println(
          "Fetched        "
              + result.fetched()
              + ", validated "
              + result.validated()
              + ", stored "
              + result.stored()
              + (result.signaturesChecked()
                  ? ""
                  : " (signatures not checked: stored as unverified)"));
      if (result.latestInstance().isPresent()) {
        out.println(
            "Store holds    instances "
                + Long.toUnsignedString(result.firstInstance().getAsLong())
                + "–"
                + Long.toUnsignedString(result.latestInstance().getAsLong()));
      } else {
        out.println("Store holds    no certificates");
      }
      if (result.untrustedStart()) {
        out.println(
            "REFUSED ("
                + ChainVerdict.UNTRUSTED_REASON
                + "): the starting table is not "
                + result.trust().network()
                + "'s; a store keeps one network's chain, so nothing was"
                + " stored.");
      }
      result
          .failure()
          .ifPresent(
              failure -> {
                ValidationText.printFailure(out, failure);
                out.println(
                    "STOPPED: nothing from instance "
                        + Long.toUnsignedString(failure.instance())
                        + " on was stored.");
              });
      if (result.synced()) {
        out.println("SYNCED");
      }
    }
  }
}
