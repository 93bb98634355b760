package io.f3console.app.ui.certificates;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.inspect.StageExplanation.QuorumFigures;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The signers' scaled power as a bar, with the strong-quorum threshold (2/3) marked on it, the
 * numbers beside it and a verdict in icon, word and colour.
 */
public final class QuorumBar extends VBox {
  static final String STYLE = "quorum-bar";

  private final Label verdict = new Label();
  private final Label caption = new Label();
  private final Bar bar = new Bar();
  private final Tooltip tooltip = new Tooltip();
  private QuorumFigures figures = new QuorumFigures(0, 0, 0, 0);

  public QuorumBar() {
    setId(STYLE);
    getStyleClass().add(STYLE);
    verdict.getStyleClass().add(Styles.BADGE);
    verdict.setId("quorum-verdict");
    verdict.setMinWidth(Region.USE_PREF_SIZE);
    caption.setId("quorum-caption");
    caption.setWrapText(true);
    HBox line = new HBox(10, verdict, caption);
    line.getStyleClass().add("quorum-line");
    getChildren().addAll(line, bar);
    Tooltip.install(bar, tooltip);
  }

  /** Shows a certificate's quorum figures. */
  public void show(QuorumFigures quorum) {
    figures = quorum;
    int decimals = StageExplanation.decimalsToTell(quorum.share(), quorum.thresholdShare());
    verdict.getStyleClass().removeAll(Tone.styleClasses());
    verdict.getStyleClass().add(quorum.met() ? Styles.SUCCESS : Styles.DANGER);
    verdict.setText(quorum.met() ? "✔ strong quorum" : "✘ no strong quorum");
    caption.setText(
        "signed "
            + Formats.integer(quorum.signerPower())
            + " of "
            + Formats.integer(quorum.scaledTotal())
            + " scaled power ("
            + StageExplanation.percent(quorum.share(), decimals)
            + ") · 2/3 = "
            + Formats.integer(quorum.threshold())
            + " ("
            + StageExplanation.percent(quorum.thresholdShare(), decimals)
            + ")"
            + (quorum.met()
                ? " · margin " + Formats.integer(quorum.margin())
                : " · short by " + Formats.integer(-quorum.margin())));
    bar.fill.getStyleClass().removeAll(Tone.styleClasses());
    bar.fill.getStyleClass().add(quorum.met() ? Styles.SUCCESS : Styles.DANGER);
    tooltip.setText(
        ("Filled: the signers' scaled power. Line: the strong"
            + " quorum, ceil(2/3 × "
            + Formats.integer(quorum.scaledTotal())
            + ") = "
            + Formats.integer(quorum.threshold())
            + "."));
    bar.requestLayout();
  }

  /** The signers' scaled power shown. */
  public long signerPower() {
    return figures.signerPower();
  }

  /** The committee's scaled total shown. */
  public long scaledTotal() {
    return figures.scaledTotal();
  }

  /** The threshold marked. */
  public long threshold() {
    return figures.threshold();
  }

  /** The caption with the numbers. */
  public String caption() {
    return caption.getText();
  }

  /** The track, the filled part and the threshold marker, laid out by proportion. */
  private final class Bar extends Region {
    private static final double TRACK_HEIGHT = 16;
    private static final double MARK_LABEL_HEIGHT = 16;
    private final Region track = new Region();
    private final Region fill = new Region();
    private final Region marker = new Region();
    private final Label markLabel = new Label("2/3");

    Bar() {
      getStyleClass().add("quorum-bar-area");
      track.getStyleClass().add("quorum-track");
      fill.getStyleClass().add("quorum-fill");
      marker.getStyleClass().add("quorum-marker");
      markLabel.getStyleClass().add("quorum-marker-label");
      getChildren().addAll(track, fill, marker, markLabel);
    }

    @Override
    protected double computePrefHeight(double width) {
      return MARK_LABEL_HEIGHT + TRACK_HEIGHT + 6;
    }

    @Override
    protected double computePrefWidth(double height) {
      return 400;
    }

    @Override
    protected void layoutChildren() {
      double width = getWidth() - snappedLeftInset() - snappedRightInset();
      double x = snappedLeftInset();
      double top = snappedTopInset() + MARK_LABEL_HEIGHT;
      track.resizeRelocate(x, top, width, TRACK_HEIGHT);
      double share = Math.min(1, figures.share());
      fill.resizeRelocate(x, top, Math.round(width * share), TRACK_HEIGHT);
      double mark = x + Math.round(width * figures.thresholdShare());
      marker.resizeRelocate(mark - 1, top - 4, 2, TRACK_HEIGHT + 8);
      double labelWidth = markLabel.prefWidth(-1);
      markLabel.resizeRelocate(
          mark - labelWidth / 2, snappedTopInset() - 2, labelWidth, MARK_LABEL_HEIGHT);
    }
  }
}
