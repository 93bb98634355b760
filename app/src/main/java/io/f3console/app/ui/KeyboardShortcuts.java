package io.f3console.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the console, in one place: the menus take their accelerators from
 * here, the views their key combinations, and <em>Help ▸ Keyboard shortcuts</em> lists {@link
 * #all()}, so the list cannot drift from what is bound.
 */
public final class KeyboardShortcuts {
  public static final KeyCombination OPEN = shortcut(KeyCode.O);
  public static final KeyCombination OPEN_SOURCE =
      new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  public static final KeyCombination CONNECT = shortcut(KeyCode.K);
  public static final KeyCombination FOLLOW = shortcut(KeyCode.L);
  public static final KeyCombination QUIT = shortcut(KeyCode.Q);
  public static final KeyCombination FIND = shortcut(KeyCode.F);
  public static final KeyCombination COPY = shortcut(KeyCode.C);
  public static final KeyCombination SHOW_SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

  /** Where a shortcut works. */
  public enum Scope {
    EVERYWHERE("Everywhere"),
    CERTIFICATES("Certificates"),
    POWER_TABLE("Power table"),
    PASTE_LOGS("The Doctor's Paste logs… window"),
    VALUES("A CID, key or actor (click-to-copy values)"),
    TABLES("Lists and tables");

    private final String title;

    Scope(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /**
   * One shortcut: the keys as people read them, what they do and where; the combination when it is
   * one (menu accelerators and view shortcuts), empty for plain keys such as the arrows.
   */
  public record Shortcut(
      String keys, String action, Scope scope, Optional<KeyCombination> combination) {

    static Shortcut of(KeyCombination combination, String action, Scope scope) {
      return new Shortcut(combination.getDisplayText(), action, scope, Optional.of(combination));
    }

    static Shortcut keys(String keys, String action, Scope scope) {
      return new Shortcut(keys, action, scope, Optional.empty());
    }
  }

  private KeyboardShortcuts() {}

  /** The shortcut that shows a page: Ctrl+1 … Ctrl+9, then Ctrl+0; none after the tenth. */
  public static Optional<KeyCombination> page(Page page) {
    int n = page.ordinal() + 1;
    KeyCode digit =
        n <= 9 ? KeyCode.getKeyCode(String.valueOf(n)) : n == 10 ? KeyCode.DIGIT0 : null;
    return Optional.ofNullable(digit).map(KeyboardShortcuts::shortcut);
  }

  /** Every shortcut, in the order the shortcuts dialog lists them. */
  public static List<Shortcut> all() {
    List<Shortcut> all = new ArrayList<>();
    all.add(Shortcut.of(OPEN, "Open files", Scope.EVERYWHERE));
    all.add(Shortcut.of(OPEN_SOURCE, "Open a source (snapshot, CAR, node)", Scope.EVERYWHERE));
    all.add(Shortcut.of(CONNECT, "Connect to a node", Scope.EVERYWHERE));
    all.add(Shortcut.of(FOLLOW, "Follow the node live (on or off)", Scope.EVERYWHERE));
    all.add(Shortcut.of(QUIT, "Quit", Scope.EVERYWHERE));
    for (Page page : Page.values()) {
      page(page)
          .ifPresent(keys -> all.add(Shortcut.of(keys, "Show " + page.title(), Scope.EVERYWHERE)));
    }
    all.add(Shortcut.of(SHOW_SHORTCUTS, "This list of keyboard shortcuts", Scope.EVERYWHERE));
    all.add(
        Shortcut.keys(
            "Alt+F, Alt+V, Alt+H",
            "Open the File, View or Help menu; then the" + " underlined letter chooses",
            Scope.EVERYWHERE));
    all.add(
        Shortcut.keys(
            "Tab, Shift+Tab", "Move the focus to the next or previous control", Scope.EVERYWHERE));
    all.add(Shortcut.keys("← →", "Previous or next validation stage", Scope.CERTIFICATES));
    all.add(
        Shortcut.keys(
            "↑ ↓", "Previous or next certificate, at the same stage", Scope.CERTIFICATES));
    all.add(Shortcut.keys("Home, End", "First or last stage", Scope.CERTIFICATES));
    all.add(Shortcut.of(FIND, "Filter the entries", Scope.POWER_TABLE));
    all.add(Shortcut.keys("Esc", "Clear the filter (in the filter field)", Scope.POWER_TABLE));
    all.add(
        Shortcut.keys(
            "Enter", "Show the selected entry's worker key (in the table)", Scope.POWER_TABLE));
    all.add(Shortcut.keys("Ctrl+Enter", "Read the pasted lines", Scope.PASTE_LOGS));
    all.add(Shortcut.keys("↑ ↓, Page Up, Page Down", "Move the selected row", Scope.TABLES));
    all.add(Shortcut.keys("Space", "Select the row with the focus", Scope.TABLES));
    all.add(Shortcut.of(COPY, "Copy the value with the focus", Scope.VALUES));
    all.add(Shortcut.keys("Enter, Space", "Copy the value with the focus", Scope.VALUES));
    return List.copyOf(all);
  }

  private static KeyCombination shortcut(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
  }
}
