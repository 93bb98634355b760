package io.f3console.app.ui.participation;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.participation.MinerTimeline.StripBucket;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One miner's timeline over the window on show: a stretch per bucket coloured signed, absent (it
 * missed at least one instance of the stretch) or out of the committee. The legend beside it gives
 * the words; the tooltip gives each stretch's counts. A click selects the stretch's first instance,
 * a double-click opens it.
 */
final class MinerStrip extends Region {
  private static final double LEFT = 0;
  private static final double RIGHT = 0;

  private final IntFunction<List<StripBucket>> source;
  private final Tooltip tip = new Tooltip();
  private List<StripBucket> strip = List.of();
  private int from;
  private int to;

  MinerStrip(IntFunction<List<StripBucket>> source, IntConsumer select, IntConsumer open) {
    this.source = source;
    setId("miner-strip");
    getStyleClass().add("miner-strip");
    setMinHeight(22);
    setPrefHeight(22);
    setMaxHeight(22);
    Tooltip.install(this, tip);
    setOnMouseMoved(
        e -> {
          StripBucket b = at(e.getX());
          tip.setText(b == null ? "" : describe(b));
        });
    setOnMouseClicked(
        e -> {
          StripBucket b = at(e.getX());
          if (b != null) {
            (e.getClickCount() >= 2 ? open : select).accept(b.fromIndex());
          }
        });
  }

  /** Draws the window from {@code newFrom} to {@code newTo}. */
  void show(int newFrom, int newTo) {
    from = newFrom;
    to = newTo;
    draw();
  }

  /** The stretches drawn, for tests. */
  List<StripBucket> stretches() {
    return strip;
  }

  @Override
  protected void layoutChildren() {
    draw();
  }

  private void draw() {
    double width = Math.max(0, getWidth() - LEFT - RIGHT);
    strip = to > from && width > 0 ? source.apply(Math.max(1, (int) (width / 3))) : List.of();
    getChildren().clear();
    for (StripBucket b : strip) {
      double x0 = LEFT + (double) (b.fromIndex() - from) / (to - from) * width;
      double x1 = LEFT + (double) (b.toIndex() - from) / (to - from) * width;
      Rectangle r =
          new Rectangle(x0, 2, Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0)), getHeight() - 4);
      r.getStyleClass().add("strip-" + b.shown().name().toLowerCase(Locale.ROOT));
      getChildren().add(r);
    }
    applyCss();
  }

  private StripBucket at(double x) {
    double width = Math.max(1, getWidth() - LEFT - RIGHT);
    int index = from + (int) Math.floor((x - LEFT) / width * (to - from));
    for (StripBucket b : strip) {
      if (index >= b.fromIndex() && index < b.toIndex()) {
        return b;
      }
    }
    return null;
  }

  private static String describe(StripBucket b) {
    String range =
        b.firstInstance() == b.lastInstance()
            ? "instance " + Formats.unsigned(b.firstInstance())
            : "instances "
                + Formats.unsigned(b.firstInstance())
                + "–"
                + Formats.unsigned(b.lastInstance());
    return range
        + ": signed "
        + b.signed()
        + ", absent "
        + b.absent()
        + ", out of the"
        + " committee "
        + b.out();
  }
}
