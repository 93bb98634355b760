package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.testing.SharedData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The object {@code lotus f3 powertable get} prints (lotus cli/f3.go): {@code
 * {"Instance","FromEC","ByTipset","PowerTable":{"CID","Entries","Total","ScaledTotal"}}}, with the
 * CID as a plain string and the total as a decimal string.
 */
class LotusCliJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode wrapper(PowerTable table) throws Exception {
    ObjectNode node = JSON.createObjectNode();
    node.put("Instance", 39700).put("FromEC", false).put("ByTipset", false);
    ObjectNode inner = node.putObject("PowerTable");
    inner.put("CID", table.cid().toString());
    inner.set("Entries", JSON.readTree(PowerTableJson.write(table.entries())));
    inner.put("Total", table.total().toString());
    inner.put("ScaledTotal", table.scaledTotal());
    node.put("SomethingNewer", "ignored");
    return node;
  }

  @Test
  void readsTheWrapperWithItsClaims() throws Exception {
    PowerTable table =
        PowerTableFiles.read(SharedData.file("calibnet_old_initial_power_table.json")).toTable();
    byte[] bytes = JSON.writeValueAsBytes(wrapper(table));

    PowerTableDocument document = PowerTableFiles.parse(bytes, "pt.json");

    assertThat(document.format()).isEqualTo(PowerTableFormat.LOTUS_CLI_JSON);
    assertThat(document.instance()).contains(39700L);
    assertThat(document.declaredCid()).contains(table.cid());
    assertThat(document.declaredTotal()).contains(table.total());
    assertThat(document.declaredScaledTotal()).contains(65526L);
    assertThat(document.toTable().cid()).isEqualTo(table.cid());
  }

  @Test
  void acceptsTheCidInLinkFormAndNullEntries() throws Exception {
    String json =
        "{\"Instance\":0,\"PowerTable\":{\"CID\":{\"/\":"
            + "\"bafy2bzacebc3bt6cedhoyw34drrmjvazhu4oj25er2ebk4u445pzycvq4ta4a\"},\"Entries\":null}}";
    PowerTableDocument document =
        PowerTableFiles.parse(json.getBytes(StandardCharsets.UTF_8), "empty.json");
    assertThat(document.entries()).isEmpty();
    assertThat(document.declaredCid().orElseThrow().toString())
        .isEqualTo(document.toTable().cid().toString());
  }
}
