package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.state.Address;
import io.f3console.core.state.AddressFormatException;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.Decision;
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
import java.util.Map;
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

  @Option(
      names = "--network",
      required = true,
      paramLabel = "NAME",
      description =
          "Network profile (mainnet, calibnet, butterfly, 2k, interopnet, …): its"
              + " consensus minimum power, and its initial power-table CID for the Trust line.")
  String network;

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
    NetworkSelection selection = NetworkProfiles.builtIn().resolveTyped(network);
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
    if (output.json) {
      JsonOutput.print(output.out(), json(result, selection, trust, sentences));
    } else {
      printText(output.out(), result, selection, opened.spec(), trust, sentences);
    }
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
    String where =
        e.actor().map(a -> " at " + a).orElse("")
            + e.cid().map(c -> " (block " + c + ")").orElse("");
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("error", e.getMessage());
      node.put("reason", e.reason().name());
      node.put("actor", e.actor().map(Address::toString).orElse(null));
      node.put("cid", e.cid().map(Cid::toString).orElse(null));
      node.put("exitCode", status);
      JsonOutput.print(output.out(), node);
    }
    if (status != ExitCodes.FOUND_WRONG) {
      output.err().println("f3console: " + e.reason().name() + where + ": " + e.getMessage());
    } else if (!output.json) {
      output.out().println("No power table: " + e.reason().name() + where);
      output.out().println(e.getMessage());
    }
    return status;
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
    session.fact("decisions", counts(result));
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

  private static String counts(StatePowerTable result) {
    return result.counts().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey().name())
        .collect(Collectors.joining(", "));
  }

  private static void printText(
      PrintWriter out,
      StatePowerTable result,
      NetworkSelection selection,
      String spec,
      Optional<Trust> trust,
      List<String> sentences) {
    out.println("Network        " + NetworkText.describe(selection));
    out.println("State          " + spec + ", " + result.blocksRead() + " blocks read");
    out.println(
        "Tipset         "
            + result.tipset().stream().map(Cid::toString).collect(Collectors.joining(","))
            + " (height "
            + result.height()
            + ")");
    out.println(
        "State root     "
            + result.stateRoot()
            + " (state tree v"
            + result.stateTreeVersion()
            + ", power state "
            + result.powerLayout()
            + ")");
    out.println(
        "Minimum        "
            + result.consensusMinimum()
            + " bytes raw power; "
            + result.minerAboveMinPowerCount()
            + " miners reach it, so "
            + (result.minimumApplies() ? "it applies" : "any raw power above zero counts"));
    out.println("Decisions      " + counts(result) + " (" + result.decisions().size() + " claims)");
    out.println(
        "Entries        " + result.table().size() + ", total power " + result.table().total());
    for (PowerEntry entry : result.table().entries()) {
      out.println("               " + entry.id().address() + "  " + entry.power());
    }
    trust.ifPresent(t -> TrustOutput.print(out, t));
    sentences.forEach(out::println);
    out.println(result.cid());
  }

  private static ObjectNode json(
      StatePowerTable result,
      NetworkSelection selection,
      Optional<Trust> trust,
      List<String> sentences) {
    ObjectNode node = JsonOutput.object();
    node.put("powerTableCid", result.cid().toString());
    ArrayNode entries = node.putArray("entries");
    for (PowerEntry entry : result.table().entries()) {
      entries
          .addObject()
          .put("ID", entry.id().bits())
          .put("Power", entry.power().toString())
          .put("PubKey", entry.pubKey().toBase64());
    }
    node.put("epoch", result.height());
    ArrayNode tipset = node.putArray("tipset");
    result.tipset().forEach(cid -> tipset.add(cid.toString()));
    node.put("stateRoot", result.stateRoot().toString());
    node.put("blocksRead", result.blocksRead());
    node.put("network", selection.f3NetworkName());
    node.put("consensusMinerMinPower", result.consensusMinimum().toString());
    node.put("minerAboveMinPowerCount", result.minerAboveMinPowerCount());
    node.put("minimumApplies", result.minimumApplies());
    ObjectNode counts = node.putObject("counts");
    for (Map.Entry<Decision, Integer> count : result.counts().entrySet()) {
      counts.put(count.getKey().name(), count.getValue());
    }
    ArrayNode decisions = node.putArray("decisions");
    for (ClaimDecision d : result.decisions()) {
      ObjectNode item = decisions.addObject();
      item.put("actor", d.miner().toString());
      item.put("decision", d.decision().name());
      item.put("proofType", d.proofType());
      item.put("rawPower", d.rawPower().toString());
      item.put("qaPower", d.qaPower().toString());
      d.minimum().ifPresent(m -> item.put("minimum", m.toString()));
      d.feeDebt().ifPresent(f -> item.put("feeDebt", f.toString()));
      d.consensusFaultElapsed().ifPresent(e -> item.put("consensusFaultElapsed", e));
      d.worker().ifPresent(w -> item.put("worker", w.toString()));
      d.key().ifPresent(k -> item.put("key", k.toString()));
    }
    if (trust.isPresent()) {
      node.set("trust", TrustOutput.json(trust.get()));
    } else {
      node.putNull("trust");
    }
    ArrayNode explained = node.putArray("explain");
    sentences.forEach(explained::add);
    return node;
  }
}
