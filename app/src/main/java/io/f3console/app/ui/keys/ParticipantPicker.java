package io.f3console.app.ui.keys;

import io.f3console.core.gpbft.ActorId;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A field for choosing a participant by typing {@code f01234} or {@code 1234}: suggestions drop
 * down while typing; Enter chooses what was typed (or the closest suggestion); Escape or leaving
 * the field puts back the participant shown.
 */
public final class ParticipantPicker extends TextField {
  static final int SUGGESTIONS = 10;

  private final ContextMenu menu = new ContextMenu();
  private BiFunction<String, Integer, List<ParticipantRow>> suggestions =
      (text, limit) -> List.of();
  private Predicate<String> onChoose = text -> false;
  private Consumer<ActorId> onPick = actor -> {};
  private ActorId shown;
  private boolean updating;

  public ParticipantPicker() {
    setPromptText("f01234 or 1234");
    getStyleClass().add("keys-picker");
    menu.setId("participant-suggestions");
    textProperty()
        .addListener(
            (obs, old, text) -> {
              if (!updating && isFocused()) {
                suggest(text);
              }
            });
    setOnAction(e -> choose());
    // The open suggestion menu takes Enter; unless a suggestion is highlighted, Enter chooses
    // what was typed.
    menu.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && !suggestionHighlighted()) {
            e.consume();
            choose();
          }
        });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            menu.hide();
            show(shown);
          }
        });
    focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                menu.hide();
                show(shown);
              }
            });
  }

  private void choose() {
    if (onChoose.test(getText())) {
      menu.hide();
      show(shown);
    }
  }

  private boolean suggestionHighlighted() {
    return menu.getItems().stream()
        .map(MenuItem::getStyleableNode)
        .anyMatch(node -> node != null && node.isFocused());
  }

  /** Where suggestions come from: the text typed and how many to give. */
  public void setSuggestions(BiFunction<String, Integer, List<ParticipantRow>> source) {
    this.suggestions = source;
  }

  /** What Enter does with the text; returns whether it chose someone. */
  public void setOnChoose(Predicate<String> choose) {
    this.onChoose = choose;
  }

  /** What choosing a suggestion does. */
  public void setOnPick(Consumer<ActorId> pick) {
    this.onPick = pick;
  }

  /** Shows the participant selected elsewhere, without suggesting anything. */
  public void show(ActorId actor) {
    shown = actor;
    updating = true;
    setText(actor == null ? "" : actor.address());
    updating = false;
  }

  private void suggest(String text) {
    List<ParticipantRow> rows =
        text == null || text.isBlank() ? List.of() : suggestions.apply(text, SUGGESTIONS);
    if (rows.isEmpty()) {
      menu.hide();
      return;
    }
    List<MenuItem> items =
        rows.stream()
            .map(
                row -> {
                  MenuItem item =
                      new MenuItem(
                          row.address()
                              + "   "
                              + row.share()
                              + "   "
                              + row.mark().icon()
                              + " "
                              + row.mark().word());
                  item.setMnemonicParsing(false);
                  item.setOnAction(
                      e -> {
                        onPick.accept(row.actor());
                        show(shown);
                      });
                  return item;
                })
            .toList();
    menu.getItems().setAll(items);
    if (!menu.isShowing() && getScene() != null && getScene().getWindow() != null) {
      menu.show(this, Side.BOTTOM, 0, 0);
    }
  }
}
