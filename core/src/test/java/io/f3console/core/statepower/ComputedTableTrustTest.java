package io.f3console.core.statepower;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A table computed from the real butterflynet v17 genesis, against what signs its tipset. */
class ComputedTableTrustTest {
  static final String GENESIS_TABLE =
      "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";
  static StatePowerTable table;

  private static boolean dataRead;

  /** Read before the first test, so a missing file skips each test, never the class. */
  @BeforeEach
  void compute() throws Exception {
    if (dataRead) {
      return;
    }
    try (CarBlockSource car =
        CarBlockSource.open(
            SharedData.file("state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst"))) {
      table = PowerTableComputation.compute(car, car.roots(), StoragePower.of(2L << 30));
    }
    dataRead = true;
  }

  static NetworkSelection network(long bootstrap, Optional<String> cid) {
    return NetworkSelection.of(
        new NetworkProfile(
            "butterfly-test",
            List.of(),
            NetworkStatus.CURRENT,
            "test",
            "butterflynet-test",
            Optional.of("butterflynet"),
            bootstrap,
            900,
            30,
            10,
            0,
            cid,
            StoragePower.of(2L << 30),
            List.of("test")));
  }

  @Test
  void theBootstrapTipsetIsComparedWithTheManifestsCid() {
    ComputedTableTrust trust =
        ComputedTableTrust.judge(table, network(900, Optional.of(GENESIS_TABLE)), List.of())
            .orElseThrow();
    assertThat(trust.trust().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.signedBy()).contains("butterfly-test manifest");
  }

  @Test
  void anotherCidIsAMismatch() {
    ComputedTableTrust trust =
        ComputedTableTrust.judge(
                table,
                network(
                    900,
                    Optional.of("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu")),
                List.of())
            .orElseThrow();
    assertThat(trust.trust().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(trust.trust().expected().orElseThrow().toString())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
  }

  /** A table "computed" for the head tipset of a generated certificate, with {@code entries}. */
  static StatePowerTable at(
      io.f3console.core.gpbft.TipSet tipset, io.f3console.core.gpbft.PowerTable entries)
      throws Exception {
    return new StatePowerTable(
        entries,
        tipset.keyCids(),
        tipset.epoch(),
        table.stateRoot(),
        5,
        new io.f3console.core.state.VersionRange(16, 17),
        StoragePower.of(2048),
        0,
        1,
        List.of());
  }

  @Test
  void aTipsetACertificateSignsIsComparedWithItsPowerTableCid() throws Exception {
    io.f3console.core.sim.SyntheticChain chain =
        io.f3console.core.sim.SyntheticNetwork.of(
                io.f3console.core.sim.SimulationSpec.of(7, 4, 3, "f3state"))
            .generate();
    io.f3console.core.certs.FinalityCertificate certificate = chain.certificates().get(1);
    io.f3console.core.gpbft.TipSet head = certificate.chain().head();

    ComputedTableTrust other =
        ComputedTableTrust.judge(
                at(head, table.table()), network(900, Optional.empty()), chain.certificates())
            .orElseThrow();
    assertThat(other.signedBy()).isEqualTo("certificate 1");
    assertThat(other.trust().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(other.trust().expected()).contains(head.powerTable());

    io.f3console.core.gpbft.PowerTable signed = null;
    for (int i = 0; i <= chain.certificates().size(); i++) {
      if (chain.tableOf(i).cid().equals(head.powerTable())) {
        signed = chain.tableOf(i);
      }
    }
    assertThat(signed).as("the table the head tipset names").isNotNull();
    ComputedTableTrust same =
        ComputedTableTrust.judge(
                at(head, signed), network(900, Optional.empty()), chain.certificates())
            .orElseThrow();
    assertThat(same.trust().state()).isEqualTo(TrustState.VERIFIED);
  }

  @Test
  void aTipsetNothingSignsHasNoTrust() {
    assertThat(table.cid().toString()).isEqualTo(GENESIS_TABLE);
    assertThat(
            ComputedTableTrust.judge(table, network(1000, Optional.of(GENESIS_TABLE)), List.of()))
        .isEmpty();
  }
}
