package io.f3console.app.ui.participation;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.participation.ParticipationSeries;
import io.f3console.core.participation.ParticipationSeries.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The signed share per instance over the window on show: the buckets' min–max band, their mean
 * line, the 2/3 line, base-only decisions marked under the plot, and the selected instance. At most
 * one bucket per two pixels, so a million instances draw as a few hundred points. A click selects
 * an instance, a double-click opens it, the wheel zooms around the pointer and a drag pans; the
 * keys are the view's.
 */
final class ParticipationChart extends Region {
  private static final double LEFT = 48;
  private static final double RIGHT = 12;
  private static final double TOP = 10;
  private static final double BOTTOM = 34;
  private static final double MARK_HEIGHT = 6;

  /** How the chart asks for the window on show and reports what the pointer does. */
  interface Listener {
    void select(int index);

    void open(int index);

    void zoom(double factor, int anchor);

    void pan(int delta);
  }

  private final Rectangle plot = new Rectangle();
  private final Group grid = new Group();
  private final Polygon band = new Polygon();
  private final Polyline mean = new Polyline();
  private final Line quorum = new Line();
  private final Text quorumLabel = new Text("2/3");
  private final Group marks = new Group();
  private final Line selection = new Line();
  private final Group labels = new Group();
  private final Text hover = new Text();
  private final IntFunction<List<Bucket>> source;
  private final Listener listener;
  private List<Bucket> buckets = List.of();
  private int from;
  private int to;
  private int selected = -1;
  private double lower;
  private long version;
  private long drawnVersion = -1;
  private double drawnWidth = -1;
  private double drawnHeight = -1;
  private double pressX = Double.NaN;
  private double dragged;

  ParticipationChart(IntFunction<List<Bucket>> source, Listener listener) {
    this.source = source;
    this.listener = listener;
    setId("participation-chart");
    getStyleClass().add("participation-chart");
    setFocusTraversable(true);
    setMinSize(300, 150);
    setPrefSize(700, 240);
    plot.getStyleClass().add("participation-plot");
    band.getStyleClass().add("participation-band");
    mean.getStyleClass().add("participation-mean");
    quorum.getStyleClass().add("participation-quorum");
    quorumLabel.getStyleClass().add("participation-axis-label");
    selection.getStyleClass().add("participation-selection");
    hover.getStyleClass().add("participation-hover");
    hover.setId("participation-hover");
    // the 2/3 line under the data, so a share right at 2/3 still shows as the mean line
    getChildren()
        .addAll(plot, grid, quorum, quorumLabel, band, mean, marks, selection, labels, hover);
    setOnMousePressed(this::pressed);
    setOnMouseDragged(this::dragged);
    setOnMouseReleased(this::released);
    setOnMouseMoved(e -> hovered(e.getX()));
    setOnMouseExited(e -> hover.setText(""));
    setOnScroll(this::scrolled);
  }

  /** Draws the window from {@code newFrom} to {@code newTo} with {@code newSelected} marked. */
  void show(int newFrom, int newTo, int newSelected) {
    from = newFrom;
    to = newTo;
    selected = newSelected;
    version++;
    draw();
  }

  /** Draws again only when the window, the data or the size changed (not on every hover). */
  @Override
  protected void layoutChildren() {
    if (version != drawnVersion || getWidth() != drawnWidth || getHeight() != drawnHeight) {
      draw();
    }
  }

  /** The index under {@code x}, or -1 outside the window. */
  int indexAt(double x) {
    double width = plotWidth();
    if (to <= from || width <= 0) {
      return -1;
    }
    int index = from + (int) Math.floor((x - LEFT) / width * (to - from));
    return index < from || index >= to ? -1 : index;
  }

  /** The x of the middle of instance {@code index}. */
  double xOf(double index) {
    return LEFT + (index - from) / Math.max(1, to - from) * plotWidth();
  }

  private double plotWidth() {
    return Math.max(0, getWidth() - LEFT - RIGHT);
  }

  private double plotHeight() {
    return Math.max(0, getHeight() - TOP - BOTTOM);
  }

  private double yOf(double share) {
    return TOP + (1 - (share - lower) / (1 - lower)) * plotHeight();
  }

  private void draw() {
    drawnVersion = version;
    drawnWidth = getWidth();
    drawnHeight = getHeight();
    double width = plotWidth();
    double height = plotHeight();
    plot.setX(LEFT);
    plot.setY(TOP);
    plot.setWidth(width);
    plot.setHeight(height);
    buckets = to > from && width > 0 ? source.apply(Math.max(1, (int) (width / 2))) : List.of();
    double min = buckets.stream().mapToDouble(Bucket::minShare).min().orElse(1);
    lower = min >= 0.55 ? 0.5 : 0;
    grid.getChildren().clear();
    labels.getChildren().clear();
    marks.getChildren().clear();
    for (double share = lower; share <= 1.0001; share += lower == 0 ? 0.25 : 0.1) {
      Line line = new Line(LEFT, yOf(share), LEFT + width, yOf(share));
      line.getStyleClass().add("participation-grid");
      grid.getChildren().add(line);
      labels.getChildren().add(label(Formats.percent(share).replace(".00", ""), 4, yOf(share) + 4));
    }
    double twoThirds = yOf(ParticipationSeries.TWO_THIRDS);
    quorum.setStartX(LEFT);
    quorum.setEndX(LEFT + width);
    quorum.setStartY(twoThirds);
    quorum.setEndY(twoThirds);
    quorumLabel.setX(LEFT + width - 26);
    quorumLabel.setY(twoThirds - 4);
    List<Double> top = new ArrayList<>();
    List<Double> bottom = new ArrayList<>();
    List<Double> line = new ArrayList<>();
    for (Bucket b : buckets) {
      double x0 = xOf(b.fromIndex());
      double x1 = xOf(b.toIndex());
      double mid = (x0 + x1) / 2;
      top.add(mid);
      top.add(yOf(b.maxShare()));
      bottom.add(0, yOf(b.minShare()));
      bottom.add(0, mid);
      line.add(mid);
      line.add(yOf(b.meanShare()));
      if (b.baseOnly() > 0) {
        Rectangle mark = new Rectangle(x0, TOP + height + 2, Math.max(2, x1 - x0 - 1), MARK_HEIGHT);
        mark.getStyleClass().add("participation-base-only");
        marks.getChildren().add(mark);
      }
    }
    top.addAll(bottom);
    band.getPoints().setAll(top);
    mean.getPoints().setAll(line);
    boolean shown = selected >= from && selected < to;
    selection.setVisible(shown);
    if (shown) {
      double x = xOf(selected + 0.5);
      selection.setStartX(x);
      selection.setEndX(x);
      selection.setStartY(TOP);
      selection.setEndY(TOP + height);
    }
    if (!buckets.isEmpty()) {
      Bucket first = buckets.get(0);
      Bucket last = buckets.get(buckets.size() - 1);
      labels
          .getChildren()
          .add(label(Formats.unsigned(first.firstInstance()), LEFT, getHeight() - 6));
      Text end = label(Formats.unsigned(last.lastInstance()), 0, getHeight() - 6);
      end.setX(LEFT + width - end.getLayoutBounds().getWidth());
      labels.getChildren().add(end);
      Text axis = label("instance", 0, getHeight() - 6);
      axis.setX(LEFT + width / 2 - axis.getLayoutBounds().getWidth() / 2);
      labels.getChildren().add(axis);
    }
    hover.setY(TOP + 14);
    // nodes made during layout get their style now, not on the next pulse
    grid.applyCss();
    labels.applyCss();
    marks.applyCss();
  }

  private static Text label(String text, double x, double y) {
    Text label = new Text(x, y, text);
    label.getStyleClass().add("participation-axis-label");
    return label;
  }

  private void hovered(double x) {
    int index = indexAt(x);
    Bucket bucket = bucketOf(index);
    if (bucket == null) {
      hover.setText("");
      return;
    }
    String text =
        bucket.count() == 1
            ? "instance "
                + Formats.unsigned(bucket.firstInstance())
                + " · "
                + Formats.percent(bucket.meanShare())
                + " signed"
                + (bucket.baseOnly() > 0 ? " · base only" : "")
            : "instances "
                + Formats.unsigned(bucket.firstInstance())
                + "–"
                + Formats.unsigned(bucket.lastInstance())
                + " · "
                + Formats.percent(bucket.minShare())
                + " to "
                + Formats.percent(bucket.maxShare())
                + ", mean "
                + Formats.percent(bucket.meanShare())
                + (bucket.baseOnly() > 0 ? " · " + bucket.baseOnly() + " base only" : "");
    hover.setText(text);
    hover.setX(Math.max(LEFT + 4, LEFT + plotWidth() - hover.getLayoutBounds().getWidth() - 4));
  }

  private Bucket bucketOf(int index) {
    for (Bucket b : buckets) {
      if (index >= b.fromIndex() && index < b.toIndex()) {
        return b;
      }
    }
    return null;
  }

  private void pressed(MouseEvent e) {
    requestFocus();
    pressX = e.getX();
    dragged = 0;
  }

  private void dragged(MouseEvent e) {
    if (Double.isNaN(pressX) || plotWidth() <= 0) {
      return;
    }
    double perInstance = plotWidth() / Math.max(1, to - from);
    int delta = (int) Math.round((pressX - e.getX()) / perInstance);
    if (delta != 0) {
      dragged += Math.abs(delta);
      pressX -= delta * perInstance;
      listener.pan(delta);
    }
  }

  private void released(MouseEvent e) {
    boolean click = dragged == 0 && e.getButton() == MouseButton.PRIMARY;
    pressX = Double.NaN;
    if (!click) {
      return;
    }
    int index = indexAt(e.getX());
    if (index < 0) {
      return;
    }
    if (e.getClickCount() >= 2) {
      listener.open(index);
    } else {
      listener.select(index);
    }
  }

  private void scrolled(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    int anchor = indexAt(e.getX());
    listener.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, anchor < 0 ? (from + to) / 2 : anchor);
    e.consume();
  }
}
