package io.f3console.app.cli;

import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.known.StoredTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code f3console networks}: the known network profiles and their F3 parameters. */
@Command(
    name = "networks",
    header = "List the known networks and their F3 parameters.",
    mixinStandardHelpOptions = true,
    description = {
      "List the known networks and their F3 parameters.",
      "For each: F3 network name, bootstrap epoch, the epoch the initial power table is taken",
      "from (bootstrap - EC finality), committee lookback and the expected initial power-table",
      "CID. Any --network option takes a profile key, an alias or an F3 network name.",
      "Then the published initial tables F3 Console has seen and keeps beside the history",
      "(read offline; give the file as the SOURCE of any command), and any kept file that",
      "was refused because it no longer hashes to its CID."
    })
final class NetworksCommand implements Callable<Integer> {
  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() {
    List<NetworkProfile> profiles = NetworkProfiles.builtIn().all();
    SessionRecord.Builder session = output.session();
    for (NetworkProfile profile : profiles) {
      session.fact(
          profile.key(),
          "F3 network "
              + profile.f3NetworkName()
              + ", bootstrap epoch "
              + profile.bootstrapEpoch()
              + ", initial power table "
              + profile.initialPowerTableCid().orElse("none (Release A)"));
    }
    session.summary(
        profiles.size()
            + " known networks: "
            + String.join(", ", profiles.stream().map(NetworkProfile::key).toList()));
    List<StoredTable> kept =
        PublishedTables.besideHistory(output.root().historyFile()).all().stream()
            .filter(stored -> stored.state() != StoredTable.State.ABSENT)
            .toList();
    output.print(new Result(profiles, kept));
    return ExitCodes.OK;
  }

  /**
   * The known networks, and the published initial tables kept beside the history (found or refused;
   * a network with none kept has no entry).
   */
  record Result(List<NetworkProfile> profiles, List<StoredTable> kept) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      TextTable table =
          new TextTable(
              new String[] {
                "profile",
                "F3 network",
                "bootstrap",
                "table epoch",
                "lookback",
                "status",
                "initial power-table CID"
              },
              new boolean[] {false, false, true, true, true, false, false});
      for (NetworkProfile profile : profiles) {
        String key =
            profile.aliases().isEmpty()
                ? profile.key()
                : profile.key() + " (" + String.join(", ", profile.aliases()) + ")";
        table.add(
            key,
            profile.f3NetworkName(),
            String.valueOf(profile.bootstrapEpoch()),
            String.valueOf(profile.powerTableEpoch()),
            String.valueOf(profile.committeeLookback()),
            status(profile),
            profile.initialPowerTableCid().orElse("none (Release A)"));
      }
      table.print(out);
      if (!kept.isEmpty()) {
        out.println();
        out.println("Published initial tables remembered (seen once, kept offline):");
        for (StoredTable stored : kept) {
          out.println(
              "  "
                  + stored.network().key()
                  + "  "
                  + (stored.found()
                      ? stored.title()
                          + ", "
                          + stored.table().orElseThrow().size()
                          + " entries: "
                          + stored.file()
                      : stored.detail()));
        }
      }
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object().objects("networks", profiles, this::json);
    }

    private JsonFields json(NetworkProfile profile) {
      return JsonFields.object()
          .text("key", profile.key())
          .strings("aliases", profile.aliases())
          .text("f3NetworkName", profile.f3NetworkName())
          .epoch("bootstrapEpoch", profile.bootstrapEpoch())
          .epoch("powerTableEpoch", profile.powerTableEpoch())
          .number("ecFinality", profile.ecFinality())
          .number("ecPeriodSeconds", profile.ecPeriodSeconds())
          .number("committeeLookback", profile.committeeLookback())
          .uint64("initialInstance", profile.initialInstance())
          .text("initialPowerTableCid", profile.initialPowerTableCid())
          .text("status", status(profile))
          .text("description", profile.description())
          .object(
              "rememberedTable",
              kept.stream()
                  .filter(stored -> stored.network().key().equals(profile.key()))
                  .findFirst()
                  .map(Result::json));
    }

    private static JsonFields json(StoredTable stored) {
      JsonFields fields =
          JsonFields.object()
              .text("state", stored.state().name())
              .text("file", stored.file().toString())
              .text("title", stored.title())
              .text("detail", stored.detail());
      return stored.table().isPresent()
          ? fields.number("entries", stored.table().get().size())
          : fields.nothing("entries");
    }

    private static String status(NetworkProfile profile) {
      return profile.status().name().toLowerCase(Locale.ROOT);
    }
  }
}
