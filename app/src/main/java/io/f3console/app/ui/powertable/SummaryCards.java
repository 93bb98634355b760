package io.f3console.app.ui.powertable;

import io.f3console.app.ui.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The summary figures as cards in a grid of equal columns. Cards are made on the first {@link
 * #show} and keep their places afterwards; their value labels have the id {@code summary-KEY},
 * their detail labels {@code summary-KEY-detail}.
 */
public final class SummaryCards extends GridPane {
  private static final int COLUMNS = 5;
  private static final List<String> TONES =
      List.of(
          PowerTableStyles.TONE_GOOD, PowerTableStyles.TONE_WARNING, PowerTableStyles.TONE_DANGER);

  private final Map<String, Card> cards = new HashMap<>();

  public SummaryCards() {
    getStyleClass().add("pt-summary");
    setHgap(8);
    setVgap(8);
    for (int i = 0; i < COLUMNS; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / COLUMNS);
      column.setHgrow(Priority.ALWAYS);
      getColumnConstraints().add(column);
    }
  }

  /** Shows the figures; an empty list blanks the cards already made. */
  public void show(List<SummaryCard> figures) {
    if (figures.isEmpty()) {
      cards.values().forEach(Card::blank);
      return;
    }
    for (SummaryCard figure : figures) {
      cards.computeIfAbsent(figure.key(), key -> add(figure)).show(figure);
    }
  }

  private Card add(SummaryCard figure) {
    Card card = new Card(figure.key());
    int position = cards.size();
    add(card.box, position % COLUMNS, position / COLUMNS);
    return card;
  }

  private static final class Card {
    private final VBox box = new VBox(2);
    private final Label title = new Label();
    private final Label value = new Label();
    private final Label detail = new Label();
    private final Tooltip tooltip = new Tooltip();

    Card(String key) {
      tooltip.setWrapText(true);
      tooltip.setMaxWidth(420);
      Tooltip.install(box, tooltip);
      box.getStyleClass().addAll(Styles.CARD, PowerTableStyles.SUMMARY_CARD);
      box.setId("summary-card-" + key);
      title.getStyleClass().addAll(Styles.MUTED, PowerTableStyles.SUMMARY_TITLE);
      value.getStyleClass().add(PowerTableStyles.SUMMARY_VALUE);
      value.setId("summary-" + key);
      value.setMinWidth(Label.USE_PREF_SIZE);
      detail.getStyleClass().addAll(Styles.MUTED, PowerTableStyles.SUMMARY_DETAIL);
      detail.setId("summary-" + key + "-detail");
      detail.setMinWidth(Label.USE_PREF_SIZE);
      // the detail goes under the value when the card is narrow, never cut
      FlowPane line = new FlowPane(6, 0, value, detail);
      line.setAlignment(Pos.BASELINE_LEFT);
      box.getChildren().addAll(title, line);
      box.setMaxWidth(Double.MAX_VALUE);
      box.setMinWidth(0);
    }

    void show(SummaryCard figure) {
      title.setText(figure.title());
      value.setText(figure.value());
      detail.setText(figure.detail());
      value.getStyleClass().removeAll(TONES);
      detail.getStyleClass().removeAll(TONES);
      String tone =
          switch (figure.tone()) {
            case NORMAL -> null;
            case GOOD -> PowerTableStyles.TONE_GOOD;
            case WARNING -> PowerTableStyles.TONE_WARNING;
            case DANGER -> PowerTableStyles.TONE_DANGER;
          };
      if (tone != null) {
        detail.getStyleClass().add(tone);
        if (figure.tone() == SummaryCard.Tone.DANGER) {
          value.getStyleClass().add(tone);
        }
      }
      tooltip.setText(
          figure.title()
              + ": "
              + figure.value()
              + (figure.detail().isEmpty() ? "" : " (" + figure.detail() + ")")
              + "\n"
              + figure.tooltip());
    }

    void blank() {
      value.setText("…");
      detail.setText("");
      tooltip.setText("Computing…");
    }
  }
}
