package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.RandomPowerTables;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
  @TempDir Path dir;

  static PowerTable table(long seed, int size) throws Exception {
    return PowerTable.of(RandomPowerTables.entries(new SplittableRandom(seed), size));
  }

  static SessionRecord validation(PowerTable table) {
    return SessionRecord.builder(SessionOrigin.CLI, SessionKind.VALIDATION, "certs validate")
        .arguments("certs validate demo:broken --network f3console-demo")
        .network("f3console-demo")
        .verdict(SessionVerdict.FAILED)
        .reason("INSUFFICIENT_POWER")
        .summary("Validation stops at instance 37")
        .exitCode(1)
        .instanceReached(36)
        .source("certificates", "demo:broken")
        .cid(RecordedCid.compared("initial power table", table.cid(), table.cid()))
        .cid(RecordedCid.compared("next power table of 36", "bafyA", "bafyB"))
        .table("initial", Optional.of(0L), table)
        .fact("signed", "43.0% of the scaled power")
        .output("Network f3console-demo\nINVALID at instance 37\n")
        .build();
  }

  @Test
  void aSessionReadsBackAsItWasWritten() throws Exception {
    PowerTable table = table(1, 40);
    SessionRecord record = validation(table);
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
      long id = store.record(record);
      StoredSession stored = store.find(id).orElseThrow();
      SessionRecord back = stored.record();
      assertThat(back.command()).isEqualTo("certs validate");
      assertThat(back.arguments()).isEqualTo(record.arguments());
      assertThat(back.network()).contains("f3console-demo");
      assertThat(back.verdict()).isEqualTo(SessionVerdict.FAILED);
      assertThat(back.reason()).contains("INSUFFICIENT_POWER");
      assertThat(back.exitCode()).contains(1);
      assertThat(back.instanceReached()).contains(36L);
      assertThat(back.startedAt())
          .isEqualTo(Instant.ofEpochMilli(record.startedAt().toEpochMilli()));
      assertThat(back.sources()).containsExactlyElementsOf(record.sources());
      assertThat(back.cids()).containsExactlyElementsOf(record.cids());
      assertThat(back.cids().get(1).matches()).contains(false);
      assertThat(back.facts()).containsExactlyElementsOf(record.facts());
      assertThat(back.output()).isEqualTo(record.output());
      assertThat(stored.tables())
          .containsExactly(
              new TableReference("initial", Optional.of(0L), table.cid().toString(), 40));
      PowerTable reopened = store.table(table.cid().toString()).orElseThrow();
      assertThat(reopened.entries()).isEqualTo(table.entries());
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
  }

  @Test
  void aTableSeenTwiceIsKeptOnce() throws Exception {
    PowerTable table = table(2, 30);
    Path file = dir.resolve("h.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      long first = store.record(validation(table));
      long second = store.record(validation(table));
      assertThat(store.sessionsWithTable(table.cid().toString())).containsExactly(second, first);
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement();
        var rows = s.executeQuery("SELECT count(*) FROM power_tables")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void theMainnetTableIsKeptCompressedAndComesBackWithItsCid() throws Exception {
    PowerTable mainnet =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    Path file = dir.resolve("h.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      store.record(
          SessionRecord.builder(SessionOrigin.CLI, SessionKind.INSPECTION, "powertable show")
              .table("initial", Optional.of(0L), mainnet)
              .build());
      PowerTable back = store.table(mainnet.cid().toString()).orElseThrow();
      assertThat(back.cid().toString())
          .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
      assertThat(back.toCbor()).isEqualTo(mainnet.toCbor());
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement();
        var rows = s.executeQuery("SELECT length(data), cbor_length FROM power_tables")) {
      rows.next();
      assertThat(rows.getInt(2)).isEqualTo(mainnet.toCbor().length);
      assertThat(rows.getInt(1)).isLessThan(rows.getInt(2));
    }
  }

  @Test
  void aNewerSchemaIsRefusedNamingBothVersionsAndLeftUnchanged() throws Exception {
    Path file = dir.resolve("newer.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      store.record(validation(table(3, 5)));
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = 9");
      s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("version 9")
        .hasMessageContaining("version " + HistoryStore.latestSchemaVersion())
        .hasMessageContaining("left unchanged");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void notesAreKeptInOrderAndNeedASession() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
      long id = store.record(validation(table(4, 5)));
      store.addNote(id, "first look: table was from the old build");
      store.addNote(id, "  fixed in v1.2  ");
      assertThat(store.find(id).orElseThrow().notes())
          .extracting(SessionNote::text)
          .containsExactly("first look: table was from the old build", "fixed in v1.2");
      assertThat(store.list(SessionQuery.all()))
          .singleElement()
          .extracting(SessionSummary::notes)
          .isEqualTo(2);
      assertThatThrownBy(() -> store.addNote(id + 1, "x")).hasMessageContaining("no session");
      assertThatThrownBy(() -> store.addNote(id, "   ")).hasMessageContaining("needs some text");
    }
  }

  @Test
  void secretsAreTakenOutOfEveryText() {
    SessionRecord record =
        SessionRecord.builder(SessionOrigin.CLI, SessionKind.DOCTOR, "doctor")
            .arguments("doctor --rpc http://n --token s3cr3t-token")
            .summary("s3cr3t-token refused")
            .output("token s3cr3t-token")
            .fact("k", "s3cr3t-token")
            .build();
    SessionRecord safe = record.withoutSecrets(List.of("s3cr3t-token"));
    assertThat(safe.toString()).doesNotContain("s3cr3t-token");
  }
}
