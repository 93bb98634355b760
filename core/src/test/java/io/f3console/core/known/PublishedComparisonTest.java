package io.f3console.core.known;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedComparisonTest {
  @TempDir Path temp;

  /** The real mainnet table with entry 3's power doubled and entry 7 dropped. */
  static PowerTable modified(PowerTable real) throws Exception {
    List<PowerEntry> entries = new ArrayList<>(real.entries());
    PowerEntry changed = entries.get(3);
    entries.set(
        3,
        new PowerEntry(
            changed.id(), StoragePower.of(changed.power().value().shiftLeft(1)), changed.pubKey()));
    entries.remove(7);
    return PowerTable.of(entries);
  }

  private PublishedTables store() {
    return PublishedTables.besideHistory(temp.resolve("history.db"));
  }

  @Test
  void namesTheEntriesThatDifferFromTheRememberedTable() throws Exception {
    PowerTable real = PublishedTablesTest.mainnet();
    PublishedTables store = store();
    store.remember(real);
    PowerTable table = modified(real);

    PublishedComparison comparison =
        PublishedComparison.of(table, PublishedTablesTest.mainnetProfile(), store).orElseThrow();

    assertThat(comparison.kind()).isEqualTo(PublishedComparison.Kind.ENTRIES_DIFFER);
    assertThat(comparison.differing()).isEqualTo(2);
    assertThat(comparison.summary())
        .isEqualTo(
            "2 entries differ from mainnet's published"
                + " initial table (remembered): 1 changed power, 1 missing.");
    assertThat(comparison.entries()).hasSize(2);
    assertThat(String.join("\n", comparison.entries()))
        .contains(real.entry(3).id().address() + ": power ")
        .contains(real.entry(7).id().address() + ": missing (");
    assertThat(comparison.hint()).isEmpty();
  }

  @Test
  void saysOnlyTheOrderDiffersForTheSameEntriesReordered() throws Exception {
    PowerTable real = PublishedTablesTest.mainnet();
    PublishedTables store = store();
    store.remember(real);
    List<PowerEntry> reversed = new ArrayList<>(real.entries());
    Collections.reverse(reversed);

    PublishedComparison comparison =
        PublishedComparison.of(PowerTable.of(reversed), PublishedTablesTest.mainnetProfile(), store)
            .orElseThrow();

    assertThat(comparison.kind()).isEqualTo(PublishedComparison.Kind.SAME_ENTRIES_OTHER_ORDER);
    assertThat(comparison.summary()).contains("only their order differs");
  }

  @Test
  void saysHowToGetThePublishedTableWhenItIsNotRemembered() throws Exception {
    PowerTable table = modified(PublishedTablesTest.mainnet());

    PublishedComparison comparison =
        PublishedComparison.of(table, PublishedTablesTest.mainnetProfile(), store()).orElseThrow();

    assertThat(comparison.kind()).isEqualTo(PublishedComparison.Kind.NOT_REMEMBERED);
    assertThat(comparison.comparedEntries()).isFalse();
    assertThat(comparison.summary()).contains("not remembered here", "Only the CIDs were compared");
    assertThat(comparison.hint().orElseThrow())
        .contains("f3console powertable fetch --instance 0 --rpc URL", "snapshot");
  }

  @Test
  void aRefusedCopyIsNotComparedWith() throws Exception {
    PowerTable real = PublishedTablesTest.mainnet();
    PublishedTables store = store();
    store.remember(real);
    java.nio.file.Files.write(store.fileOf(real.cid()), new byte[] {1, 2, 3});

    PublishedComparison comparison =
        PublishedComparison.of(modified(real), PublishedTablesTest.mainnetProfile(), store)
            .orElseThrow();

    assertThat(comparison.kind()).isEqualTo(PublishedComparison.Kind.REMEMBERED_REFUSED);
    assertThat(comparison.summary()).contains("refused");
    assertThat(comparison.hint()).isPresent();
  }

  @Test
  void aNetworkWithoutAPublishedCidHasNothingToCompareWith() throws Exception {
    var butterfly =
        io.f3console.core.network.NetworkProfiles.builtIn().byKey("butterfly").orElseThrow();

    assertThat(PublishedComparison.of(PublishedTablesTest.mainnet(), butterfly, store())).isEmpty();
  }
}
