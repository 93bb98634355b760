package io.f3console.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a small window cuts: every label, button and column header on show whose text the screen
 * shows shortened with "…", a combo box's choice too, and selectable text not as tall as its lines;
 * and what is pushed past a page's right edge. Rows of tables and lists are left out unless asked
 * for (a long summary in a row is whole in the details).
 */
public final class ClippedText {
  private ClippedText() {}

  /** "text (shown as …)" for each labelled node under {@code root} shown cut; any thread. */
  public static List<String> in(Parent root) {
    return clipped(root, false);
  }

  /** As {@link #in}, the cells of tables and lists included (for a page whose rows are short). */
  public static List<String> withRows(Parent root) {
    return clipped(root, true);
  }

  private static List<String> clipped(Parent root, boolean rows) {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () -> {
              List<String> clipped = new ArrayList<>();
              visit(root, rows, clipped);
              return clipped;
            }));
  }

  /**
   * "text" for each label, button and column header under {@code root} pushed past its right edge
   * (whole, maybe, but out of view); any thread.
   */
  public static List<String> pastRightEdge(Parent root) {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () -> {
              double right = root.localToScene(root.getLayoutBounds()).getMaxX();
              List<String> past = new ArrayList<>();
              pastRight(root, right, past);
              return past;
            }));
  }

  private static void pastRight(Node node, double right, List<String> past) {
    if (!node.isVisible() || node instanceof VirtualFlow<?>) {
      return;
    }
    if (node instanceof Labeled labeled
        && labeled.getText() != null
        && !labeled.getText().isEmpty()
        && labeled.getWidth() > 0
        && labeled.localToScene(labeled.getLayoutBounds()).getMaxX() > right + 0.5) {
      past.add(labeled.getText());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        pastRight(child, right, past);
      }
    }
  }

  /** The columns of {@code table} narrower than their header's text or their own minimum. */
  public static List<String> narrowColumns(TableView<?> table) {
    List<String> narrow = new ArrayList<>();
    for (TableColumn<?, ?> column : table.getColumns()) {
      double header = new Text(column.getText()).getLayoutBounds().getWidth() + 8;
      if (column.getWidth() < Math.max(header, column.getMinWidth())) {
        narrow.add(column.getText() + " (" + Math.round(column.getWidth()) + " px)");
      }
    }
    return narrow;
  }

  private static void visit(Node node, boolean rows, List<String> clipped) {
    if (!node.isVisible() || !rows && node instanceof VirtualFlow<?>) {
      return;
    }
    if (node instanceof Labeled labeled
        && labeled.getText() != null
        && !labeled.getText().isEmpty()) {
      for (Node child : labeled.getChildrenUnmodifiable()) {
        if (child instanceof Text shown
            && shown.isVisible()
            && !shown.getText().equals(labeled.getText())) {
          clipped.add(labeled.getText() + " (shown as " + shown.getText() + ")");
        }
      }
    }
    if (node instanceof TextArea area
        && area.getStyleClass().contains("f3-selectable")
        && area.lookup(".scroll-pane") instanceof ScrollPane scroll
        && area.lookup(".content") instanceof Region content
        && content.getHeight() > scroll.getViewportBounds().getHeight() + 1) {
      clipped.add(
          area.getText()
              + " (shown cut below its first "
              + Math.round(scroll.getViewportBounds().getHeight())
              + " pixels)");
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        visit(child, rows, clipped);
      }
    }
  }
}
