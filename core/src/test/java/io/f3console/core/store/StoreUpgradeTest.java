package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.sqlite.SqliteFile;
import io.f3console.core.sqlite.SqliteSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version 1 store (certificates with their next committee's CID, every committee kept whole)
 * written row by row as version 1 wrote it, then opened by this version: upgraded in place,
 * its certificates kept byte for byte, its index built.
 */
class StoreUpgradeTest {
  static final String NETWORK = "store-upgrade";
  static final int INSTANCES = 1_100;

  @TempDir
  Path dir;

  @Test
  void aVersionOneStoreIsUpgradedAndIndexed() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(5, 8, INSTANCES, NETWORK))
        .generate();
    Path file = dir.resolve("v1.db");
    try (Connection connection = SqliteFile.connect(file, 1_000)) {
      new SqliteSchema(StoreSchema.class, StoreSchema.APPLICATION_ID,
          List.of("V1__certificates.sql")).migrate(connection, 1);
      Set<String> kept = new HashSet<>();
      for (int i = 0; i <= INSTANCES; i++) {
        PowerTable table = chain.tableOf(i);
        if (kept.add(table.cid().toString())) {
          try (PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO committees (cid, entries) VALUES (?, ?)")) {
            insert.setString(1, table.cid().toString());
            insert.setBytes(2, table.toCbor());
            insert.executeUpdate();
          }
        }
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO meta (id,"
          + " network, start_instance, start_table_cid, trust_reason, trust_network,"
          + " trust_explanation) VALUES (1, ?, 0, ?, 'CUSTOM_NETWORK', ?, 'custom')")) {
        insert.setString(1, NETWORK);
        insert.setString(2, chain.initialTable().cid().toString());
        insert.setString(3, NETWORK);
        insert.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO certificates"
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
}
