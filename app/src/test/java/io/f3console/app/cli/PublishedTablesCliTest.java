package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real network tables, remembered: a published initial table the command line sees is kept
 * beside the history (whatever {@code --no-history} says), and {@code powertable check} and the
 * doctor compare entry by entry with it.
 */
class PublishedTablesCliTest {
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  Path db;
  Path mainnetFile;
  PowerTable mainnet;

  @BeforeEach
  void setUp() throws Exception {
    db = temp.resolve("data").resolve("history.db");
    mainnetFile = SharedData.file("mainnet_initial_power_table.json");
    mainnet = PowerTableFiles.read(mainnetFile).toTable();
  }

  private Path kept() {
    return temp.resolve("data").resolve("tables").resolve(MAINNET_CID + ".cbor");
  }

  /** The real table with entry 3's power doubled and entry 7 dropped, as a JSON file. */
  private Path modified() throws Exception {
    List<PowerEntry> entries = new ArrayList<>(mainnet.entries());
    PowerEntry changed = entries.get(3);
    entries.set(
        3,
        new PowerEntry(
            changed.id(), StoragePower.of(changed.power().value().shiftLeft(1)), changed.pubKey()));
    entries.remove(7);
    Path file = temp.resolve("modified.json");
    PowerTableFiles.write(file, entries, PowerTableFormat.JSON_ENTRIES);
    return file;
  }

  @Test
  void theRealMainnetTableIsRememberedAfterOneUseEvenWithoutHistory() throws Exception {
    CliRun run =
        CliRun.of(
            "--db", db.toString(), "--no-history", "powertable", "cid", mainnetFile.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(kept()).isRegularFile();
    assertThat(db).doesNotExist();
    assertThat(PublishedTables.besideHistory(db).found())
        .singleElement()
        .satisfies(
            stored -> {
              assertThat(stored.table()).contains(mainnet);
              assertThat(stored.title()).isEqualTo("Mainnet at bootstrap (real data)");
            });
  }

  @Test
  void networksListsTheRememberedTableAndARefusedOne() throws Exception {
    CliRun none = CliRun.of("--db", db.toString(), "--no-history", "networks");
    CliRun.of("--db", db.toString(), "--no-history", "powertable", "cid", mainnetFile.toString());

    CliRun run = CliRun.of("--db", db.toString(), "--no-history", "networks");
    JsonNode json =
        JSON.readTree(CliRun.of("--db", db.toString(), "--no-history", "networks", "--json").out());
    Files.write(kept(), new byte[] {1, 2, 3});
    CliRun refused = CliRun.of("--db", db.toString(), "--no-history", "networks");

    assertThat(none.out()).doesNotContain("remembered");
    assertThat(run.out())
        .contains("Published initial tables remembered")
        .contains("  mainnet  Mainnet at bootstrap (real data), 1560 entries: " + kept());
    assertThat(json.get("networks").get(0).get("rememberedTable").get("state").asText())
        .isEqualTo("FOUND");
    assertThat(json.get("networks").get(1).get("rememberedTable").isNull()).isTrue();
    assertThat(refused.out())
        .contains("  mainnet  The remembered copy of mainnet's published" + " initial power table")
        .contains("was refused");
  }

  @Test
  void aTableThatIsNotPublishedIsNotKept() throws Exception {
    CliRun run = CliRun.of("--db", db.toString(), "powertable", "show", modified().toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(temp.resolve("data").resolve("tables")).doesNotExist();
  }

  @Test
  void checkComparesEntryByEntryWithTheRememberedTable() throws Exception {
    CliRun.of("--db", db.toString(), "powertable", "show", mainnetFile.toString());
    String changed = mainnet.entry(3).id().address();
    String dropped = mainnet.entry(7).id().address();

    CliRun run =
        CliRun.of(
            "--db",
            db.toString(),
            "powertable",
            "check",
            modified().toString(),
            "--network",
            "mainnet");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains(
            "Finding   2 entries differ from mainnet's published initial table"
                + " (remembered): 1 changed power, 1 missing.")
        .contains("Finding     " + changed + ": power ")
        .contains("Finding     " + dropped + ": missing (")
        .doesNotContain("Hint")
        .contains("MISMATCH: this is not the initial power table of mainnet.");
  }

  @Test
  void checkGivesTheComparisonInJson() throws Exception {
    CliRun.of("--db", db.toString(), "powertable", "show", mainnetFile.toString());

    CliRun run =
        CliRun.of(
            "--db",
            db.toString(),
            "powertable",
            "check",
            modified().toString(),
            "--network",
            "mainnet",
            "--json");

    JsonNode published = JSON.readTree(run.out()).get("published");
    assertThat(published.get("network").asText()).isEqualTo("mainnet");
    assertThat(published.get("kind").asText()).isEqualTo("ENTRIES_DIFFER");
    assertThat(published.get("remembered").asBoolean()).isTrue();
    assertThat(published.get("differing").asInt()).isEqualTo(2);
    assertThat(published.get("counts").get("powerChanged").asInt()).isEqualTo(1);
    assertThat(published.get("counts").get("removed").asInt()).isEqualTo(1);
    assertThat(published.get("changes"))
        .extracting(c -> c.get("actor").asText())
        .containsExactlyInAnyOrder(
            mainnet.entry(3).id().address(), mainnet.entry(7).id().address());
    assertThat(published.get("hint").isNull()).isTrue();
  }

  @Test
  void checkSaysHowToGetThePublishedTableWhenItIsNotRemembered() throws Exception {
    CliRun run =
        CliRun.of(
            "--db",
            db.toString(),
            "--no-history",
            "powertable",
            "check",
            modified().toString(),
            "--network",
            "mainnet");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains(
            "Finding   mainnet's published initial table is not remembered here. Only the"
                + " CIDs were compared, not the entries.")
        .contains(
            "Hint      To compare entry by entry",
            "f3console powertable fetch --instance 0 --rpc URL -o FILE from any mainnet node",
            "snapshot");
  }

  @Test
  void checkWithThePublishedCidGivenComparesToo() throws Exception {
    CliRun.of("--db", db.toString(), "powertable", "show", mainnetFile.toString());

    CliRun run =
        CliRun.of(
            "--db",
            db.toString(),
            "powertable",
            "check",
            modified().toString(),
            "--cid",
            MAINNET_CID);

    assertThat(run.out()).contains("2 entries differ from mainnet's published initial table");
  }

  @Test
  void aStoreThatCannotBeWrittenCostsOneNoteNeverTheCommand() throws Exception {
    Files.createDirectories(db.getParent());
    Files.writeString(db.resolveSibling("tables"), "a file where the folder should be");

    CliRun run =
        CliRun.of(
            "--db", db.toString(), "--no-history", "powertable", "cid", mainnetFile.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(MAINNET_CID);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("f3console: note: mainnet's published initial power table could not be kept");
  }

  @Test
  void aTableFetchedFromANodeIsRemembered() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      CliRun run =
          CliRun.of(
              "--db",
              db.toString(),
              "powertable",
              "fetch",
              "--rpc",
              node.endpoint().toString(),
              "--instance",
              "0",
              "-o",
              temp.resolve("fetched.json").toString());

      assertThat(run.status()).as(run.toString()).isZero();
    }
    assertThat(kept()).isRegularFile();
  }

  @Test
  void aTableFromAnF3SnapshotIsRemembered() throws Exception {
    Path snapshot = temp.resolve("mainnet.f3snap");
    CliRun export =
        CliRun.of(
            "--db",
            temp.resolve("other").resolve("history.db").toString(),
            "snapshot",
            "export",
            "--from-source",
            SharedData.file("mainnet_certs_0_9.json").toString(),
            "--power-table",
            mainnetFile.toString(),
            "--out",
            snapshot.toString());
    assertThat(export.status()).as(export.toString()).isZero();

    CliRun run =
        CliRun.of(
            "--db", db.toString(), "--no-history", "snapshot", "inspect", snapshot.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(kept()).isRegularFile();
  }

  @Test
  void aTableReadBackFromTheHistoryIsRemembered() throws Exception {
    CliRun.of("--db", db.toString(), "powertable", "show", mainnetFile.toString());
    Files.delete(kept());

    CliRun run =
        CliRun.of(
            "--db",
            db.toString(),
            "history",
            "table",
            MAINNET_CID,
            "-o",
            temp.resolve("from-history.json").toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(kept()).isRegularFile();
  }

  @Test
  void theDoctorComparesTheServedTableWithTheRememberedOne() throws Exception {
    CliRun.of("--db", db.toString(), "powertable", "show", mainnetFile.toString());
    try (FakeLotusNode node =
        FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      CliRun run =
          CliRun.of(
              "--db",
              db.toString(),
              "doctor",
              "--rpc",
              node.endpoint().toString(),
              "--network",
              "mainnet",
              "--progress-pause",
              "0");

      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(run.out().replaceAll("\\s+", " "))
          .contains(
              "The table the node serves: 1"
                  + " entry differs from mainnet's"
                  + " published initial table (remembered): 1 missing.")
          .contains(mainnet.entry(mainnet.size() - 1).id().address() + ": missing (");
    }
  }

  @Test
  void theDoctorSaysHowToGetThePublishedTableWhenItIsNotRemembered() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.startMainnet().withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      CliRun run =
          CliRun.of(
              "--db",
              db.toString(),
              "doctor",
              "--rpc",
              node.endpoint().toString(),
              "--network",
              "mainnet",
              "--progress-pause",
              "0",
              "--json");

      JsonNode initial = null;
      for (JsonNode check : JSON.readTree(run.out()).get("checks")) {
        if (check.get("id").asText().equals("initial-power-table")) {
          initial = check;
        }
      }
      assertThat(initial).isNotNull();
      assertThat(initial.get("details").get("publishedTable").asText()).isEqualTo("NOT_REMEMBERED");
      assertThat(initial.get("remedy").asText())
          .contains("f3console powertable fetch --instance 0 --rpc URL");
    }
  }
}
