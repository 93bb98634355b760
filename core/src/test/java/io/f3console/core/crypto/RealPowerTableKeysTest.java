package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.TestJson.TableEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every key of the real mainnet and old-calibnet initial power tables must be accepted. */
class RealPowerTableKeysTest {

  @Test
  void acceptsAllMainnetInitialPowerTableKeys() throws Exception {
    List<TableEntry> table = TestJson.powerTable("mainnet_initial_power_table.json");
    assertThat(table).hasSize(1560);

    for (TableEntry entry : table) {
      PublicKeyCheck check = Bls.checkPublicKey(entry.publicKey());
      assertThat(check.status())
          .as("participant %d: %s", entry.id(), check.message())
          .isEqualTo(KeyStatus.VALID);
    }
  }

  @Test
  void acceptsAllOldCalibnetInitialPowerTableKeys() throws Exception {
    List<TableEntry> table = TestJson.powerTable("calibnet_old_initial_power_table.json");
    assertThat(table).hasSize(20);

    for (TableEntry entry : table) {
      assertThat(Bls.checkPublicKey(entry.publicKey()).status())
          .as("participant %d", entry.id())
          .isEqualTo(KeyStatus.VALID);
    }
  }

  @Test
  void referenceModelAlsoAcceptsTheFirstMainnetKeys() {
    List<TableEntry> table = TestJson.powerTable("mainnet_initial_power_table.json");

    for (TableEntry entry : table.subList(0, 3)) {
      assertThat(G1Reference.expectedStatus(entry.publicKey(), true))
          .as("participant %d", entry.id())
          .isEqualTo(Optional.of(KeyStatus.VALID));
    }
  }
}
