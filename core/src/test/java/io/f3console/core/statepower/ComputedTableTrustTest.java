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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A table computed from the real butterflynet v17 genesis, against what signs its tipset. */
class ComputedTableTrustTest {
  static final String GENESIS_TABLE = "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";
  static StatePowerTable table;

  @BeforeAll
  static void compute() throws Exception {
    try (CarBlockSource car = CarBlockSource.open(
        SharedData.file("state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst"))) {
      table = PowerTableComputation.compute(car, car.roots(), StoragePower.of(2L << 30));
    }
  }

  static NetworkSelection network(long bootstrap, Optional<String> cid) {
    return NetworkSelection.of(new NetworkProfile("butterfly-test", List.of(),
        NetworkStatus.CURRENT, "test", "butterflynet-test", Optional.of("butterflynet"),
        bootstrap, 900, 30, 10, 0, cid, StoragePower.of(2L << 30), List.of("test")));
  }

  @Test
  void theBootstrapTipsetIsComparedWithTheManifestsCid() {
    ComputedTableTrust trust = ComputedTableTrust.judge(table,
        network(900, Optional.of(GENESIS_TABLE)), List.of()).orElseThrow();
    assertThat(trust.trust().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.signedBy()).contains("butterfly-test manifest");
  }

  @Test
  void anotherCidIsAMismatch() {
    ComputedTableTrust trust = ComputedTableTrust.judge(table, network(900,
        Optional.of("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu")),
        List.of()).orElseThrow();
    assertThat(trust.trust().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(trust.trust().expected().orElseThrow().toString())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
  }

  @Test
  void aTipsetNothingSignsHasNoTrust() {
    assertThat(table.cid().toString()).isEqualTo(GENESIS_TABLE);
    assertThat(ComputedTableTrust.judge(table, network(1000, Optional.of(GENESIS_TABLE)),
        List.of())).isEmpty();
  }
}
