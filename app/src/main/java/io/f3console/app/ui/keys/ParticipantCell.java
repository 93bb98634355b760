package io.f3console.app.ui.keys;

import io.f3console.app.ui.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A participant in the list: the key's state (icon and colour), the ID and the share. */
final class ParticipantCell extends ListCell<ParticipantRow> {
  private final Label mark = new Label();
  private final Label address = new Label();
  private final Label share = new Label();
  private final HBox box;

  ParticipantCell() {
    mark.getStyleClass().add("keys-mark");
    mark.setMinWidth(Region.USE_PREF_SIZE);
    address.getStyleClass().add(Styles.MONOSPACE);
    share.getStyleClass().addAll(Styles.MUTED, "keys-share");
    share.setMinWidth(Region.USE_PREF_SIZE);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    box = new HBox(8, mark, address, gap, share);
    box.setAlignment(Pos.CENTER_LEFT);
  }

  @Override
  protected void updateItem(ParticipantRow row, boolean empty) {
    super.updateItem(row, empty);
    if (empty || row == null) {
      setGraphic(null);
      setTooltip(null);
      setAccessibleText(null);
      return;
    }
    KeyMark state = row.mark();
    mark.setText(state.icon());
    mark.getStyleClass().removeAll("keys-mark-valid", "keys-mark-shared", "keys-mark-invalid");
    mark.getStyleClass().add("keys-mark-" + state.name().toLowerCase(Locale.ROOT));
    address.setText(row.address());
    share.setText(row.share());
    setText(null);
    setGraphic(box);
    setTooltip(new Tooltip(row.description()));
    setAccessibleText(row.description());
  }
}
