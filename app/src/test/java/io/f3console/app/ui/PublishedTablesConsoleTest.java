package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real network tables, remembered, in the console: a published initial table kept beside the
 * history is offered beside the demo networks and opens from the store, and one seen once is
 * offered from then on.
 */
@ExtendWith(ApplicationExtension.class)
class PublishedTablesConsoleTest {
  static final String TITLE = "Mainnet at bootstrap (real data)";
  private ConsoleFixture console;
  private Path database;

  @Start
  void start(Stage stage) throws Exception {
    database = TestHistory.newDatabase();
    console = ConsoleFixture.start(stage, Optional.of(database));
  }

  /** The real mainnet table, read when a test needs it, so without the data it is skipped. */
  private static PowerTable mainnet() throws Exception {
    return PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
  }

  private void remember() throws Exception {
    PublishedTables.besideHistory(database).remember(mainnet());
  }

  private static List<String> offeredInTheMenu(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Menu networks =
        bar.getMenus().get(0).getItems().stream()
            .filter(item -> "menu-networks".equals(item.getId()))
            .map(Menu.class::cast)
            .findFirst()
            .orElseThrow();
    return networks.getItems().stream()
        .map(MenuItem::getText)
        .filter(text -> text != null && !text.isEmpty())
        .toList();
  }

  @Test
  void nothingIsOfferedBeforeAPublishedTableWasSeen(FxRobot robot) {
    console.awaitIdle();

    assertThat(console.context().publishedTables()).isEmpty();
    assertThat(offeredInTheMenu(robot)).hasSize(2).noneMatch(text -> text.contains("real data"));
    assertThat(robot.lookup("#overview-published-mainnet").tryQuery()).isEmpty();
  }

  @Test
  void theRealMainnetTableSeenOnceIsOfferedFromThenOnBesideTheDemos(FxRobot robot) {
    console.open(SharedData.file("mainnet_initial_power_table.json"));
    console.awaitIdle();

    assertThat(PublishedTables.besideHistory(database).found()).hasSize(1);
    assertThat(console.context().publishedTables())
        .extracting(t -> t.title())
        .containsExactly(TITLE);
    assertThat(offeredInTheMenu(robot)).hasSize(3).last().isEqualTo(TITLE);
    assertThat(robot.lookup("#overview-published-mainnet").queryButton().getText())
        .isEqualTo(TITLE);
  }

  @Test
  void theRememberedTableOpensFromTheStoreVerifiedWithNoCertificates(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    remember();
    // a console started later, offline and without a history, offers what the store keeps
    ConsoleContext later =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(
                () ->
                    new ConsoleContext(
                        NetworkProfiles.builtIn(),
                        DemoNetwork.builtIn(),
                        Optional.empty(),
                        PublishedTables.besideHistory(database))));
    waitUntil(() -> later.publishedTables().size() == 1);
    assertThat(later.publishedTables().get(0).title()).isEqualTo(TITLE);
    later.close();
    // opened from the store: no file, node or network access
    WaitForAsyncUtils.asyncFx(
        () -> console.context().loader().openPublished(later.publishedTables().get(0)));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();

    LoadedTable table = console.context().workspace().table().orElseThrow();
    assertThat(table.title()).isEqualTo(TITLE);
    assertThat(table.table()).isEqualTo(mainnet());
    assertThat(table.trust().state()).isEqualTo(TrustState.VERIFIED);
    assertThat(console.context().workspace().network().key()).isEqualTo("mainnet");
    assertThat(console.context().workspace().chain()).isEmpty();
    assertThat(console.context().workspace().synthetic()).isFalse();
  }

  @Test
  void theOverviewButtonOpensTheRememberedTable(FxRobot robot) {
    console.open(SharedData.file("mainnet_initial_power_table.json"));
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.OVERVIEW);

    robot.clickOn("#overview-published-mainnet");
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();

    assertThat(console.context().workspace().table().orElseThrow().title()).isEqualTo(TITLE);
    assertThat(console.context().workspace().table().orElseThrow().trust().isVerified()).isTrue();
  }

  @Test
  void publishedTablesAreKeptWithoutTheHistoryToo(@TempDir Path temp) throws Exception {
    Path table = SharedData.file("mainnet_initial_power_table.json");
    PublishedTables store = PublishedTables.besideHistory(temp.resolve("history.db"));
    ConsoleContext off =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(
                () ->
                    new ConsoleContext(
                        NetworkProfiles.builtIn(),
                        DemoNetwork.builtIn(),
                        Optional.empty(),
                        store)));
    WaitForAsyncUtils.asyncFx(() -> off.loader().openFiles(List.of(table)));
    waitUntil(() -> off.publishedTables().size() == 1);
    off.close();

    assertThat(off.history().file()).isEmpty();
    assertThat(store.found()).hasSize(1);
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(
          60,
          TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition)));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not within a minute", e);
    }
  }
}
