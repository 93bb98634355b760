package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.sim.DemoNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both themes define the selection, focus and chart-mark colours as tokens, and the dark theme's
 * selections really are drawn dark (not Modena's light grey).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeColoursTest {
  private static final List<String> SELECTION_TOKENS =
      List.of(
          "-fx-selection-bar",
          "-fx-selection-bar-non-focused",
          "-fx-cell-focus-inner-border",
          "-fx-focus-color",
          "-fx-faint-focus-color",
          "-f3-chart-1",
          "-f3-chart-2",
          "-f3-chart-3");
  private static final Pattern TOKEN = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]+)");

  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void everyThemeDefinesTheSelectionFocusAndMarkTokens(Theme theme) throws IOException {
    Map<String, Color> tokens = tokens(theme);

    assertThat(tokens).containsKeys(SELECTION_TOKENS.toArray(String[]::new));
    assertThat(tokens.get("-f3-chart-2"))
        .as("the 1/3 and 2/3 marks differ")
        .isNotEqualTo(tokens.get("-f3-chart-3"));
    assertThat(tokens.get("-f3-chart-3")).isNotEqualTo(tokens.get("-f3-chart-1"));
    assertThat(tokens.get("-fx-selection-bar-non-focused")).isNotEqualTo(Color.LIGHTGREY);
  }

  @Test
  void theDarkThemesSelectionAndFocusColoursAreDarkAndItsTextLight() throws IOException {
    Map<String, Color> dark = tokens(Theme.DARK);
    Map<String, Color> light = tokens(Theme.LIGHT);

    assertThat(dark.get("-fx-selection-bar-non-focused").getBrightness()).isLessThan(0.5);
    assertThat(ladderBrightness(dark.get("-fx-selection-bar")))
        .as("light text on the bar")
        .isLessThan(0.45);
    assertThat(ladderBrightness(dark.get("-fx-selection-bar-non-focused"))).isLessThan(0.45);
    assertThat(ladderBrightness(light.get("-fx-selection-bar"))).isLessThan(0.45);
    assertThat(dark.get("-fx-selection-bar")).isNotEqualTo(light.get("-fx-selection-bar"));
  }

  @Test
  void inTheDarkThemeSelectedCellsAreDrawnWithTheDarkSelectionColours(FxRobot robot)
      throws Exception {
    Map<String, Color> dark = tokens(Theme.DARK);
    List<Color> selections =
        List.of(dark.get("-fx-selection-bar"), dark.get("-fx-selection-bar-non-focused"));
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    WaitForAsyncUtils.asyncFx(() -> console.context().themeProperty().set(Theme.DARK));
    console.navigate(Page.POWER_TABLE);
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#entry-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(selectedFill(robot, "#navigation .list-cell")).isIn(selections);
    assertThat(selectedFill(robot, "#entry-table .table-row-cell")).isIn(selections);

    WaitForAsyncUtils.asyncFx(table::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(selectedFill(robot, "#entry-table .table-row-cell"))
        .isEqualTo(dark.get("-fx-selection-bar"));

    Color oneThird = stroke(robot, ".default-color1.chart-series-line");
    Color twoThirds = stroke(robot, ".default-color2.chart-series-line");
    assertThat(oneThird).isEqualTo(dark.get("-f3-chart-2"));
    assertThat(twoThirds).isEqualTo(dark.get("-f3-chart-3"));
  }

  private static Color selectedFill(FxRobot robot, String query) {
    IndexedCell<?> cell =
        robot.lookup(query).queryAllAs(IndexedCell.class).stream()
            .filter(IndexedCell::isSelected)
            .filter(Node::isVisible)
            .findFirst()
            .orElseThrow();
    List<BackgroundFill> fills = ((Region) cell).getBackground().getFills();
    return (Color) fills.get(fills.size() - 1).getFill();
  }

  private static Color stroke(FxRobot robot, String styleClasses) {
    Path line = robot.lookup("#distribution-chart " + styleClasses).queryAs(Path.class);
    return (Color) line.getStroke();
  }

  /** The brightness JavaFX's ladder() compares: light text below 45 %. */
  private static double ladderBrightness(Color c) {
    return 0.3 * c.getRed() + 0.59 * c.getGreen() + 0.11 * c.getBlue();
  }

  static Map<String, Color> tokens(Theme theme) throws IOException {
    String name = theme.name().toLowerCase(java.util.Locale.ROOT) + ".css";
    String css;
    try (InputStream in = Theme.class.getResourceAsStream(name)) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Color> tokens = new LinkedHashMap<>();
    Matcher m = TOKEN.matcher(css);
    while (m.find()) {
      tokens.put(m.group(1), Color.web(m.group(2)));
    }
    return tokens;
  }
}
