package io.f3console.app.ui.powertable;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How concentrated the power is: the cumulative share of power against rank, with dashed marks
 * where the largest participants reach 1/3 and 2/3, and the shares of the largest 20 as bars. Light
 * enough for mainnet size: no symbols, no animation, a few hundred points.
 */
public final class DistributionChart extends VBox {
  private final NumberAxis rankAxis = new NumberAxis();
  private final NumberAxis percentAxis = new NumberAxis(0, 100, 10);
  private final LineChart<Number, Number> cumulative = new LineChart<>(rankAxis, percentAxis);
  private final CategoryAxis topRanks = new CategoryAxis();
  private final NumberAxis topShares = new NumberAxis();
  private final BarChart<String, Number> top = new BarChart<>(topRanks, topShares);
  private final Label caption = new Label();

  public DistributionChart() {
    getStyleClass().add(PowerTableStyles.CHART);
    setSpacing(4);
    Label title = new Label("Cumulative share of power by rank");
    title.getStyleClass().add(Styles.SUBHEADING);
    title.setWrapText(true);
    title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    caption.getStyleClass().add(Styles.MUTED);
    caption.setWrapText(true);
    caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    caption.setId("distribution-caption");
    rankAxis.setLabel("rank (largest first)");
    rankAxis.setForceZeroInRange(true);
    percentAxis.setLabel("% of power");
    cumulative.setId("distribution-chart");
    cumulative.setCreateSymbols(false);
    cumulative.setAnimated(false);
    cumulative.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
    cumulative.setLegendVisible(true);
    cumulative.setMinHeight(180);
    rankAxis.setAnimated(false);
    percentAxis.setAnimated(false);
    VBox.setVgrow(cumulative, Priority.ALWAYS);
    Label topTitle = new Label("Largest " + Distribution.TOP + " shares");
    topTitle.getStyleClass().add(Styles.SUBHEADING);
    topRanks.setLabel("rank");
    topShares.setLabel("% of power");
    top.setId("top-shares-chart");
    top.setAnimated(false);
    top.setLegendVisible(false);
    top.setCategoryGap(2);
    top.setBarGap(0);
    top.setMinHeight(140);
    top.setPrefHeight(170);
    topRanks.setAnimated(false);
    topShares.setAnimated(false);
    getChildren().addAll(title, caption, cumulative, topTitle, top);
  }

  /** Draws a distribution; null clears the charts. */
  public void show(Distribution distribution) {
    cumulative.getData().clear();
    top.getData().clear();
    if (distribution == null) {
      caption.setText("");
      return;
    }
    caption.setText(
        "The "
            + Formats.integer(distribution.oneThirdRank())
            + " largest participants hold 1/3 of the power, the "
            + Formats.integer(distribution.twoThirdsRank())
            + " largest 2/3 (of "
            + Formats.integer(distribution.entries())
            + ").");
    rankAxis.setAutoRanging(false);
    rankAxis.setLowerBound(0);
    rankAxis.setUpperBound(Math.max(1, distribution.entries()));
    rankAxis.setTickUnit(niceTick(distribution.entries()));
    XYChart.Series<Number, Number> curve = new XYChart.Series<>();
    curve.setName("cumulative share");
    List<XYChart.Data<Number, Number>> points = new ArrayList<>();
    for (Distribution.Point point : distribution.cumulative()) {
      points.add(new XYChart.Data<>(point.rank(), point.percent()));
    }
    curve.getData().setAll(points);
    cumulative.getData().add(curve);
    cumulative
        .getData()
        .add(
            mark(
                "1/3: largest " + distribution.oneThirdRank(),
                100.0 / 3,
                distribution.oneThirdRank()));
    cumulative
        .getData()
        .add(
            mark(
                "2/3: largest " + distribution.twoThirdsRank(),
                200.0 / 3,
                distribution.twoThirdsRank()));
    XYChart.Series<String, Number> bars = new XYChart.Series<>();
    bars.setName("share");
    for (Distribution.TopShare share : distribution.top()) {
      bars.getData().add(new XYChart.Data<>(String.valueOf(share.rank()), share.percent()));
    }
    top.getData().add(bars);
    for (int i = 0; i < bars.getData().size(); i++) {
      Distribution.TopShare share = distribution.top().get(i);
      XYChart.Data<String, Number> bar = bars.getData().get(i);
      if (bar.getNode() != null) {
        Tooltip.install(
            bar.getNode(),
            new Tooltip(
                "rank "
                    + share.rank()
                    + " · "
                    + share.actor().address()
                    + " · "
                    + String.format(Locale.ROOT, "%.2f%%", share.percent())));
      }
    }
  }

  /** A dashed L from the share axis to the curve and down to the rank axis. */
  private static XYChart.Series<Number, Number> mark(String name, double percent, int rank) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    series.getData().add(new XYChart.Data<>(0, percent));
    series.getData().add(new XYChart.Data<>(rank, percent));
    series.getData().add(new XYChart.Data<>(rank, 0));
    return series;
  }

  private static double niceTick(int entries) {
    double raw = Math.max(1, entries) / 5.0;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * magnitude >= raw) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
