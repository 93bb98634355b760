package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ReportFile;
import io.f3console.app.ui.TestWorkspace;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.inspect.PowerTableTimeline;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare mode without a screen: the demo chain, and the real mainnet certificates 0 to 9. */
class CompareViewModelTest {
  @TempDir Path folder;
  private final List<String> notices = new ArrayList<>();

  private CompareViewModel compare(TestWorkspace opened) {
    return new PowerTableViewModel(
            opened.workspace(), opened.runner(), opened.recorder(), page -> {}, notices::add)
        .compare();
  }

  @Test
  void listsExactlyTheDifferencesBetweenTheInitialTableAndALaterCommittee() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CompareViewModel compare = compare(opened);
    PowerTableTimeline timeline = timeline(opened);
    PowerTable initial = opened.table();
    assertThat(compare.resultProperty().get()).as("computed only in compare mode").isNull();

    compare.activeProperty().set(true);
    // By default: the starting table against the last committee the chain reached.
    assertThat(compare.statusProperty().get()).isEqualTo(CompareViewModel.Status.READY);
    assertChanges(
        compare, PowerTableDiff.between(initial, timeline.committee(timeline.lastInstance())));

    choose(compare, false, 25);
    PowerTableDiff diff = PowerTableDiff.between(initial, timeline.committee(25));
    assertThat(diff.changes()).isNotEmpty();
    assertChanges(compare, diff);

    choose(compare, true, 10);
    assertChanges(compare, PowerTableDiff.between(timeline.committee(10), timeline.committee(25)));

    compare.swap();
    assertChanges(compare, PowerTableDiff.between(timeline.committee(25), timeline.committee(10)));
  }

  @Test
  void theKindFilterListsOneKindAndCountsIt() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CompareViewModel compare = compare(opened);
    PowerTableTimeline timeline = timeline(opened);
    PowerTableDiff diff =
        PowerTableDiff.between(opened.table(), timeline.committee(timeline.lastInstance()));
    compare.activeProperty().set(true);
    PowerTableDiff.Kind kind =
        Stream.of(PowerTableDiff.Kind.values())
            .filter(k -> diff.count(k) > 0 && diff.count(k) < diff.changes().size())
            .findFirst()
            .orElseThrow();

    compare.kindFilterProperty().set(kind);
    assertThat(compare.sortedChanges())
        .hasSize((int) diff.count(kind))
        .allMatch(row -> row.kind() == kind);
    assertThat(compare.changeCount().get())
        .isEqualTo(diff.count(kind) + " of " + diff.changes().size() + " changes");

    compare.kindFilterProperty().set(null);
    assertThat(compare.sortedChanges()).hasSize(diff.changes().size());
  }

  @Test
  void aTableComparedWithItselfIsIdentical() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CompareViewModel compare = compare(opened);
    compare.activeProperty().set(true);

    compare.tableBProperty().set(compare.tableAProperty().get());

    assertThat(compare.changes()).isEmpty();
    assertThat(compare.verdictProperty().get()).startsWith("✔ Identical");
    assertThat(compare.markdown()).contains("**identical tables**");
  }

  @Test
  void withoutCertificatesThereIsNothingToCompareWith() throws Exception {
    TestWorkspace opened =
        new TestWorkspace(folder).open(SharedData.file("calibnet_old_initial_power_table.json"));
    CompareViewModel compare = compare(opened);

    compare.activeProperty().set(true);

    assertThat(compare.statusProperty().get()).isEqualTo(CompareViewModel.Status.NO_CHAIN);
    assertThat(compare.verdictProperty().get()).contains("Open finality certificates");
    assertThat(compare.resultProperty().get()).isNull();
    assertThat(compare.markdown()).isEmpty();
  }

  @Test
  void theRealMainnetCertificatesChangeTheSevenParticipantsOfCertificateNine() throws Exception {
    TestWorkspace opened =
        new TestWorkspace(folder)
            .open(
                SharedData.file("mainnet_initial_power_table.json"),
                SharedData.file("mainnet_certs_0_9.json"));
    CompareViewModel compare = compare(opened);
    PowerTableTimeline timeline = timeline(opened);

    compare.activeProperty().set(true);

    // The shared data's README: certificate 9 carries deltas for these seven participants.
    assertThat(compare.changes())
        .extracting(ChangeRow::actor)
        .containsExactly(
            ActorId.of(101020),
            ActorId.of(522948),
            ActorId.of(1052556),
            ActorId.of(1708981),
            ActorId.of(1927220),
            ActorId.of(2825666),
            ActorId.of(2826888));
    PowerTable last = timeline.committee(timeline.lastInstance());
    assertThat(last.cid().toString())
        .isEqualTo("bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i");
    assertChanges(compare, PowerTableDiff.between(opened.table(), last));
    SessionRecord session =
        opened.sessions().stream()
            .filter(record -> record.kind() == SessionKind.COMPARISON)
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(session.summary()).contains("7 participants differ");
  }

  @Test
  void theComparisonIsWrittenAsMarkdown() throws Exception {
    TestWorkspace opened =
        new TestWorkspace(folder)
            .open(
                SharedData.file("mainnet_initial_power_table.json"),
                SharedData.file("mainnet_certs_0_9.json"));
    CompareViewModel compare = compare(opened);
    compare.activeProperty().set(true);

    String markdown = compare.markdown();
    assertThat(markdown)
        .startsWith("# Power table comparison")
        .contains("`" + opened.table().cid() + "`")
        .contains(compare.tableAProperty().get().label())
        .contains(compare.tableBProperty().get().label());
    assertThat(markdown.lines().filter(line -> line.startsWith("| `f0"))).hasSize(7);
    for (ChangeRow row : compare.changes()) {
      assertThat(markdown)
          .contains("| `" + row.actor().address() + "` | " + ChangeRow.word(row.kind()) + " |");
    }

    // what the view's Export… writes (ReportFileTest covers the writing)
    Path file = folder.resolve("comparison.md");
    ReportFile.save(opened.runner(), notices::add, "the comparison", markdown, file);
    assertThat(Files.readString(file)).isEqualTo(markdown);
    assertThat(notices).contains("Saved the comparison to comparison.md");
  }

  @Test
  void whileComparingTheStatusSaysSoAndACancelledComparisonCanBeComputedAgain() {
    TestWorkspace opened = new TestWorkspace(folder).openDemo(DemoNetwork.Scenario.HEALTHY);
    CompareViewModel compare = compare(opened);
    opened.runner().hold();

    compare.activeProperty().set(true);
    assertThat(compare.statusProperty().get()).isEqualTo(CompareViewModel.Status.COMPUTING);
    assertThat(compare.verdictProperty().get()).isEqualTo("Comparing…");
    opened.runner().cancel();
    assertThat(compare.statusProperty().get()).isEqualTo(CompareViewModel.Status.CANCELLED);
    assertThat(compare.verdictProperty().get()).isEqualTo("The comparison was cancelled.");

    compare.recompute();
    opened.runner().runPending();
    assertThat(compare.statusProperty().get()).isEqualTo(CompareViewModel.Status.READY);
    assertThat(compare.resultProperty().get()).isNotNull();
  }

  private static void assertChanges(CompareViewModel compare, PowerTableDiff diff) {
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      assertThat(compare.count(kind)).as("count of %s", kind).isEqualTo(diff.count(kind));
    }
    assertThat(compare.changes())
        .containsExactlyElementsOf(diff.changes().stream().map(ChangeRow::of).toList());
  }

  private static void choose(CompareViewModel compare, boolean a, long instance) {
    TableChoice choice =
        compare.choices().stream().filter(c -> c.instance() == instance).findFirst().orElseThrow();
    (a ? compare.tableAProperty() : compare.tableBProperty()).set(choice);
  }

  private static PowerTableTimeline timeline(TestWorkspace opened) {
    return opened.workspace().chain().orElseThrow().inspection().orElseThrow().timeline();
  }
}
