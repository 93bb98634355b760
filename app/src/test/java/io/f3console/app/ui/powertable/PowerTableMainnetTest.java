package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.DataFile;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real mainnet initial power table, opened as a file. */
@ExtendWith(ApplicationExtension.class)
class PowerTableMainnetTest {
  private static final String FILE = "mainnet_initial_power_table.json";
  private static final String CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void showsTheMainnetInitialTableWithItsDocumentedFiguresAndSortsItsActorsAsNumbers(FxRobot robot)
      throws Exception {
    Path file = SharedData.file(FILE);
    // As the console starts: on the demo network, then a file is opened.
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    PowerTablePage page = new PowerTablePage(console, robot).show();

    // The time is taken on the FX thread at the first layout pulse that shows the new table.
    AtomicLong shown = new AtomicLong();
    Runnable pulse =
        () -> {
          if (shown.get() == 0
              && page.entries().getItems().size() == 1560
              && !page.node("#computing-placeholder").isVisible()
              && page.node("#table-split").isVisible()) {
            shown.set(System.nanoTime());
          }
        };
    WaitForAsyncUtils.asyncFx(() -> console.scene().addPostLayoutPulseListener(pulse));
    long start = System.nanoTime();
    console.open(file);
    page.awaitReady();
    WaitForAsyncUtils.asyncFx(() -> console.scene().removePostLayoutPulseListener(pulse));
    assertThat(shown.get()).isNotZero();
    System.out.printf(
        "Power table view: the mainnet initial table (1,560 entries) was read,"
            + " analysed and shown in %d ms%n",
        (shown.get() - start) / 1_000_000);

    PowerTable table = DataFile.read(file).table().orElseThrow().toTable();
    PowerTableStatistics statistics = PowerTableStatistics.of(table);
    KeyAudit keys = KeyAudit.of(table);
    assertThat(page.rows()).hasSize(table.size()).hasSize(1560);
    assertThat(page.text("#summary-entries")).isEqualTo("1,560");
    assertThat(page.text("#summary-threshold"))
        .isEqualTo(Formats.integer(table.strongQuorumThreshold()))
        .isEqualTo("43,176");
    assertThat(page.text("#summary-scaled-total"))
        .isEqualTo(Formats.integer(table.scaledTotal()))
        .isEqualTo("64,763");
    long zeroScaled =
        IntStream.range(0, table.size()).filter(i -> table.scaledPower(i) == 0).count();
    assertThat(page.text("#summary-zero-scaled"))
        .isEqualTo(Formats.integer(zeroScaled))
        .isEqualTo("153");
    assertThat(page.text("#summary-shared-keys"))
        .isEqualTo(String.valueOf(keys.sharedKeys().size()))
        .isEqualTo("24");
    assertThat(page.text("#summary-invalid-keys")).isEqualTo("0");
    assertThat(page.text("#summary-top-one-third"))
        .isEqualTo(Formats.integer(statistics.topHoldingOneThird()));
    assertThat(page.text("#summary-top-two-thirds"))
        .isEqualTo(Formats.integer(statistics.topHoldingTwoThirds()));
    assertThat(robot.lookup("#table-cid").queryAs(CopyableText.class).value())
        .isEqualTo(table.cid().toString())
        .isEqualTo(CID);
    assertThat(robot.lookup("#table-trust-badge").queryAs(TrustBadge.class).getText())
        .isEqualTo("✔ " + TrustState.VERIFIED.word());

    PowerEntry largest =
        table.entries().stream().max((a, b) -> a.power().compareTo(b.power())).orElseThrow();
    assertThat(page.rows().get(0).actor()).isEqualTo(largest.id());
    assertThat(page.text("#summary-largest-detail")).isEqualTo(largest.id().address());
    assertThat(page.text("#summary-largest"))
        .isEqualTo(Formats.percent(statistics.rows().get(0).share()));

    // Sorting by actor compares the IDs as numbers.
    TableView<EntryRow> entries = page.entries();

    WaitForAsyncUtils.asyncFx(
        () -> {
          entries.getSortOrder().setAll(List.of(entries.getColumns().get(1)));
        });
    WaitForAsyncUtils.waitForFxEvents();

    List<EntryRow> rows = page.rows();
    List<Long> ids = rows.stream().map(row -> row.actor().bits()).toList();
    assertThat(ids).isSorted();
    List<String> asText = rows.stream().map(row -> row.actor().address()).sorted().toList();
    // Mainnet IDs have different lengths, so text order would differ from this one.
    assertThat(rows.stream().map(row -> row.actor().address()).toList()).isNotEqualTo(asText);
    assertThat(
            rows.stream()
                .map(EntryRow::actor)
                .collect(Collectors.toMap(Function.identity(), row -> 1, Integer::sum)))
        .hasSize(1560);
  }
}
