package io.f3console.app.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Where the keyboard lands when a page is shown from the keyboard or the focus was on the page that
 * left: the node the page names (its main list or table), else its first control that takes the
 * focus.
 */
public final class PageFocus {
  private static final String KEY = PageFocus.class.getName();
  private static final String STAND_IN = KEY + ".standIn";

  private PageFocus() {}

  /** Names the node of {@code page} that takes the focus when the page is shown. */
  public static void setTarget(Node page, Node target) {
    page.getProperties().put(KEY, target);
  }

  /**
   * Moves the focus into {@code page}; does nothing when nothing in it can take the focus. A page
   * shown for the first time may not have put its target into the scene yet (a split pane adds its
   * items when its skin is made), so CSS is applied first. When the target is hidden (its page
   * still computing), the first control that can takes the focus meanwhile.
   */
  public static void focus(Node page) {
    page.getProperties().remove(STAND_IN);
    Node named = named(page);
    if (named != null && named.getScene() == null) {
      page.applyCss();
    }
    Optional<Node> target = target(page);
    if (named != null && target.isPresent() && target.get() != named) {
      page.getProperties().put(STAND_IN, target.get());
    }
    target.ifPresent(Node::requestFocus);
  }

  /**
   * Called by a page when its named target has become visible (a table computed): moves the focus
   * there if {@link #focus} had to leave it on a stand-in that still has it.
   */
  public static void targetShown(Node page) {
    if (!(page.getProperties().remove(STAND_IN) instanceof Node standIn)) {
      return;
    }
    Platform.runLater(
        () -> {
          Node named = named(page);
          if (named == null || !standIn.isFocused()) {
            return;
          }
          if (named.getScene() == null) {
            page.applyCss();
          }
          if (focusable(named)) {
            named.requestFocus();
          }
        });
  }

  /** The node that {@link #focus} would focus. */
  public static Optional<Node> target(Node page) {
    Node named = named(page);
    if (named != null && focusable(named)) {
      return Optional.of(named);
    }
    return firstFocusable(page);
  }

  private static Node named(Node page) {
    return page.getProperties().get(KEY) instanceof Node named ? named : null;
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
    if (node.getScene() == null) {
      return false;
    }
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
