package io.f3console.app.cli;

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
    output.print(new Result(a, b, diff, markdown));
    return ExitCodes.OK;
  }

  /**
   * Two tables compared participant by participant; printed as text, or as Markdown when {@code
   * markdown}.
   */
  record Result(LoadedPowerTable a, LoadedPowerTable b, PowerTableDiff diff, boolean markdown)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      if (markdown) {
        out.print(PowerTableDiffMarkdown.of(diff, a.describe(), b.describe()));
        return;
      }
      out.println("A  " + a.table().cid() + "  " + a.describe());
      out.println("B  " + b.table().cid() + "  " + b.describe());
      if (diff.sameEntries()) {
        out.println(
            diff.onlyOrderDiffers()
                ? "Same participants, powers and keys, but in a different order: the CIDs differ."
                : "Identical tables.");
        return;
      }
      out.println(summary(a, b, diff));
      out.println();
      for (PowerTableDiff.Change change : diff.changes()) {
        out.println(describe(change));
      }
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .object("a", side(a))
          .object("b", side(b))
          .bool("sameEntries", diff.sameEntries())
          .bool("onlyOrderDiffers", diff.onlyOrderDiffers())
          .object("counts", PowerTableDiffJson.counts(diff))
          .objects("changes", diff.changes(), Result::change);
    }

    private static JsonFields change(PowerTableDiff.Change change) {
      return JsonFields.object()
          .text("actor", change.id().address())
          .text("kind", change.kind().name())
          .text("powerBefore", change.before().map(entry -> entry.power().toString()))
          .text("keyBefore", change.before().map(entry -> entry.pubKey().toBase64()))
          .text("powerAfter", change.after().map(entry -> entry.power().toString()))
          .text("keyAfter", change.after().map(entry -> entry.pubKey().toBase64()))
          .text("powerDelta", change.powerDelta().toString());
    }

    private static JsonFields side(LoadedPowerTable loaded) {
      return JsonFields.object()
          .text("source", loaded.document().source())
          .cid("cid", loaded.table().cid())
          .number("entries", loaded.table().size())
          .text("totalPower", loaded.table().total().toString());
    }
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
}
