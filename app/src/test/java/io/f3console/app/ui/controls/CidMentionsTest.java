package io.f3console.app.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class CidMentionsTest {
  @Test
  void findsEachCidNamedInOrderOnceAndNothingThatOnlyLooksLikeOne() throws Exception {
    String table =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json"))
            .toTable()
            .cid()
            .toString();
    String raw = Cid.raw(new byte[] {1, 2, 3}).toString();
    // a base32 word of the right alphabet and length that does not decode as a CID
    String lookalike = "b" + "a".repeat(58);

    List<String> found =
        CidMentions.in(
            List.of(
                "The candidate " + raw + " is not what the sources hold;",
                "the sources agree on " + table + ". Not " + lookalike + ", nor " + raw + ".",
                "bafy2bza (too short) and " + table.toUpperCase()));

    assertThat(found).containsExactly(raw, table);
    assertThat(CidMentions.in("")).isEmpty();
    assertThat(CidMentions.in((String) null)).isEmpty();
  }
}
