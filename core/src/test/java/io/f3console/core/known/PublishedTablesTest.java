package io.f3console.core.known;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedTablesTest {
  @TempDir Path temp;

  static PowerTable mainnet() throws Exception {
    return PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
  }

  static NetworkProfile mainnetProfile() {
    return NetworkProfiles.builtIn().byKey("mainnet").orElseThrow();
  }

  private PublishedTables store() {
    return PublishedTables.besideHistory(temp.resolve("data").resolve("history.db"));
  }

  @Test
  void keepsTheRealMainnetTableBesideTheHistoryAndReadsItBackChecked() throws Exception {
    PowerTable table = mainnet();
    PublishedTables store = store();

    Remembered first = store.remember(table);
    Remembered again = store.remember(table);

    assertThat(store.directory())
        .isEqualTo(temp.resolve("data").resolve("tables").toAbsolutePath());
    assertThat(first.outcome()).isEqualTo(Remembered.Outcome.KEPT);
    assertThat(first.network()).contains("mainnet");
    assertThat(again.outcome()).isEqualTo(Remembered.Outcome.ALREADY_KEPT);
    Path file = store.fileOf(table.cid());
    assertThat(file.getFileName().toString())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu.cbor");
    assertThat(Cid.makeCid(Files.readAllBytes(file))).isEqualTo(table.cid());
    try (var left = Files.list(store.directory())) {
      assertThat(left).containsExactly(file);
    }
    StoredTable stored = store.read(mainnetProfile()).orElseThrow();
    assertThat(stored.state()).isEqualTo(StoredTable.State.FOUND);
    assertThat(stored.table()).contains(table);
    assertThat(stored.title()).isEqualTo("Mainnet at bootstrap (real data)");
    assertThat(store.found()).extracting(s -> s.network().key()).containsExactly("mainnet");
  }

  @Test
  void aNewStoreRemembersNothingAndCreatesNoFolder() {
    PublishedTables store = store();

    assertThat(store.found()).isEmpty();
    assertThat(store.read(mainnetProfile()).orElseThrow().state())
        .isEqualTo(StoredTable.State.ABSENT);
    assertThat(store.directory()).doesNotExist();
  }

  @Test
  void keepsNoTableThatIsNotAPublishedOne() throws Exception {
    PowerTable table = mainnet();
    List<PowerEntry> entries = new ArrayList<>(table.entries());
    entries.remove(entries.size() - 1);
    PowerTable other = PowerTable.of(entries);
    PublishedTables store = store();

    Remembered result = store.remember(other);

    assertThat(result.outcome()).isEqualTo(Remembered.Outcome.NOT_PUBLISHED);
    assertThat(result.file()).isEmpty();
    assertThat(store.directory()).doesNotExist();
  }

  @Test
  void refusesATamperedFileAndReplacesItWhenTheTableIsSeenAgain() throws Exception {
    PowerTable table = mainnet();
    PublishedTables store = store();
    store.remember(table);
    Path file = store.fileOf(table.cid());
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);

    StoredTable stored = store.read(mainnetProfile()).orElseThrow();

    assertThat(stored.state()).isEqualTo(StoredTable.State.REFUSED);
    assertThat(stored.problem()).contains(StoredTableProblem.HASH_MISMATCH);
    assertThat(stored.detail()).contains("refused", "hash to");
    assertThat(store.found()).isEmpty();
    assertThat(store.remember(table).outcome()).isEqualTo(Remembered.Outcome.KEPT);
    assertThat(store.read(mainnetProfile()).orElseThrow().table()).contains(table);
  }

  @Test
  void refusesAFileLargerThanAnyPowerTable() throws Exception {
    PublishedTables store = store();
    Path file = store.fileOf(mainnet().cid());
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[(int) PublishedTables.MAX_FILE_SIZE + 1]);

    StoredTable stored = store.read(mainnetProfile()).orElseThrow();

    assertThat(stored.problem()).contains(StoredTableProblem.TOO_LARGE);
  }

  @Test
  void refusesBytesThatHashToTheCidButAreNoPowerTable() throws Exception {
    byte[] garbage = {(byte) 0x82, 0x01};
    Cid cid = Cid.makeCid(garbage);
    NetworkProfile m = mainnetProfile();
    NetworkProfile odd =
        new NetworkProfile(
            "oddnet",
            List.of(),
            m.status(),
            "a test network",
            "oddnet",
            Optional.empty(),
            m.bootstrapEpoch(),
            m.ecFinality(),
            m.ecPeriodSeconds(),
            m.committeeLookback(),
            0,
            Optional.of(cid.toString()),
            m.consensusMinerMinPower(),
            List.of("test"));
    PublishedTables store =
        new PublishedTables(temp.resolve("tables"), NetworkProfiles.of(List.of(odd)));
    Files.createDirectories(store.directory());
    Files.write(store.fileOf(cid), garbage);

    StoredTable stored = store.read(odd).orElseThrow();

    assertThat(stored.problem()).contains(StoredTableProblem.MALFORMED);
  }

  @Test
  void aFolderThatCannotBeWrittenIsReportedNotThrown() throws Exception {
    Path blocked = temp.resolve("blocked");
    Files.writeString(blocked, "a file where the folder should be");
    PublishedTables store =
        new PublishedTables(blocked.resolve("tables"), NetworkProfiles.builtIn());

    Remembered result = store.remember(mainnet());

    assertThat(result.outcome()).isEqualTo(Remembered.Outcome.NOT_WRITTEN);
    assertThat(result.failed()).isTrue();
    assertThat(result.detail()).contains("could not be kept");
    assertThat(store.found()).isEmpty();
  }

  @Test
  void remembersEachDistinctTableOnce() throws Exception {
    PowerTable table = mainnet();
    PowerTable small =
        PowerTable.of(
            List.of(
                new PowerEntry(table.entry(0).id(), StoragePower.of(1), table.entry(0).pubKey())));

    List<Remembered> results = store().rememberAll(List.of(table, small, table));

    assertThat(results)
        .extracting(Remembered::outcome)
        .containsExactly(Remembered.Outcome.KEPT, Remembered.Outcome.NOT_PUBLISHED);
  }
}
