package io.f3console.core.statepower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.open.Sources;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The {@code state:} source: its string form, and the real butterflynet genesis through it. */
class StateSourceTest {
  private static final String V17 = "butterflynet_2026-05_actorsv17";

  @Test
  void theStringNamesTheBlocksAndTheEpoch() throws Exception {
    SourceSpec car = SourceSpec.parse("state:car:genesis.car.zst@0");
    assertThat(car.kind()).isEqualTo(SourceKind.STATE);
    assertThat(car.location()).isEqualTo("car:genesis.car.zst@0");
    assertThat(StateSource.nodeUrl(car)).isEmpty();
    SourceSpec node = SourceSpec.parse("state:rpc:http://127.0.0.1:1234/rpc/v1@bootstrap");
    assertThat(StateSource.nodeUrl(node)).contains("http://127.0.0.1:1234/rpc/v1");
    assertThat(StateSource.nodeUrl(SourceSpec.parse("state:https://node.example/rpc/v1@7")))
        .contains("https://node.example/rpc/v1");
    assertThat(StateSource.nodeUrl(SourceSpec.parse("rpc:http://127.0.0.1:1/rpc/v1")))
        .contains("http://127.0.0.1:1/rpc/v1");
    assertThat(StateSource.nodeUrl(SourceSpec.parse("car:x.car"))).isEmpty();
  }

  @Test
  void aStringWithoutAnEpochOrWithAWrongOneIsRefused() {
    assertThatThrownBy(() -> SourceSpec.parse("state:car:genesis.car"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("@EPOCH");
    assertThatThrownBy(() -> SourceSpec.parse("state:car:genesis.car@latest"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("neither an epoch");
    assertThatThrownBy(() -> SourceSpec.parse("state:car:genesis.car@-1"))
        .isInstanceOf(SourceException.class);
  }

  @Test
  void theGenesisGivesItsDerivedTableNamingTheNetworkFromTheState() throws Exception {
    JsonNode expected =
        new ObjectMapper()
            .readTree(SharedData.text("state/" + V17 + "_genesis_powertable.DERIVED.json"));
    String path = SharedData.file("state/lotus_genesis_" + V17 + ".car.zst").toString();
    try (DataSource source = Sources.open("state:car:" + path + "@0", SourceOptions.defaults())) {
      assertThat(source.hasPowerTables()).isTrue();
      assertThat(source.hasCertificates()).isFalse();
      SourcedTable table = source.initialPowerTable();
      assertThat(table.table().cid().toString()).isEqualTo(expected.get("powerTableCID").asText());
      assertThat(table.origin())
          .contains(
              "computed from chain state at tipset "
                  + expected.get("tipset").get(0).asText()
                  + " (height 0, butterfly)");
      assertThat(((StateSource) source).network().key()).isEqualTo("butterfly");
      assertThatThrownBy(source::certificateRange).isInstanceOf(SourceException.class);
    }
  }

  @Test
  void theBootstrapEpochOfACarThatHoldsAnotherIsRefused() {
    String path = SharedData.file("state/lotus_genesis_" + V17 + ".car.zst").toString();
    assertThatThrownBy(
            () -> Sources.open("state:car:" + path + "@bootstrap", SourceOptions.defaults()))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("height 0, not epoch 100 (butterfly's BootstrapEpoch - Finality)");
  }

  @Test
  void aMissingFileIsSaidPlainly() {
    assertThatThrownBy(
            () -> Sources.open("state:car:/no/such/genesis.car@0", SourceOptions.defaults()))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no such file");
  }
}
