package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.KeyboardShortcuts.Shortcut;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.sim.DemoNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console from the keyboard: mnemonics on every menu, the shortcuts dialog listing every
 * accelerator the menus bind, Tab reaching click-to-copy values with a visible focus ring and never
 * landing on something hidden.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  private MenuBar menuBar(FxRobot robot) {
    return robot.lookup(".menu-bar").queryAs(MenuBar.class);
  }

  private static List<MenuItem> items(List<? extends MenuItem> items) {
    List<MenuItem> all = new ArrayList<>();
    for (MenuItem item : items) {
      all.add(item);
      if (item instanceof Menu menu) {
        all.addAll(items(menu.getItems()));
      }
    }
    return all;
  }

  @Test
  void everyMenuAndMenuItemHasAMnemonic(FxRobot robot) {
    List<Menu> menus = menuBar(robot).getMenus();
    assertThat(menus).extracting(Menu::getText).containsExactly("_File", "_View", "_Help");
    for (Menu menu : menus) {
      for (MenuItem item : items(menu.getItems())) {
        if (item instanceof SeparatorMenuItem
            || item.getId() != null && item.getId().startsWith("menu-published-")) {
          continue;
        }
        assertThat(item.isMnemonicParsing()).as(item.getText()).isTrue();
        assertThat(item.getText()).as(menu.getText() + " ▸ " + item.getText()).contains("_");
      }
      List<Character> letters =
          menu.getItems().stream()
              .filter(item -> item.getText() != null && item.getText().contains("_"))
              .map(
                  item ->
                      Character.toLowerCase(item.getText().charAt(item.getText().indexOf('_') + 1)))
              .toList();
      assertThat(letters).as(menu.getText()).doesNotHaveDuplicates();
    }
  }

  @Test
  void theShortcutsDialogListsEveryAcceleratorTheMenusBind(FxRobot robot) {
    List<KeyCombination> accelerators = new ArrayList<>();
    for (Menu menu : menuBar(robot).getMenus()) {
      items(menu.getItems()).stream()
          .map(MenuItem::getAccelerator)
          .filter(a -> a != null)
          .forEach(accelerators::add);
    }
    assertThat(accelerators).hasSizeGreaterThanOrEqualTo(Page.values().length + 5);
    List<Optional<KeyCombination>> listed =
        KeyboardShortcuts.all().stream().map(Shortcut::combination).toList();
    for (KeyCombination accelerator : accelerators) {
      assertThat(listed).as(accelerator.getDisplayText()).contains(Optional.of(accelerator));
    }

    robot.type(KeyCode.F1);

    @SuppressWarnings("unchecked")
    TableView<Shortcut> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
    assertThat(table.getItems()).containsExactlyElementsOf(KeyboardShortcuts.all());
    List<String> keys = table.getItems().stream().map(Shortcut::keys).toList();
    for (KeyCombination accelerator : accelerators) {
      assertThat(keys).contains(accelerator.getDisplayText());
    }
    assertThat(keys).contains("← →", "↑ ↓");
    robot.clickOn("Close");
  }

  @Test
  void altAndTheUnderlinedLetterOpenAMenu(FxRobot robot) {
    Menu help = menuBar(robot).getMenus().get(2);

    robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(help.isShowing()).isTrue();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void tabReachesTheTableCidWhichShowsAFocusRingAndCopiesWithSpace(FxRobot robot) {
    console.showDemo(DemoNetwork.Scenario.HEALTHY, Page.POWER_TABLE);
    CopyableText cid = robot.lookup("#table-cid").queryAs(CopyableText.class);
    Node navigation = robot.lookup("#navigation").query();
    WaitForAsyncUtils.asyncFx(navigation::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    double widthBefore = cid.getWidth();

    robot.type(KeyCode.TAB);

    assertThat(console.scene().getFocusOwner()).isSameAs(cid);
    BorderStroke ring = cid.getBorder().getStrokes().get(0);
    assertThat(ring.getTopStroke()).isInstanceOf(Color.class);
    assertThat(((Color) ring.getTopStroke()).getOpacity()).isEqualTo(1.0);
    assertThat(cid.getWidth()).isEqualTo(widthBefore);
    robot.type(KeyCode.SPACE);
    assertThat(console.context().dialogs().noticeProperty().get()).startsWith("Copied CID");
  }

  @Test
  void tabNeverLandsOnAnythingHidden(FxRobot robot) {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    for (Page page : new Page[] {Page.POWER_TABLE, Page.CERTIFICATES}) {
      console.navigate(page);
      console.awaitIdle();
      Node navigation = robot.lookup("#navigation").query();
      WaitForAsyncUtils.asyncFx(navigation::requestFocus);
      WaitForAsyncUtils.waitForFxEvents();
      for (int i = 0; i < 25; i++) {
        robot.type(KeyCode.TAB);
        Node owner = console.scene().getFocusOwner();
        assertThat(owner).as(page + " tab " + i).isNotNull();
        for (Node n = owner; n != null; n = n.getParent()) {
          assertThat(n.isVisible()).as(page + " tab " + i + ": " + owner).isTrue();
        }
        assertThat(owner.getId()).as(page + " tab " + i).isNotEqualTo("status-bar");
      }
    }
  }
}
