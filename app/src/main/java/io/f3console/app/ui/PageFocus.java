package io.f3console.app.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Where the keyboard lands when a page is shown from the keyboard or the focus was on the page
 * that left: the node the page names (its main list or table), else its first control that
 * takes the focus.
 */
public final class PageFocus {
  private static final String KEY = PageFocus.class.getName();

  private PageFocus() {}

  /** Names the node of {@code page} that takes the focus when the page is shown. */
  public static void setTarget(Node page, Node target) {
    page.getProperties().put(KEY, target);
  }

  /**
   * Moves the focus into {@code page}; does nothing when nothing in it can take the focus. A
   * page shown for the first time may not have put its target into the scene yet (a split
   * pane adds its items when its skin is made), so CSS is applied first.
   */
  public static void focus(Node page) {
    target(page).ifPresent(node -> {
      if (node.getScene() == null) {
        page.applyCss();
      }
      if (node.getScene() != null) {
        node.requestFocus();
      } else {
        Platform.runLater(node::requestFocus);
      }
    });
  }

  /** The node that {@link #focus} would focus. */
  public static Optional<Node> target(Node page) {
    if (page.getProperties().get(KEY) instanceof Node named && focusable(named)) {
      return Optional.of(named);
    }
    return firstFocusable(page);
  }

  private static Optional<Node> firstFocusable(Node node) {
    if (!node.isVisible() || node.isDisabled()) {
      return Optional.empty();
    }
    if (node.isFocusTraversable()) {
      return Optional.of(node);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        Optional<Node> found = firstFocusable(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean focusable(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return !node.isDisabled();
  }

  /** Whether {@code node} is {@code ancestor} or inside it. */
  public static boolean within(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }
}
