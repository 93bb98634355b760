package io.f3console.app.ui.health;

import io.f3console.app.ui.Styles;
import io.f3console.core.health.LagSeries;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The lag lower bound per instance as a line: one point per instance, or per run of instances with
 * the largest and the mean of the run when core aggregated them ({@link LagSeries}).
 */
public final class LagChart extends VBox {
  private final NumberAxis instances = new NumberAxis();
  private final NumberAxis epochs = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(instances, epochs);
  private final Label caption = new Label();

  public LagChart() {
    getStyleClass().add("health-chart");
    setSpacing(4);
    instances.setLabel("instance");
    instances.setForceZeroInRange(false);
    instances.setAnimated(false);
    instances.setMinorTickVisible(false);
    instances.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number value) {
            // instances are whole numbers: ticks between two instances are not labelled
            return value.doubleValue() == Math.rint(value.doubleValue())
                ? Long.toString(value.longValue())
                : "";
          }

          @Override
          public Number fromString(String text) {
            return Long.parseLong(text);
          }
        });
    epochs.setLabel("epochs");
    epochs.setAnimated(false);
    epochs.setForceZeroInRange(true);
    chart.setId("health-lag-chart");
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setLegendVisible(true);
    chart.setMinHeight(170);
    chart.setPrefHeight(200);
    caption.setId("health-lag-caption");
    caption.getStyleClass().add(Styles.MUTED);
    caption.setWrapText(true);
    getChildren().addAll(chart, caption);
  }

  /** Shows {@code series}. */
  public void show(LagSeries series) {
    XYChart.Series<Number, Number> largest = new XYChart.Series<>();
    XYChart.Series<Number, Number> mean = new XYChart.Series<>();
    boolean runs = series.instancesPerPoint() > 1;
    largest.setName(
        runs ? "largest of " + series.instancesPerPoint() + " instances" : "lag lower bound");
    mean.setName("mean of " + series.instancesPerPoint() + " instances");
    for (LagSeries.Point point : series.points()) {
      largest.getData().add(new XYChart.Data<>(point.firstInstance(), point.max()));
      mean.getData().add(new XYChart.Data<>(point.firstInstance(), point.mean()));
    }
    if (runs) {
      chart.getData().setAll(java.util.List.of(largest, mean));
    } else {
      chart.getData().setAll(java.util.List.of(largest));
    }
    caption.setText(
        series.points().isEmpty()
            ? "No instances to chart."
            : (runs
                    ? "One point per " + series.instancesPerPoint() + " instances, "
                    : "One point per instance, ")
                + series.points().size()
                + " points: how far EC"
                + " was at least ahead of finality when each instance began (its head epoch −"
                + " its base epoch; 0 for a base-only decision).");
  }

  /** The points drawn, for tests. */
  int pointCount() {
    return chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
  }
}
