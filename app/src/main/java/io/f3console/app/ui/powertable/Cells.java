package io.f3console.app.ui.powertable;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Typed table columns: each cell holds the value itself (so sorting compares numbers, powers and
 * actor IDs, never their text) and shows it through a formatter.
 */
final class Cells {
  private Cells() {}

  /**
   * Makes {@code column} show {@code value} of each row as {@code text}, with an optional tooltip
   * and style class (null functions mean none).
   */
  static <S, T> void bind(
      TableColumn<S, T> column,
      Function<S, T> value,
      Function<T, String> text,
      Function<S, String> tooltip,
      Function<S, String> style,
      List<String> styles) {
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private String applied;
              private Tooltip tip;

              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                  getStyleClass().remove(applied);
                  applied = null;
                }
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || row == null) {
                  setText(null);
                  setTooltip(null);
                  return;
                }
                setText(text.apply(item));
                String hint = tooltip == null ? null : tooltip.apply(row);
                if (hint == null) {
                  setTooltip(null);
                } else {
                  if (tip == null) {
                    tip = new Tooltip();
                  }
                  tip.setText(hint);
                  setTooltip(tip);
                }
                applied = style == null ? null : style.apply(row);
                if (applied != null) {
                  getStyleClass().add(applied);
                }
              }

              {
                getStyleClass().addAll(styles);
              }
            });
  }

  /** A column without tooltip or per-row style. */
  static <S, T> void bind(
      TableColumn<S, T> column, Function<S, T> value, Function<T, String> text, String... styles) {
    bind(column, value, text, null, null, List.of(styles));
  }
}
