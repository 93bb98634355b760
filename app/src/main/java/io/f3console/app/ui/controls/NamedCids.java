package io.f3console.app.ui.controls;

import io.f3console.app.ui.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The CIDs a piece of prose names (a check's evidence, a verdict), shown after it as values to copy
 * with a click: "CIDs named (click to copy):" and one {@link CopyableText} each. Hidden when the
 * prose names none.
 */
public final class NamedCids {
  private NamedCids() {}

  /** Shows {@code cids} in {@code pane}, replacing what it showed; copies tell {@code notice}. */
  public static void show(FlowPane pane, List<String> cids, Consumer<String> notice) {
    pane.getChildren().clear();
    if (!cids.isEmpty()) {
      Label caption = new Label("CIDs named (click to copy):");
      caption.getStyleClass().add(Styles.MUTED);
      pane.getChildren().add(caption);
      for (String cid : cids) {
        CopyableText value = new CopyableText();
        value.setValue(cid, "CID");
        value.setNotice(notice);
        pane.getChildren().add(value);
      }
    }
    pane.setVisible(!cids.isEmpty());
    pane.setManaged(!cids.isEmpty());
  }
}
