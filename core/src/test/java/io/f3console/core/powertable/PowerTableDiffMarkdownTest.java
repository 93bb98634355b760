package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real mainnet initial table against tables built from it with known changes. */
class PowerTableDiffMarkdownTest {
  private static PowerTable mainnet;

  private static boolean dataRead;

  /** Read before the first test, so a missing file skips each test, never the class. */
  @BeforeEach
  void read() throws Exception {
    if (dataRead) {
      return;
    }
    mainnet = PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    dataRead = true;
  }

  @Test
  void listsEachChangedParticipantWithItsPowersDeltaAndKeys() throws Exception {
    List<PowerEntry> entries = new ArrayList<>(mainnet.entries());
    PowerEntry repowered = entries.get(10);
    PowerEntry removed = entries.get(20);
    PowerEntry rekeyed = entries.get(30);
    PowerEntry keyDonor = entries.get(31);
    BigInteger more = BigInteger.ONE.shiftLeft(50);
    entries.set(
        10,
        new PowerEntry(
            repowered.id(),
            StoragePower.of(repowered.power().value().add(more)),
            repowered.pubKey()));
    entries.set(30, new PowerEntry(rekeyed.id(), rekeyed.power(), keyDonor.pubKey()));
    entries.remove(20);
    PowerTable changed = PowerTable.of(entries);

    String markdown =
        PowerTableDiffMarkdown.of(
            PowerTableDiff.between(mainnet, changed), "mainnet initial table", "edited copy");

    assertThat(markdown)
        .startsWith("# Power table comparison\n")
        .contains("- A (before): mainnet initial table, CID `" + mainnet.cid() + "`, 1560 entries")
        .contains("- B (after): edited copy, CID `" + changed.cid() + "`, 1559 entries")
        .contains("- Result: **3 participants differ**")
        .contains("| added | 0 |", "| removed | 1 |", "| re-powered | 1 |", "| re-keyed | 1 |");
    List<String> rows = markdown.lines().filter(line -> line.startsWith("| `f0")).toList();
    assertThat(rows).hasSize(3);
    assertThat(row(rows, repowered))
        .contains("| re-powered |")
        .contains("| +" + more + " |")
        .contains(PowerUnits.format(repowered.power()))
        .contains(PowerUnits.format(repowered.power().add(StoragePower.of(more))));
    assertThat(row(rows, removed))
        .contains("| removed |")
        .contains("| -" + removed.power().value() + " |")
        .endsWith("| `" + removed.pubKey().toHex() + "` | — |");
    assertThat(row(rows, rekeyed))
        .contains("| re-keyed |")
        .contains("| 0 |")
        .endsWith("| `" + rekeyed.pubKey().toHex() + "` | `" + keyDonor.pubKey().toHex() + "` |");
  }

  @Test
  void identicalTablesSayOnlyThatAndListNothing() {
    String markdown = PowerTableDiffMarkdown.of(PowerTableDiff.between(mainnet, mainnet), "A", "B");

    assertThat(markdown).contains("- Result: **identical tables**").doesNotContain("| Actor");
  }

  @Test
  void theSameEntriesInAnotherOrderOnlyChangeTheCid() throws Exception {
    List<PowerEntry> reversed = new ArrayList<>(mainnet.entries());
    java.util.Collections.reverse(reversed);
    PowerTable other = PowerTable.of(reversed);

    String markdown = PowerTableDiffMarkdown.of(PowerTableDiff.between(mainnet, other), "A", "B");

    assertThat(other.cid()).isNotEqualTo(mainnet.cid());
    assertThat(markdown).contains("only the CID differs").doesNotContain("| Actor");
  }

  private static String row(List<String> rows, PowerEntry entry) {
    return rows.stream()
        .filter(line -> line.startsWith("| `" + entry.id().address() + "` |"))
        .findFirst()
        .orElseThrow();
  }
}
