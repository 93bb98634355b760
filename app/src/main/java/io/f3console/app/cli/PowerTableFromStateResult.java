package io.f3console.app.cli;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.Decision;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.trust.Trust;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A power table computed from chain state by {@code powertable from-state}: the table, the tipset
 * and state it came from, the decision for every claim, the trust of the table when it is the
 * network's initial one, and the sentences {@code --explain} asked for.
 *
 * @param spec where the state was read from, as given
 */
record PowerTableFromStateResult(
    StatePowerTable result,
    NetworkSelection selection,
    String spec,
    Optional<Trust> trust,
    List<String> sentences)
    implements CommandResult {

  /** {@code 3 INCLUDED, 1 ZERO_QA_POWER}: the decisions taken at least once. */
  static String counts(StatePowerTable result) {
    return result.counts().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey().name())
        .collect(Collectors.joining(", "));
  }

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
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

  @Override
  public JsonFields toJson() {
    JsonFields counts = JsonFields.object();
    for (Map.Entry<Decision, Integer> count : result.counts().entrySet()) {
      counts.number(JsonKeys.of(count.getKey()), count.getValue());
    }
    JsonFields json =
        JsonFields.object()
            .cid("powerTableCid", result.cid())
            .objects(
                "entries",
                result.table().entries(),
                entry ->
                    JsonFields.object()
                        .uint64("id", entry.id().bits())
                        .text("power", entry.power().toString())
                        .text("pubKey", entry.pubKey().toBase64()))
            .epoch("epoch", result.height())
            .strings("tipset", result.tipset().stream().map(Cid::toString).toList())
            .cid("stateRoot", result.stateRoot())
            .number("blocksRead", result.blocksRead())
            .text("network", selection.f3NetworkName())
            .text("consensusMinerMinPower", result.consensusMinimum().toString())
            .number("minerAboveMinPowerCount", result.minerAboveMinPowerCount())
            .bool("minimumApplies", result.minimumApplies())
            .object("counts", counts)
            .objects("decisions", result.decisions(), PowerTableFromStateResult::decision);
    return json.object("trust", trust.map(TrustOutput::fields)).strings("explain", sentences);
  }

  private static JsonFields decision(ClaimDecision d) {
    return JsonFields.object()
        .text("actor", d.miner().toString())
        .text("decision", d.decision().name())
        .number("proofType", d.proofType())
        .text("rawPower", d.rawPower().toString())
        .text("qaPower", d.qaPower().toString())
        .text("minimum", d.minimum().map(Object::toString))
        .text("feeDebt", d.feeDebt().map(Object::toString))
        .number("consensusFaultElapsed", d.consensusFaultElapsed())
        .text("worker", d.worker().map(Object::toString))
        .text("key", d.key().map(Object::toString));
  }
}
