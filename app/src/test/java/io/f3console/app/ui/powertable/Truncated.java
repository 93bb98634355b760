package io.f3console.app.ui.powertable;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds labels, buttons and toggles the layout shortened: their displayed text differs from
 * their own and ends with an ellipsis ("…", or "..." as JavaFX draws it). Call on the FX
 * thread, after a layout pass.
 */
public final class Truncated {
  private Truncated() {}

  /** The texts of the visible labeled controls under {@code root} shown shortened. */
  public static List<String> under(Node root) {
    List<String> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(Node node, List<String> found) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled && labeled.getText() != null) {
      for (Node shown : labeled.lookupAll(".text")) {
        if (shown instanceof Text text && text.getParent() == labeled
            && !labeled.getText().equals(text.getText()) && text.getText() != null
            && (text.getText().endsWith("…") || text.getText().endsWith("..."))) {
          found.add(labeled.getText() + " (shown as \"" + text.getText() + "\")");
        }
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, found);
      }
    }
  }
}
