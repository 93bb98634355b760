package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.known.StoredTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import java.io.PrintWriter;
import java.util.List;
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
    PrintWriter out = output.out();
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
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      ArrayNode networks = node.putArray("networks");
      for (NetworkProfile profile : NetworkProfiles.builtIn().all()) {
        ObjectNode item = networks.addObject();
        item.put("key", profile.key());
        item.set("aliases", CliJson.strings(profile.aliases()));
        item.put("f3NetworkName", profile.f3NetworkName());
        item.put("bootstrapEpoch", profile.bootstrapEpoch());
        item.put("powerTableEpoch", profile.powerTableEpoch());
        item.put("ecFinality", profile.ecFinality());
        item.put("ecPeriodSeconds", profile.ecPeriodSeconds());
        item.put("committeeLookback", profile.committeeLookback());
        item.put("initialInstance", profile.initialInstance());
        item.put("initialPowerTableCid", profile.initialPowerTableCid().orElse(null));
        item.put("status", profile.status().name().toLowerCase(java.util.Locale.ROOT));
        item.put("description", profile.description());
        kept.stream()
            .filter(stored -> stored.network().key().equals(profile.key()))
            .findFirst()
            .ifPresentOrElse(
                stored ->
                    item.putObject("rememberedTable")
                        .put("state", stored.state().name())
                        .put("file", stored.file().toString())
                        .put("title", stored.title())
                        .put("detail", stored.detail()),
                () -> item.putNull("rememberedTable"));
      }
      JsonOutput.print(out, node);
      return ExitCodes.OK;
    }
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
    for (NetworkProfile profile : NetworkProfiles.builtIn().all()) {
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
          profile.status().name().toLowerCase(java.util.Locale.ROOT),
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
    return ExitCodes.OK;
  }
}
