package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table is verified only by its CID matching the expected one or by validated descent from a
 * verified table; anything else is unverified or a mismatch, and never better than its origin.
 */
class TableTrustTest {
  static final String MAINNET_INITIAL_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  static Cid tableCid;
  static Cid otherCid;

  @BeforeAll
  static void tables() throws Exception {
    PowerTable table = SyntheticNetwork.of(SimulationSpec.of(3, 10, 0, "testnet")).initialTable();
    PowerTable other = SyntheticNetwork.of(SimulationSpec.of(4, 10, 0, "testnet")).initialTable();
    tableCid = table.cid();
    otherCid = other.cid();
    assertThat(otherCid).isNotEqualTo(tableCid);
  }

  static TableTrust origin(TrustState state) {
    switch (state) {
      case VERIFIED:
        return TableTrust.ofInitialTable(tableCid, Optional.of(tableCid), "testnet");
      case MISMATCH:
        return TableTrust.ofInitialTable(tableCid, Optional.of(otherCid), "testnet");
      default:
        return TableTrust.ofInitialTable(tableCid, Optional.empty(), "testnet");
    }
  }

  @Test
  void theRealMainnetInitialTableMatchesItsExpectedCid() throws Exception {
    PowerTable mainnet =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    Cid expected = Cid.fromString(MAINNET_INITIAL_CID);

    TableTrust trust = TableTrust.ofInitialTable(mainnet.cid(), Optional.of(expected), "mainnet");

    assertThat(trust.state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.isVerified()).isTrue();
    assertThat(trust.cid()).isEqualTo(expected);
    assertThat(trust.expected()).contains(expected);
    assertThat(trust.explanation()).contains("mainnet");
  }

  @Test
  void anInitialTableWithTheExpectedCidIsVerified() {
    TableTrust trust = TableTrust.ofInitialTable(tableCid, Optional.of(tableCid), "testnet");

    assertThat(trust.state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.isVerified()).isTrue();
    assertThat(trust.cid()).isEqualTo(tableCid);
  }

  @Test
  void anInitialTableWithAnotherCidIsAMismatch() {
    TableTrust trust = TableTrust.ofInitialTable(tableCid, Optional.of(otherCid), "testnet");

    assertThat(trust.state()).isEqualTo(TrustState.MISMATCH);
    assertThat(trust.isVerified()).isFalse();
    assertThat(trust.cid()).isEqualTo(tableCid);
    assertThat(trust.expected()).contains(otherCid);
    assertThat(trust.explanation()).contains("testnet").contains("differs");
  }

  @Test
  void anInitialTableWithNothingToCompareIsUnverified() {
    TableTrust trust = TableTrust.ofInitialTable(tableCid, Optional.empty(), "testnet");

    assertThat(trust.state()).isEqualTo(TrustState.UNVERIFIED);
    assertThat(trust.isVerified()).isFalse();
    assertThat(trust.expected()).isEmpty();
    assertThat(trust.explanation()).contains("testnet");
  }

  @Test
  void aTableReachedFromAVerifiedTableByValidatedCertificatesIsVerified() {
    TableTrust trust = TableTrust.descendant(otherCid, origin(TrustState.VERIFIED), 12, 12);

    assertThat(trust.state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.cid()).isEqualTo(otherCid);
    assertThat(trust.expected()).isEmpty();
    assertThat(trust.explanation()).contains("instance 12").contains("12 validated certificates");
  }

  @ParameterizedTest(name = "from {0}")
  @EnumSource(value = TrustState.class, names = {"UNVERIFIED", "MISMATCH"})
  void aTableReachedFromAnUnprovedTableIsUnverified(TrustState from) {
    TableTrust trust = TableTrust.descendant(otherCid, origin(from), 1, 1);

    assertThat(trust.state()).isEqualTo(TrustState.UNVERIFIED);
    assertThat(trust.isVerified()).isFalse();
    assertThat(trust.cid()).isEqualTo(otherCid);
    assertThat(trust.explanation()).contains("1 validated certificate ")
        .contains(from.word());
  }

  @ParameterizedTest(name = "from {0}")
  @EnumSource(TrustState.class)
  void noCertificatesKeepTheOriginsState(TrustState from) {
    TableTrust origin = origin(from);

    TableTrust trust = TableTrust.descendant(tableCid, origin, 0, 0);

    assertThat(trust.state()).isEqualTo(from);
    assertThat(trust.expected()).isEqualTo(origin.expected());
    assertThat(trust.cid()).isEqualTo(tableCid);
  }

  @Test
  void aTableNothingIsKnownAboutIsUnverified() {
    TableTrust trust = TableTrust.unrelated(tableCid, "loaded on its own");

    assertThat(trust.state()).isEqualTo(TrustState.UNVERIFIED);
    assertThat(trust.expected()).isEmpty();
    assertThat(trust.explanation()).isEqualTo("loaded on its own");
  }
}
