package io.f3console.core.statepower;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ECChain tipsets checked against the real butterflynet genesis state. */
class TipSetPowerCheckTest {
  private static final String V17 = "butterflynet_2026-05_actorsv17";

  private static FinalityCertificate certificate(long instance, Cid block, Cid table) {
    TipSet tipSet = TipSet.ofBlocks(0, List.of(block), table, new byte[32]);
    return FinalityCertificate.of(
        instance,
        ECChain.of(tipSet),
        SupplementalData.of(new byte[32], table),
        Bitfield.of(0),
        new byte[96],
        List.of());
  }

  @Test
  void aRepeatedTipsetIsCheckedOnceAndAWrongCidIsNotEqual() throws Exception {
    JsonNode expected =
        new ObjectMapper()
            .readTree(SharedData.text("state/" + V17 + "_genesis_powertable.DERIVED.json"));
    Cid genesis = Cid.fromString(expected.get("tipset").get(0).asText());
    Cid derived = Cid.fromString(expected.get("powerTableCID").asText());
    try (CarBlockSource blocks =
        CarBlockSource.open(SharedData.file("state/lotus_genesis_" + V17 + ".car.zst"))) {
      var profile = NetworkProfiles.builtIn().byKey("butterfly").orElseThrow();
      List<TipSetPowerCheck> right =
          TipSetPowerCheck.of(
              blocks,
              List.of(certificate(0, genesis, derived), certificate(1, genesis, derived)),
              profile);
      assertThat(right).hasSize(1);
      assertThat(right.get(0).instance()).isZero();
      assertThat(right.get(0).tipset()).containsExactly(genesis);
      assertThat(right.get(0).recomputed()).isEqualTo(derived);
      assertThat(right.get(0).equal()).isTrue();
      List<TipSetPowerCheck> wrong =
          TipSetPowerCheck.of(blocks, List.of(certificate(3, genesis, genesis)), profile);
      assertThat(wrong.get(0).equal()).isFalse();
      assertThat(wrong.get(0).signed()).isEqualTo(genesis);
      assertThat(wrong.get(0).instance()).isEqualTo(3);
    }
  }
}
