package io.f3console.app.ui.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.participation.ParticipationSeries;
import io.f3console.core.participation.ParticipationSeries.Bucket;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart over a million instances: it draws buckets, never one shape per instance. */
@ExtendWith(ApplicationExtension.class)
class ParticipationChartTest {
  private static final int MILLION = 1_000_000;
  private final List<Integer> asked = new ArrayList<>();
  private final List<String> events = new ArrayList<>();
  private ParticipationSeries series;
  private ParticipationChart chart;

  @Start
  void start(Stage stage) {
    ParticipationSeries.Builder builder = ParticipationSeries.builder(MILLION);
    for (int i = 0; i < MILLION; i++) {
      builder.add(i, 45_000 + (i * 31L) % 19_000, 64_000, i % 1_000 == 0, 4_000_000L + i);
    }
    series = builder.build();
    int[] window = {0, MILLION};
    chart =
        new ParticipationChart(
            max -> {
              asked.add(max);
              return series.buckets(window[0], window[1], max);
            },
            new ParticipationChart.Listener() {
              @Override
              public void select(int index) {
                events.add("select " + index);
              }

              @Override
              public void open(int index) {
                events.add("open " + index);
              }

              @Override
              public void zoom(double factor, int anchor) {
                events.add("zoom " + factor);
              }

              @Override
              public void pan(int delta) {
                events.add("pan " + delta);
              }
            });
    chart.show(0, MILLION, 500_000);
    stage.setScene(new Scene(new StackPane(chart), 800, 300));
    stage.show();
  }

  @Test
  void aMillionInstancesDrawAsAtMostOneBucketPerTwoPixels(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Polygon band = robot.lookup(".participation-band").queryAs(Polygon.class);
    Polyline mean = robot.lookup(".participation-mean").queryAs(Polyline.class);
    int buckets = mean.getPoints().size() / 2;

    assertThat(asked).isNotEmpty();
    assertThat(buckets).isPositive().isLessThanOrEqualTo((int) (chart.getWidth() / 2));
    assertThat(buckets).isEqualTo(asked.get(asked.size() - 1));
    assertThat(band.getPoints()).hasSize(4 * buckets);
    List<Bucket> expected = series.buckets(0, MILLION, buckets);
    assertThat(robot.lookup(".participation-base-only").queryAll())
        .hasSize((int) expected.stream().filter(b -> b.baseOnly() > 0).count());
    assertThat(robot.lookup(".participation-base-only").queryAllAs(Rectangle.class))
        .allSatisfy(r -> assertThat(r.getWidth()).isGreaterThanOrEqualTo(1));
    int middle = chart.indexAt(chart.getWidth() / 2);
    assertThat(middle).isBetween(MILLION / 4, 3 * MILLION / 4);

    robot.clickOn(chart);
    robot.doubleClickOn(chart);
    robot.scroll(2, javafx.geometry.VerticalDirection.UP);

    assertThat(events).contains("select " + middle, "open " + middle);
    assertThat(events).anyMatch(e -> e.startsWith("zoom "));
  }
}
