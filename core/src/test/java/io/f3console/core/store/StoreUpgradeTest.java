package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.sqlite.SqliteFile;
import io.f3console.core.sqlite.SqliteSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores of earlier versions written row by row as those versions wrote them, then opened by this
 * version: upgraded in place, their certificates kept byte for byte. Version 1 (certificates with
 * their next committee's CID, every committee kept whole) has its index built; version 2 (one
 * uncompressed row a certificate) has its certificates moved into batches.
 */
class StoreUpgradeTest {
  static final String NETWORK = "store-upgrade";
  static final int INSTANCES = 1_100;

  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(5, 8, INSTANCES, NETWORK)).generate();
  }

  @Test
  void aVersionOneStoreIsUpgradedAndIndexed() throws Exception {
    Path file = dir.resolve("v1.db");
    try (Connection connection = SqliteFile.connect(file, 1_000)) {
      new SqliteSchema(
              StoreSchema.class, StoreSchema.APPLICATION_ID, List.of("V1__certificates.sql"))
          .migrate(connection, 1);
      Set<String> kept = new HashSet<>();
      for (int i = 0; i <= INSTANCES; i++) {
        PowerTable table = chain.tableOf(i);
        if (kept.add(table.cid().toString())) {
          try (PreparedStatement insert =
              connection.prepareStatement("INSERT INTO committees (cid, entries) VALUES (?, ?)")) {
            insert.setString(1, table.cid().toString());
            insert.setBytes(2, table.toCbor());
            insert.executeUpdate();
          }
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO meta (id,"
                  + " network, start_instance, start_table_cid, trust_reason, trust_network,"
                  + " trust_explanation) VALUES (1, ?, 0, ?, 'CUSTOM_NETWORK', ?, 'custom')")) {
        insert.setString(1, NETWORK);
        insert.setString(2, chain.initialTable().cid().toString());
        insert.setString(3, NETWORK);
        insert.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO certificates"
                  + " (instance, cbor, signatures_checked, next_committee_cid) VALUES (?, ?, 1, ?)")) {
        for (int i = 0; i < INSTANCES; i++) {
          insert.setLong(1, i);
          insert.setBytes(2, FinalityCertificateCbor.encode(chain.certificates().get(i)));
          insert.setString(3, chain.tableOf(i + 1).cid().toString());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      assertThat(store.schemaVersion()).isEqualTo(StoreSchema.LATEST);
      assertThat(store.count()).isEqualTo(INSTANCES);
      assertThat(store.certificate(700).orElseThrow().cbor())
          .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(700)));
      assertThat(store.start().orElseThrow().tableCid())
          .isEqualTo(chain.initialTable().cid().toString());
      assertThat(store.checkpointCount()).isEqualTo(2);
      assertThat(store.committeeOf(1_050)).contains(chain.tableOf(1_050));
      assertThat(store.integrityCheck()).containsExactly("ok");
      ParticipationTally tally = new ParticipationTally();
      for (int i = 0; i < INSTANCES; i++) {
        tally.add(chain.certificates().get(i), chain.tableOf(i));
      }
      ParticipationReport expected = tally.report();
      StoredParticipation participation = new StoredParticipation(store);
      ParticipationReport got = participation.report(participation.stored().orElseThrow());
      assertThat(got.miners()).containsExactlyElementsOf(expected.miners());
      assertThat(got.instances()).containsExactlyElementsOf(expected.instances());
    }
  }

  @Test
  void aVersionTwoStoreHasItsCertificatesMovedIntoBatches() throws Exception {
    Path file = dir.resolve("v2.db");
    try (Connection connection = SqliteFile.connect(file, 1_000)) {
      new SqliteSchema(
              StoreSchema.class,
              StoreSchema.APPLICATION_ID,
              List.of("V1__certificates.sql", "V2__participation_index.sql"))
          .migrate(connection, 2);
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO meta (id,"
                  + " network, start_instance, start_table_cid, trust_reason, trust_network,"
                  + " trust_explanation) VALUES (1, ?, 0, ?, 'CUSTOM_NETWORK', ?, 'custom')")) {
        insert.setString(1, NETWORK);
        insert.setString(2, chain.initialTable().cid().toString());
        insert.setString(3, NETWORK);
        insert.executeUpdate();
      }
      IndexRows.insertCheckpoint(connection, 0, chain.initialTable());
      BlockTally block = new BlockTally(0);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO certificates"
                  + " (instance, cbor, signatures_checked) VALUES (?, ?, ?)")) {
        for (int i = 0; i < INSTANCES; i++) {
          insert.setLong(1, i);
          insert.setBytes(2, FinalityCertificateCbor.encode(chain.certificates().get(i)));
          insert.setInt(3, i % 5 == 0 ? 0 : 1);
          insert.executeUpdate();
          IndexRows.insertSummary(
              connection, InstanceParticipation.of(chain.certificates().get(i), chain.tableOf(i)));
          if (i < 1_024) {
            block.add(chain.certificates().get(i), chain.tableOf(i));
          }
          if (i == 1_023) {
            IndexRows.insertBlock(connection, block);
            IndexRows.insertCheckpoint(connection, 1_024, chain.tableOf(1_024));
          }
        }
      }
      connection.commit();
    }

    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      assertThat(store.schemaVersion()).isEqualTo(StoreSchema.LATEST);
      assertThat(store.count()).isEqualTo(INSTANCES);
      assertThat(store.latestInstance()).hasValue(INSTANCES - 1);
      assertThat(store.instances())
          .containsExactlyElementsOf(LongStream.range(0, INSTANCES).boxed().toList());
      for (int i = 0; i < INSTANCES; i++) {
        StoredCertificate stored = store.certificate(i).orElseThrow();
        assertThat(stored.cbor())
            .as("certificate %d", i)
            .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(i)));
        assertThat(stored.signaturesChecked()).as("mark of %d", i).isEqualTo(i % 5 != 0);
      }
      assertThat(store.uncheckedIn(0, INSTANCES - 1)).isEqualTo(INSTANCES / 5);
      assertThat(store.uncheckedIn(1, 4)).isZero();
      assertThat(store.checkpointCount()).isEqualTo(2);
      assertThat(store.committeeOf(1_050)).contains(chain.tableOf(1_050));
      assertThat(store.committeeOf(INSTANCES)).contains(chain.tableOf(INSTANCES));
      assertThat(store.integrityCheck()).containsExactly("ok");
    }
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM"
                    + " certificate_batches), (SELECT sum(count) FROM certificate_batches),"
                    + " (SELECT min(instance) FROM certificates), (SELECT count(*) FROM certificates)")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getLong(1)).isEqualTo(INSTANCES / 64);
      assertThat(row.getLong(2)).isEqualTo(INSTANCES / 64 * 64);
      assertThat(row.getLong(3)).isEqualTo(INSTANCES / 64 * 64);
      assertThat(row.getLong(4)).isEqualTo(INSTANCES % 64);
    }
  }
}
