package io.f3console.app.ui.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.trust.TrustState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PowerTableViewTest {
  private ConsoleFixture console;
  private PowerTable table;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @BeforeEach
  void openDemo() {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    table = console.context().workspace().table().orElseThrow().table();
  }

  /** The figures themselves are checked in PowerTableViewModelTest; here, that they show. */
  @Test
  void showsTheModelsRowsFiguresCidAndTrust(FxRobot robot) {
    PowerTablePage page = new PowerTablePage(console, robot).show();

    List<EntryRow> rows = page.rows();
    assertThat(rows).hasSize(table.size());
    assertThat(rows)
        .extracting(EntryRow::rank)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, table.size()).boxed().toList());
    PowerEntry largest =
        table.entries().stream().max((a, b) -> a.power().compareTo(b.power())).orElseThrow();
    double share =
        new BigDecimal(largest.power().value())
            .divide(new BigDecimal(table.total().value()), MathContext.DECIMAL64)
            .doubleValue();
    assertThat(page.text("#summary-largest")).isEqualTo(Formats.percent(share));
    assertThat(page.text("#summary-largest-detail")).isEqualTo(largest.id().address());
    assertThat(page.text("#summary-entries")).isEqualTo(Formats.integer(table.size()));
    assertThat(page.text("#summary-threshold"))
        .isEqualTo(Formats.integer(table.strongQuorumThreshold()));
    assertThat(page.text("#summary-top-two-thirds-detail"))
        .isEqualTo(
            Formats.integer(PowerTableStatistics.of(table).topReachingQuorum()) + " reach quorum");
    assertThat(page.text("#distribution-caption"))
        .contains("The " + PowerTableStatistics.of(table).topHoldingOneThird() + " largest");
    assertThat(page.text("#filter-count"))
        .isEqualTo(table.size() + " of " + table.size() + " entries");

    CopyableText cid = robot.lookup("#table-cid").queryAs(CopyableText.class);
    assertThat(cid.value()).isEqualTo(table.cid().toString());
    assertThat(page.text("#table-heading"))
        .isEqualTo("Power table · instance 0 · " + table.size() + " entries");
    TrustBadge badge = robot.lookup("#table-trust-badge").queryAs(TrustBadge.class);
    assertThat(badge.getText()).isEqualTo("✔ " + TrustState.VERIFIED.word());
    assertThat(page.text("#trust-explanation")).contains("initial power-table CID published for");

    robot.clickOn("#copy-cid-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(console.context().dialogs().noticeProperty().get()).startsWith("Copied CID");
    assertThat(clipboard()).isEqualTo(table.cid().toString());
  }

  @Test
  void clickingAColumnHeaderSortsByTheNumbersNotTheirText(FxRobot robot) {
    PowerTablePage page = new PowerTablePage(console, robot).show();

    robot.clickOn(header(page, "Power"));
    List<EntryRow> ascending = page.rows();
    assertThat(ascending).hasSize(table.size());
    for (int i = 1; i < ascending.size(); i++) {
      assertThat(ascending.get(i - 1).power()).isLessThanOrEqualTo(ascending.get(i).power());
    }
    assertThat(ascending.get(ascending.size() - 1).rank()).isEqualTo(1);

    robot.clickOn(header(page, "Power"));
    List<EntryRow> descending = page.rows();
    for (int i = 1; i < descending.size(); i++) {
      assertThat(descending.get(i - 1).power()).isGreaterThanOrEqualTo(descending.get(i).power());
    }

    robot.clickOn(header(page, "Scaled"));
    List<EntryRow> byScaled = page.rows();
    for (int i = 1; i < byScaled.size(); i++) {
      assertThat(byScaled.get(i - 1).scaledPower())
          .isLessThanOrEqualTo(byScaled.get(i).scaledPower());
    }
    // As text, "902" would sort after "14,975": the numbers decide.
    assertThat(byScaled.get(byScaled.size() - 1).scaledPower())
        .isEqualTo(
            IntStream.range(0, table.size()).mapToLong(table::scaledPower).max().orElseThrow());

    robot.clickOn(header(page, "Actor"));
    List<EntryRow> byActor = page.rows();
    for (int i = 1; i < byActor.size(); i++) {
      assertThat(
              Long.compareUnsigned(
                  byActor.get(i - 1).actor().bits(), byActor.get(i).actor().bits()))
          .isNegative();
    }
  }

  /** Every kind of filter word is checked in PowerTableViewModelTest; here, the field. */
  @Test
  void controlFFocusesTheFilterWhereTypingNarrowsTheRowsAndEscapeRestoresThem(FxRobot robot) {
    PowerTablePage page = new PowerTablePage(console, robot).show();
    robot.clickOn("#entry-table");
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#table-filter").queryAs(TextField.class).isFocused()).isTrue();
    String prefix = table.entry(0).id().address().substring(0, 5);
    long expected = table.entries().stream().filter(e -> e.id().address().contains(prefix)).count();
    assertThat(expected).isBetween(1L, (long) table.size() - 1);

    robot.write(prefix);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.rows())
        .hasSize((int) expected)
        .allMatch(row -> row.actor().address().contains(prefix));
    assertThat(page.text("#filter-count")).isEqualTo(expected + " of " + table.size() + " entries");

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.rows()).hasSize(table.size());
  }

  @Test
  void selectingARowSelectsTheParticipantRowsCopyAndTheButtonShowsItsWorkerKey(FxRobot robot) {
    PowerTablePage page = new PowerTablePage(console, robot).show();
    TableView<EntryRow> entries = page.entries();
    WaitForAsyncUtils.asyncFx(() -> entries.getSelectionModel().select(2));
    WaitForAsyncUtils.waitForFxEvents();

    EntryRow third = page.rows().get(2);
    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(third.actor());

    robot.clickOn(entries);
    WaitForAsyncUtils.asyncFx(() -> entries.getSelectionModel().select(third));
    WaitForAsyncUtils.waitForFxEvents();
    robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(clipboard())
        .isEqualTo(third.asText())
        .startsWith(third.rank() + "\t" + third.actor().address() + "\t")
        .contains(third.key().toHex());
    assertThat(console.context().dialogs().noticeProperty().get()).startsWith("Copied row");

    // A participant looked up elsewhere that is not in this table leaves no row highlighted.
    WaitForAsyncUtils.asyncFx(
        () ->
            console
                .context()
                .workspace()
                .selectedActorProperty()
                .set(io.f3console.core.gpbft.ActorId.of(987_654_321L)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(entries.getSelectionModel().getSelectedItem()).isNull();

    // The row's context menu (fired directly: Monocle does not open context menus).
    EntryRow first = page.rows().get(0);
    javafx.scene.control.TableRow<?> firstRow =
        entries.lookupAll(".table-row-cell").stream()
            .map(node -> (javafx.scene.control.TableRow<?>) node)
            .filter(row -> row.isVisible() && row.getIndex() == 0)
            .findFirst()
            .orElseThrow();
    assertThat(firstRow.getContextMenu().getItems())
        .extracting(MenuItem::getText)
        .containsExactly(
            "Copy actor",
            "Copy key (hex)",
            "Copy key (base64, as in Lotus JSON)",
            "Copy row",
            null,
            "Worker key ▸");
    fire(firstRow, "Copy actor");
    assertThat(clipboard()).isEqualTo(first.actor().address());
    fire(firstRow, "Copy key (hex)");
    assertThat(clipboard()).isEqualTo(first.key().toHex());
    fire(firstRow, "Copy key (base64, as in Lotus JSON)");
    assertThat(clipboard()).isEqualTo(first.key().toBase64());

    WaitForAsyncUtils.asyncFx(() -> entries.getSelectionModel().select(2));
    robot.clickOn("#worker-key-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.WORKER_KEYS);
  }

  @Test
  void tabFromTheFilterReachesTheTableWhereSpaceSelectsARowAndEnablesWorkerKey(FxRobot robot) {
    PowerTablePage page = new PowerTablePage(console, robot).show();
    TableView<EntryRow> entries = page.entries();
    WaitForAsyncUtils.asyncFx(() -> entries.getSelectionModel().clearSelection());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#worker-key-button").query().isDisabled()).isTrue();
    robot.clickOn("#table-filter");

    robot.type(KeyCode.TAB);
    assertThat(console.scene().getFocusOwner()).isSameAs(entries);
    assertThat(entries.getFocusModel().getFocusedIndex()).isZero();
    robot.type(KeyCode.SPACE);

    List<EntryRow> rows = page.rows();
    assertThat(entries.getSelectionModel().getSelectedItem()).isEqualTo(rows.get(0));
    assertThat(robot.lookup("#worker-key-button").query().isDisabled()).isFalse();
    robot.type(KeyCode.DOWN);
    assertThat(entries.getSelectionModel().getSelectedItem()).isEqualTo(rows.get(1));
    assertThat(console.context().workspace().selectedActorProperty().get())
        .isEqualTo(rows.get(1).actor());
    robot.type(KeyCode.ENTER);
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.WORKER_KEYS);
  }

  @Test
  void theViewShortcutPutsTheKeyboardInTheTable(FxRobot robot) {
    new PowerTablePage(console, robot).show();
    console.navigate(Page.OVERVIEW);

    robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
    PowerTablePage page = new PowerTablePage(console, robot).awaitReady();

    assertThat(console.scene().getFocusOwner()).isSameAs(page.entries());
    robot.type(KeyCode.DOWN);
    assertThat(page.entries().getSelectionModel().getSelectedIndex()).isGreaterThanOrEqualTo(0);
    assertThat(robot.lookup("#worker-key-button").query().isDisabled()).isFalse();
  }

  @Test
  void theViewShortcutPutsTheKeyboardInTheTableWhenTheViewIsFirstShown(FxRobot robot) {
    robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
    PowerTablePage page = new PowerTablePage(console, robot).awaitReady();

    assertThat(console.scene().getFocusOwner()).isSameAs(page.entries());
    robot.type(KeyCode.SPACE);
    assertThat(page.entries().getSelectionModel().getSelectedIndex()).isZero();
    assertThat(robot.lookup("#worker-key-button").query().isDisabled()).isFalse();
  }

  /** The committee's figures and trust are checked in PowerTableViewModelTest. */
  @Test
  void choosingALaterInstanceShowsItsCommittee(FxRobot robot) {
    PowerTablePage page = new PowerTablePage(console, robot).show();
    ChainInspection inspection =
        console.context().workspace().chain().orElseThrow().inspection().orElseThrow();
    PowerTable committee = inspection.timeline().committee(30);
    @SuppressWarnings("unchecked")
    ComboBox<TableChoice> choice = robot.lookup("#table-choice").queryAs(ComboBox.class);

    WaitForAsyncUtils.asyncFx(
        () ->
            choice.setValue(
                choice.getItems().stream()
                    .filter(c -> c.instance() == 30)
                    .findFirst()
                    .orElseThrow()));
    page.awaitReady();

    assertThat(page.rows()).hasSize(committee.size());
    assertThat(robot.lookup("#table-cid").queryAs(CopyableText.class).value())
        .isEqualTo(committee.cid().toString());
    assertThat(page.text("#trust-explanation")).contains("30 validated certificates");
  }

  private static void fire(javafx.scene.control.Control owner, String item) {
    WaitForAsyncUtils.asyncFx(
        () ->
            owner.getContextMenu().getItems().stream()
                .filter(menuItem -> item.equals(menuItem.getText()))
                .findFirst()
                .orElseThrow()
                .fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String clipboard() {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
  }

  private static javafx.scene.Node header(PowerTablePage page, String title) {
    TableView<EntryRow> entries = page.entries();
    return entries.lookupAll(".column-header").stream()
        .filter(
            node ->
                node instanceof javafx.scene.control.skin.TableColumnHeader header
                    && header.getTableColumn() != null
                    && header.getTableColumn().getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + title));
  }
}
