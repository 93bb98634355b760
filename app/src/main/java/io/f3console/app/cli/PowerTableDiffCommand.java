package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.powertable.PowerTableDiffMarkdown;
import io.f3console.core.powertable.PowerUnits;
import io.f3console.core.sessions.SessionOutcomes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code f3console powertable diff A B}: who was added, removed, re-powered or re-keyed. */
@Command(
    name = "diff",
    header = "Compare two power tables participant by participant.",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two power tables participant by participant.",
      "Lists who was added, removed, re-powered or re-keyed, and says when only the order (and",
      "so the CID) differs."
    })
final class PowerTableDiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The first (older) table.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second (newer) table.")
  Path second;

  @CommandLine.Option(
      names = "--markdown",
      description = "Print the comparison as Markdown, to paste into an issue or a chat.")
  boolean markdown;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (markdown && output.json) {
      throw new CommandLine.ParameterException(
          output.commandLine(), "--markdown and --json cannot be combined");
    }
    LoadedPowerTable a = LoadedPowerTable.read(first);
    LoadedPowerTable b = LoadedPowerTable.read(second);
    PowerTableDiff diff = PowerTableDiff.between(a.table(), b.table());
    record(output.session(), a, b, diff);
    PrintWriter out = output.out();
    if (output.json) {
      JsonOutput.print(out, toJson(a, b, diff));
      return ExitCodes.OK;
    }
    if (markdown) {
      out.print(PowerTableDiffMarkdown.of(diff, a.describe(), b.describe()));
      return ExitCodes.OK;
    }
    out.println("A  " + a.table().cid() + "  " + a.describe());
    out.println("B  " + b.table().cid() + "  " + b.describe());
    if (diff.sameEntries()) {
      out.println(
          diff.onlyOrderDiffers()
              ? "Same participants, powers and keys, but in a different order: the CIDs differ."
              : "Identical tables.");
      return ExitCodes.OK;
    }
    out.println(summary(a, b, diff));
    out.println();
    for (PowerTableDiff.Change change : diff.changes()) {
      out.println(describe(change));
    }
    return ExitCodes.OK;
  }

  private static void record(
      SessionRecord.Builder session, LoadedPowerTable a, LoadedPowerTable b, PowerTableDiff diff) {
    SessionFacts.table(session, "A", a);
    SessionFacts.table(session, "B", b);
    session.cid(RecordedCid.compared("B against A", b.table().cid(), a.table().cid()));
    SessionOutcomes.changeCounts(session, diff);
    diff.changes().forEach(change -> session.fact("change", describe(change)));
    session.summary(
        diff.sameEntries()
            ? (diff.onlyOrderDiffers()
                ? "Same entries in a different order: the CIDs differ"
                : "Identical tables, CID " + a.table().cid())
            : summary(a, b, diff));
  }

  private static String summary(LoadedPowerTable a, LoadedPowerTable b, PowerTableDiff diff) {
    return diff.count(PowerTableDiff.Kind.ADDED)
        + " added, "
        + diff.count(PowerTableDiff.Kind.REMOVED)
        + " removed, "
        + (diff.count(PowerTableDiff.Kind.POWER_CHANGED)
            + diff.count(PowerTableDiff.Kind.POWER_AND_KEY_CHANGED))
        + " with new power, "
        + (diff.count(PowerTableDiff.Kind.KEY_CHANGED)
            + diff.count(PowerTableDiff.Kind.POWER_AND_KEY_CHANGED))
        + " with a new key; total "
        + PowerUnits.format(a.table().total())
        + " -> "
        + PowerUnits.format(b.table().total());
  }

  private static String describe(PowerTableDiff.Change change) {
    String actor = change.id().address();
    return switch (change.kind()) {
      case ADDED ->
          "+ "
              + actor
              + "  power "
              + power(change.after().orElseThrow())
              + "  key "
              + change.after().orElseThrow().pubKey().toHex();
      case REMOVED -> "- " + actor + "  power " + power(change.before().orElseThrow());
      case POWER_CHANGED -> "~ " + actor + "  power " + powerChange(change);
      case KEY_CHANGED -> "~ " + actor + "  key " + keyChange(change);
      case POWER_AND_KEY_CHANGED ->
          "~ " + actor + "  power " + powerChange(change) + "  key " + keyChange(change);
    };
  }

  private static String power(PowerEntry entry) {
    return PowerUnits.format(entry.power()) + " (" + entry.power() + ")";
  }

  private static String powerChange(PowerTableDiff.Change change) {
    String delta = change.powerDelta().toString();
    return PowerUnits.format(change.before().orElseThrow().power())
        + " -> "
        + PowerUnits.format(change.after().orElseThrow().power())
        + " ("
        + (delta.startsWith("-") ? "" : "+")
        + delta
        + " bytes)";
  }

  private static String keyChange(PowerTableDiff.Change change) {
    return change.before().orElseThrow().pubKey().toHex()
        + " -> "
        + change.after().orElseThrow().pubKey().toHex();
  }

  private static ObjectNode toJson(LoadedPowerTable a, LoadedPowerTable b, PowerTableDiff diff) {
    ObjectNode node = JsonOutput.object();
    node.set("a", side(a));
    node.set("b", side(b));
    node.put("sameEntries", diff.sameEntries());
    node.put("onlyOrderDiffers", diff.onlyOrderDiffers());
    ObjectNode counts = node.putObject("counts");
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      counts.put(kind.name(), diff.count(kind));
    }
    ArrayNode changes = node.putArray("changes");
    for (PowerTableDiff.Change change : diff.changes()) {
      ObjectNode item = changes.addObject();
      item.put("actor", change.id().address());
      item.put("kind", change.kind().name());
      change
          .before()
          .ifPresent(
              entry ->
                  item.put("powerBefore", entry.power().toString())
                      .put("keyBefore", entry.pubKey().toBase64()));
      change
          .after()
          .ifPresent(
              entry ->
                  item.put("powerAfter", entry.power().toString())
                      .put("keyAfter", entry.pubKey().toBase64()));
      item.put("powerDelta", change.powerDelta().toString());
    }
    return node;
  }

  private static ObjectNode side(LoadedPowerTable loaded) {
    return JsonOutput.object()
        .put("source", loaded.document().source())
        .put("cid", loaded.table().cid().toString())
        .put("entries", loaded.table().size())
        .put("totalPower", loaded.table().total().toString());
  }
}
