package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.statepower.PowerTableComputation;
import io.f3console.core.statepower.PowerTableComputationException;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.statepower.TipSetPowerCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console certs verify-state CERTS --state SOURCE --network NAME}: for every tipset of
 * every certificate's ECChain, the power table computed from that tipset's state, compared with the
 * {@code PowerTable} CID the tipset carries.
 */
@Command(
    name = "verify-state",
    header = "Recompute each tipset's power table from chain state and compare its CID.",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute, from chain state, the power table of every tipset in the certificates'",
      "ECChains (the state is the tipset's parent state, as Lotus computes it) and compare",
      "its CID with the PowerTable CID the tipset carries: the CID at least 2/3 of the power",
      "signed. The signatures themselves are checked by certs validate. The profile of",
      "--network gives the consensus minimum power, bootstrap epoch and initial CID.",
      "--bootstrap also recomputes the table at BootstrapEpoch - Finality and compares it",
      "with the network's initial CID and certificate 0's base.",
      "Exit 0 all equal, 1 a difference, 2 unreadable input (a CAR's bad or missing block),",
      "3 a node that cannot give a block or gives wrong bytes."
    })
final class CertsVerifyStateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CERTS", description = SourceArgument.HELP)
  String certificates;

  @Option(
      names = "--state",
      required = true,
      paramLabel = "SOURCE",
      description =
          "Where the chain state is read: car:PATH, a .car or .car.zst file, or a"
              + " node (rpc:URL or an http(s):// URL).")
  String state;

  @Option(
      names = "--blocks-from",
      paramLabel = "CAR",
      description = "With a node as --state: read blocks from this CAR first.")
  String blocksFrom;

  @CommandLine.Mixin NetworkOption network;

  @Option(
      names = "--from",
      paramLabel = "N",
      description = "First instance (a source: default its first certificate).")
  Long from;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "Last instance (a source: default its latest certificate).")
  Long to;

  @Option(
      names = "--bootstrap",
      description =
          "Also recompute the table at BootstrapEpoch - Finality and compare it with"
              + " the network's initial CID and certificate 0's base.")
  boolean bootstrap;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin OutputOptions output;

  /** The bootstrap comparison. */
  record Bootstrap(
      long epoch,
      List<Cid> tipset,
      Cid recomputed,
      Optional<Cid> initial,
      Optional<TipSet> certificateZeroBase) {
    Optional<Boolean> initialEqual() {
      return initial.map(recomputed::equals);
    }

    Optional<Boolean> baseEqual() {
      return certificateZeroBase.map(
          b -> {
            try {
              return b.keyCids().equals(tipset) && b.powerTable().equals(recomputed);
            } catch (CidFormatException e) {
              return false;
            }
          });
    }

    boolean equal() {
      return initialEqual().orElse(true) && baseEqual().orElse(true);
    }
  }

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = network.selection();
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    NetworkProfile profile = StateBlockSources.profileOf(selection);
    SourceArgument certs = SourceArgument.parse(certificates);
    session.source("certificates", certs.text());
    List<FinalityCertificate> read = readCertificates(certs);
    StateBlockSources.Opened opened =
        StateBlockSources.open(state, Optional.ofNullable(blocksFrom), node);
    opened.parts().forEach(part -> session.source("state", part));
    List<TipSetPowerCheck> rows = new ArrayList<>();
    Optional<Bootstrap> boot = Optional.empty();
    try (var blocks = opened.source()) {
      rows.addAll(TipSetPowerCheck.of(blocks, read, profile));
      if (bootstrap) {
        long epoch = profile.powerTableEpoch();
        List<Cid> key =
            StateBlockSources.tipsetAt(
                opened,
                epoch,
                " (" + profile.key() + "'s BootstrapEpoch - Finality)",
                output.err());
        StatePowerTable computed = PowerTableComputation.compute(blocks, key, profile);
        Optional<Cid> initial =
            profile.initialPowerTableCid().isPresent()
                ? Optional.of(Cid.fromString(profile.initialPowerTableCid().get()))
                : Optional.empty();
        Optional<TipSet> base =
            read.stream()
                .filter(c -> c.instance() == profile.initialInstance())
                .findFirst()
                .map(c -> c.chain().base());
        boot = Optional.of(new Bootstrap(computed.height(), key, computed.cid(), initial, base));
      }
    } catch (PowerTableComputationException e) {
      return failed(session, e, opened.nodeFailures().causedBy(e));
    }
    boolean allEqual =
        rows.stream().allMatch(TipSetPowerCheck::equal) && boot.map(Bootstrap::equal).orElse(true);
    int status = allEqual ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
    long different = rows.stream().filter(r -> !r.equal()).count();
    session.fact("tipsets compared", rows.size());
    session.fact("tipsets different", different);
    session.summary(
        allEqual
            ? "Every recomputed power table equals the signed CID (" + rows.size() + " tipsets)"
            : "Recomputed power tables differ from the signed CID: "
                + different
                + " of "
                + rows.size()
                + " tipsets"
                + (boot.map(Bootstrap::equal).orElse(true) ? "" : ", and the bootstrap table"));
    output.print(
        new Result(selection, opened.spec(), certs.text(), read.size(), rows, boot, allEqual));
    return status;
  }

  private List<FinalityCertificate> readCertificates(SourceArgument certs) throws Exception {
    List<FinalityCertificate> read = new ArrayList<>();
    if (certs.isFile()) {
      try (CertificateInput input = CertificateInput.open(certs)) {
        for (Optional<FinalityCertificate> c = input.next(); c.isPresent(); c = input.next()) {
          long instance = c.get().instance();
          if ((from == null || instance >= from) && (to == null || instance <= to)) {
            read.add(c.get());
          }
        }
      }
    } else {
      try (DataSource source = certs.open(node)) {
        if (!source.hasCertificates()) {
          throw new F3Exception(source.spec() + " holds no certificates");
        }
        InstanceRange range = source.certificateRange();
        long start = from != null ? from : range.first();
        long end = to != null ? to : range.latest();
        try (CertificateInput input = CertificateInput.of(source, start, end)) {
          for (Optional<FinalityCertificate> c = input.next(); c.isPresent(); c = input.next()) {
            read.add(c.get());
          }
        }
      }
    }
    if (read.isEmpty()) {
      throw new F3Exception(
          certs.text()
              + ": no certificates"
              + (from != null || to != null ? " in the range asked" : ""));
    }
    return read;
  }

  private int failed(
      SessionRecord.Builder session, PowerTableComputationException e, boolean fromNode) {
    int status =
        !e.reason().unreadableInput()
            ? ExitCodes.FOUND_WRONG
            : fromNode ? ExitCodes.UNREACHABLE : ExitCodes.BAD_INPUT;
    session.reason(e.reason().name());
    session.summary("No power table recomputed: " + e.getMessage());
    String where =
        e.actor().map(a -> " at " + a).orElse("")
            + e.cid().map(c -> " (block " + c + ")").orElse("");
    output.print(new NotComputed(e.getMessage(), e.reason().name(), where, e.cid(), status));
    return status;
  }

  /**
   * No table could be recomputed: why (a {@code PowerTableComputationException}'s reason), where,
   * and the block concerned; an error on stderr in text.
   */
  record NotComputed(String error, String reason, String where, Optional<Cid> cid, int exitCode)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      err.println("f3console: " + reason + where + ": " + error);
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("error", error)
          .text("reason", reason)
          .cid("cid", cid)
          .number("exitCode", exitCode);
    }
  }

  private static String key(List<Cid> tipset) {
    return tipset.stream().map(Cid::toString).collect(Collectors.joining(","));
  }

  /** Every tipset's recomputed table against its signed CID, and the bootstrap comparison. */
  record Result(
      NetworkSelection selection,
      String state,
      String certs,
      int read,
      List<TipSetPowerCheck> rows,
      Optional<Bootstrap> boot,
      boolean allEqual)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      CertsVerifyStateCommand.printText(out, selection, state, certs, read, rows, boot, allEqual);
    }

    @Override
    public JsonFields toJson() {
      JsonFields node =
          JsonFields.object()
              .text("network", selection.f3NetworkName())
              .text("state", state)
              .text("certificates", certs)
              .number("certificatesRead", read)
              .objects("tipsets", rows, Result::row);
      if (boot.isPresent()) {
        Bootstrap b = boot.get();
        JsonFields item =
            JsonFields.object()
                .epoch("epoch", b.epoch())
                .strings("tipset", b.tipset().stream().map(Cid::toString).toList())
                .cid("recomputed", b.recomputed())
                .cid("initialCid", b.initial());
        item.bool("initialEqual", b.initialEqual());
        item.cid("certificateZeroBase", b.certificateZeroBase().map(TipSet::powerTable));
        item.bool("certificateZeroBaseEqual", b.baseEqual());
        node.object("bootstrap", item);
      } else {
        node.nothing("bootstrap");
      }
      return node.bool("allEqual", allEqual)
          .number("exitCode", allEqual ? ExitCodes.OK : ExitCodes.FOUND_WRONG)
          .text(
              "note",
              "signed = the PowerTable CID the certificate's ECChain carries, which at"
                  + " least 2/3 of the power signed; certs validate checks the signatures");
    }

    private static JsonFields row(TipSetPowerCheck row) {
      return JsonFields.object()
          .uint64("instance", row.instance())
          .epoch("epoch", row.epoch())
          .strings("tipset", row.tipset().stream().map(Cid::toString).toList())
          .cid("recomputed", row.recomputed())
          .cid("signed", row.signed())
          .bool("equal", row.equal());
    }
  }

  private static void printText(
      PrintWriter out,
      NetworkSelection selection,
      String state,
      String certs,
      int read,
      List<TipSetPowerCheck> rows,
      Optional<Bootstrap> boot,
      boolean allEqual) {
    out.println("Network        " + NetworkText.describe(selection));
    out.println("State          " + state);
    out.println("Certificates   " + certs + ", " + read + " read");
    out.println();
    out.println(
        String.format(
            "%-9s %-9s %-9s %s", "INSTANCE", "EPOCH", "RESULT", "TIPSET / RECOMPUTED / SIGNED"));
    for (TipSetPowerCheck row : rows) {
      out.println(
          String.format(
              "%-9d %-9d %-9s %s",
              row.instance(), row.epoch(), row.equal() ? "equal" : "DIFFERENT", key(row.tipset())));
      out.println(String.format("%29s recomputed %s", "", row.recomputed()));
      out.println(String.format("%29s signed     %s", "", row.signed()));
    }
    boot.ifPresent(
        b -> {
          out.println();
          out.println(
              "Bootstrap      tipset "
                  + key(b.tipset())
                  + " (height "
                  + b.epoch()
                  + "), recomputed "
                  + b.recomputed());
          out.println(
              "  initial CID  "
                  + b.initial()
                      .map(c -> c + (b.initialEqual().get() ? " equal" : " DIFFERENT"))
                      .orElse("not published for this network"));
          out.println(
              "  cert 0 base  "
                  + b.certificateZeroBase()
                      .map(
                          t ->
                              t.powerTable()
                                  + " at epoch "
                                  + t.epoch()
                                  + (b.baseEqual().get() ? " equal" : " DIFFERENT"))
                      .orElse("certificate 0 is not among the certificates read"));
        });
    out.println();
    long different = rows.stream().filter(r -> !r.equal()).count();
    out.println(
        allEqual
            ? "EQUAL: every recomputed table ("
                + rows.size()
                + (rows.size() == 1 ? " tipset" : " tipsets")
                + ") has the CID the certificates carry."
            : "DIFFERENT: "
                + different
                + " of "
                + rows.size()
                + " tipsets"
                + (boot.map(Bootstrap::equal).orElse(true) ? "" : " and the bootstrap tipset")
                + " carry a CID that chain state does not give.");
    out.println(
        "The signed CID is the PowerTable of the tipset in the certificate's ECChain,"
            + " which at least 2/3 of the power signed; this command does not check those"
            + " signatures: run certs validate CERTS --network NAME for that.");
  }
}
