package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.state.Address;
import io.f3console.core.state.AddressFormatException;
import io.f3console.core.statepower.PowerTableComputation;
import io.f3console.core.statepower.PowerTableComputationException;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console powertable from-state SOURCE --network NAME (--epoch E | --tipset CID,… |
 * --bootstrap)}: the power table of a tipset computed from chain state as Lotus computes it, with a
 * decision for every claim.
 */
@Command(
    name = "from-state",
    header = "Compute the power table of a tipset from chain state, exactly as Lotus does.",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the power table of a tipset from chain state, exactly as Lotus does",
      "(F3GetECPowerTable): the state is the tipset's parent state; miners are eligible by",
      "raw power against the network's consensus minimum (unless fewer than four reach it),",
      "then left out for zero QA power, fee debt or a consensus fault; each worker must",
      "resolve to a BLS key. Prints the CID as the last line.",
      "SOURCE is car:PATH or a .car file (its roots are the tipset it gives), or a node",
      "(rpc:URL or an http(s):// URL): the tipset from ChainGetTipSetByHeight, every block",
      "read with ChainReadObj and checked against its CID; --blocks-from CAR asks a CAR first.",
      "Exit 0 computed, 1 when the state yields no valid table (Lotus fails it too: a",
      "non-BLS or non-account worker, an unknown proof type), 2 on unreadable input (a",
      "block that does not match its CID, a missing block, malformed state), 3 when the",
      "node cannot give a block or gives wrong bytes."
    })
final class PowerTableFromStateCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description =
          "car:PATH or a .car file holding the state, or a node: rpc:URL or an"
              + " http(s):// URL.")
  String source;

  @Option(
      names = "--blocks-from",
      paramLabel = "CAR",
      description =
          "With a node: read blocks from this CAR first, the node only for what it" + " lacks.")
  String blocksFrom;

  @CommandLine.Mixin NodeAccessOptions node;

  /** Its consensus minimum power, and its initial power-table CID for the Trust line. */
  @CommandLine.Mixin NetworkOption network;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  static final class Which {
    @Option(
        names = "--epoch",
        paramLabel = "E",
        description =
            "The tipset at epoch E (a CAR gives only the tipset it holds; a node the"
                + " last non-null tipset at or below E).")
    Long epoch;

    @Option(
        names = "--tipset",
        split = ",",
        paramLabel = "CID",
        description = "The tipset's block header CIDs, comma-separated.")
    List<String> tipset;

    @Option(
        names = "--bootstrap",
        description = "The tipset of the network's initial table: BootstrapEpoch - Finality.")
    boolean bootstrap;
  }

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Also write the table to FILE: DAG-CBOR for a .cbor name, else Lotus JSON.")
  Path out;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Option(
      names = "--explain",
      paramLabel = "ACTOR",
      description =
          "Say in a sentence what was decided for this miner (e.g. f01000);" + " repeatable.")
  List<String> explain = new ArrayList<>();

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection = network.selection();
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    NetworkProfile profile = StateBlockSources.profileOf(selection);
    List<Address> asked = new ArrayList<>();
    for (String actor : explain) {
      try {
        asked.add(Address.parse(actor));
      } catch (AddressFormatException e) {
        throw new F3Exception("--explain " + actor + ": not an address: " + e.getMessage(), e);
      }
    }
    if (out != null && Files.exists(out) && !force) {
      throw new F3Exception(out + ": already exists (use --force to overwrite)");
    }
    StateBlockSources.Opened opened =
        StateBlockSources.open(source, Optional.ofNullable(blocksFrom), node);
    opened.parts().forEach(part -> session.source("state", part));
    StatePowerTable result;
    try (var blocks = opened.source()) {
      List<Cid> tipset = tipset(opened, profile);
      result = PowerTableComputation.compute(blocks, tipset, profile);
    } catch (PowerTableComputationException e) {
      return failed(session, e, opened.nodeFailures().causedBy(e));
    }
    boolean bootstrapTipset = which.bootstrap || result.height() == profile.powerTableEpoch();
    Optional<Trust> trust =
        bootstrapTipset && profile.initialPowerTableCid().isPresent()
            ? Optional.of(
                TrustAssessor.of(selection).table(result.cid(), profile.initialInstance()))
            : Optional.empty();
    if (out != null) {
      PowerTableFormat format =
          out.toString().toLowerCase(Locale.ROOT).endsWith(".cbor")
              ? PowerTableFormat.DAG_CBOR
              : PowerTableFormat.JSON_ENTRIES;
      try {
        PowerTableFiles.write(out, result.table().entries(), format);
      } catch (IOException e) {
        throw new F3Exception(out + ": cannot write: " + e.getMessage(), e);
      }
      session.fact("file written", out + " (" + format.description() + ")");
    }
    record(session, result, trust);
    List<String> sentences = new ArrayList<>();
    for (Address actor : asked) {
      sentences.add(
          result
              .decision(actor)
              .map(d -> d.explain(result.height()))
              .orElse(
                  actor
                      + " has no claim in the power actor's claims map, so it is not a"
                      + " candidate."));
    }
    output.print(new PowerTableFromStateResult(result, selection, opened.spec(), trust, sentences));
    return ExitCodes.OK;
  }

  /** The tipset asked for, as header CIDs. */
  private List<Cid> tipset(StateBlockSources.Opened opened, NetworkProfile profile)
      throws F3Exception, InterruptedException {
    if (which.tipset != null) {
      List<Cid> cids = new ArrayList<>();
      for (String text : which.tipset) {
        cids.add(Cid.fromString(text.strip()));
      }
      return cids;
    }
    long epoch = which.bootstrap ? profile.powerTableEpoch() : which.epoch;
    return StateBlockSources.tipsetAt(
        opened,
        epoch,
        which.bootstrap ? " (" + profile.key() + "'s BootstrapEpoch - Finality)" : "",
        output.err());
  }

  /**
   * A table Lotus would not give (exit 1: printed as a result) or input that cannot be read (exit
   * 2: an error on stderr); with {@code --json}, either is one object with the reason code, the
   * actor and the block.
   */
  private int failed(
      SessionRecord.Builder session, PowerTableComputationException e, boolean fromNode) {
    int status =
        !e.reason().unreadableInput()
            ? ExitCodes.FOUND_WRONG
            : fromNode ? ExitCodes.UNREACHABLE : ExitCodes.BAD_INPUT;
    session.reason(e.reason().name());
    session.summary(
        (status != ExitCodes.FOUND_WRONG ? "Unreadable state: " : "No power table: ")
            + e.getMessage());
    Failure failure = new Failure(e, status);
    output.print(failure);
    if (output.json && !failure.tableRefused()) {
      failure.printError(output.err());
    }
    return status;
  }

  /**
   * No table: one Lotus would refuse to give ({@link ExitCodes#FOUND_WRONG}, printed as the result)
   * or state that cannot be read (an error on stderr, also in JSON), with the exit status it means.
   */
  record Failure(PowerTableComputationException error, int exitCode) implements CommandResult {
    boolean tableRefused() {
      return exitCode == ExitCodes.FOUND_WRONG;
    }

    private String where() {
      return error.actor().map(a -> " at " + a).orElse("")
          + error.cid().map(c -> " (block " + c + ")").orElse("");
    }

    void printError(PrintWriter err) {
      err.println("f3console: " + error.reason().name() + where() + ": " + error.getMessage());
      err.flush();
    }

    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      if (tableRefused()) {
        out.println("No power table: " + error.reason().name() + where());
        out.println(error.getMessage());
      } else {
        printError(err);
      }
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("error", error.getMessage())
          .text("reason", error.reason().name())
          .text("actor", error.actor().map(Address::toString))
          .cid("cid", error.cid())
          .number("exitCode", exitCode);
    }
  }

  private static void record(
      SessionRecord.Builder session, StatePowerTable result, Optional<Trust> trust) {
    session.table(
        "computed from the state of height " + result.height(), Optional.empty(), result.table());
    session.cid(RecordedCid.computed("power table computed from state", result.cid()));
    session.fact(
        "tipset", result.tipset().stream().map(Cid::toString).collect(Collectors.joining(",")));
    session.fact("height", result.height());
    session.fact("state root", result.stateRoot().toString());
    session.fact("blocks read", result.blocksRead());
    session.fact("decisions", PowerTableFromStateResult.counts(result));
    trust.ifPresent(session::trust);
    session.summary(
        "Computed the power table at height "
            + result.height()
            + " from state "
            + result.stateRoot()
            + ": "
            + result.table().size()
            + " entries, CID "
            + result.cid());
  }
}
