package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.sim.DemoNetwork;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view in a 1024×700 window, in the light and the dark theme, as a new user opens it on the
 * demo network: no text cut ({@link ClippedText}: labels, buttons, headers, selectable text; table
 * rows aside, their columns scroll), no control past the window's edge, no empty table without a
 * word on what will fill it, and in the dark theme no text too dark to read on the dark background.
 */
@ExtendWith(ApplicationExtension.class)
class EveryViewSmallTest {
  /** WCAG's minimum contrast for large or bold text; body text here is well above it. */
  private static final double MIN_CONTRAST = 3.0;

  private static final Color DARK_BACKGROUND = Color.web("#1e2126");

  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.startSmall(stage);
  }

  @Test
  void everyViewFitsInTheLightTheme() {
    checkEveryView(Theme.LIGHT);
  }

  @Test
  void everyViewFitsAndReadsInTheDarkTheme() {
    checkEveryView(Theme.DARK);
  }

  /** A wider window is no excuse either: a wrapping label in a row can still be cut. */
  @Test
  void everyViewFitsIn1440By900() {
    WaitForAsyncUtils.asyncFx(
        () -> {
          console.scene().getWindow().setWidth(1440);
          console.scene().getWindow().setHeight(900);
        });
    WaitForAsyncUtils.waitForFxEvents();
    checkEveryView(Theme.LIGHT);
  }

  private void checkEveryView(Theme theme) {
    WaitForAsyncUtils.asyncFx(() -> console.context().themeProperty().set(theme));
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    List<String> problems = new ArrayList<>();
    for (Page page : Page.values()) {
      console.navigate(page);
      console.awaitIdle();
      WaitForAsyncUtils.waitForFxEvents();
      problems.addAll(
          WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> problems(page, theme))));
      if (console.scene().lookup("#" + page.id()) instanceof Parent view) {
        ClippedText.in(view).forEach(cut -> problems.add(page + ": cut: " + cut));
      }
    }
    assertThat(problems)
        .as("%s theme at %.0f×%.0f", theme, console.scene().getWidth(), console.scene().getHeight())
        .isEmpty();
  }

  private List<String> problems(Page page, Theme theme) {
    List<String> problems = new ArrayList<>();
    Node view = console.scene().lookup("#" + page.id());
    if (view == null || !view.isVisible()) {
      problems.add(page + ": the view is not showing");
      return problems;
    }
    Bounds bounds = view.localToScene(view.getLayoutBounds());
    if (bounds.getMaxX() > console.scene().getWidth() + 1) {
      problems.add(
          page
              + ": the view reaches "
              + Math.round(bounds.getMaxX())
              + " px in a "
              + Math.round(console.scene().getWidth())
              + " px window");
    }
    double width = console.scene().getWidth();
    walk(
        view,
        node -> {
          if (node instanceof javafx.scene.control.Control control
              && shown(control)
              && !inScrollingContainer(control)) {
            Bounds inScene = control.localToScene(control.getLayoutBounds());
            if (inScene.getMaxX() > width + 1) {
              problems.add(
                  page
                      + ": "
                      + describe(control)
                      + " reaches "
                      + Math.round(inScene.getMaxX())
                      + " px in a "
                      + Math.round(width)
                      + " px window");
            }
          }
          if (node instanceof Labeled labeled && shown(labeled) && !inCell(labeled)) {
            if (labeled.getText() != null && labeled.getText().startsWith("No content in")) {
              problems.add(
                  page
                      + ": an empty table says only '"
                      + labeled.getText()
                      + "', not what will appear there and how");
            }
            if (theme == Theme.DARK
                && labeled.getText() != null
                && !labeled.getText().isBlank()
                && !onOwnBackground(labeled)) {
              double contrast = contrast(labeled.getTextFill(), DARK_BACKGROUND);
              if (contrast < MIN_CONTRAST) {
                problems.add(
                    String.format(
                        "%s: '%s' has contrast %.1f on the dark background (%s)",
                        page, labeled.getText(), contrast, describe(labeled)));
              }
            }
          }
        });
    return problems;
  }

  private static void walk(Node node, java.util.function.Consumer<Node> visit) {
    visit.accept(node);
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(child, visit);
      }
    }
  }

  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible() || n.getOpacity() == 0) {
        return false;
      }
    }
    return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
  }

  private static boolean inCell(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof Cell<?>) {
        return true;
      }
    }
    return false;
  }

  /** Inside a scroll pane, a table or a list: what does not fit scrolls into view. */
  private static boolean inScrollingContainer(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof javafx.scene.control.ScrollPane
          || n instanceof javafx.scene.control.TableView<?>
          || n instanceof javafx.scene.control.ListView<?>
          || n instanceof javafx.scene.control.TreeView<?>
          || n instanceof javafx.scene.control.TextArea) {
        return true;
      }
    }
    return false;
  }

  /** Buttons, badges and chips paint their own background: their text is read against it. */
  private static boolean onOwnBackground(Labeled labeled) {
    for (Node n = labeled; n != null; n = n.getParent()) {
      if (n instanceof javafx.scene.control.ButtonBase
          || n instanceof javafx.scene.control.ComboBoxBase<?>
          || n.getStyleClass().contains("badge")
          || n.getStyleClass().contains("chip")
          || n.getStyleClass().contains("trust-badge")
          || n.getStyleClass().contains("tab")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Node node) {
    return node.getClass().getSimpleName()
        + (node.getId() != null ? " #" + node.getId() : "")
        + (node.getStyleClass().isEmpty() ? "" : " ." + String.join(".", node.getStyleClass()));
  }

  private static double contrast(Paint paint, Color background) {
    if (!(paint instanceof Color color)) {
      return Double.MAX_VALUE;
    }
    double a = luminance(color);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(Color color) {
    return 0.2126 * channel(color.getRed())
        + 0.7152 * channel(color.getGreen())
        + 0.0722 * channel(color.getBlue());
  }

  private static double channel(double c) {
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
