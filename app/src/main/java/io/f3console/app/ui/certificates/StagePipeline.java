package io.f3console.app.ui.certificates;

import io.f3console.core.inspect.StageExplanation.Verdict;
import io.f3console.core.validation.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * go-f3's stages as a horizontal stepper: one node per stage, joined by a line, each with its
 * verdict as icon, colour and word, the node at the cursor highlighted. A click moves the cursor.
 */
public final class StagePipeline extends HBox {
  public static final String PASSED = "stage-passed";
  public static final String FAILED = "stage-failed";
  public static final String NOT_RUN = "stage-not-run";
  public static final String CURRENT = "stage-current";

  private final Map<Stage, Node> nodes = new EnumMap<>(Stage.class);
  private Consumer<Stage> onSelect = stage -> {};

  public StagePipeline() {
    getStyleClass().add("stage-pipeline");
    Stage[] stages = Stage.values();
    for (Stage stage : stages) {
      Node node = new Node(stage, stage.ordinal() == 0, stage.ordinal() == stages.length - 1);
      nodes.put(stage, node);
      HBox.setHgrow(node, Priority.ALWAYS);
      getChildren().add(node);
    }
  }

  /** Called with the stage a person clicked. */
  public void setOnSelect(Consumer<Stage> onSelect) {
    this.onSelect = onSelect;
  }

  /** Shows the verdicts and the cursor. */
  public void show(List<StageNode> stages) {
    for (StageNode stage : stages) {
      nodes.get(stage.stage()).show(stage);
    }
  }

  /** The node of a stage (for tests). */
  public VBox node(Stage stage) {
    return nodes.get(stage);
  }

  /** One stage: a circle with the verdict's icon between two halves of the line, the title. */
  private final class Node extends VBox {
    private final Stage stage;
    private final Label circle = new Label();
    private final Label word = new Label();
    private final Label title;
    private final Tooltip tooltip = new Tooltip();

    Node(Stage stage, boolean first, boolean last) {
      this.stage = stage;
      setId("stage-" + stage.name());
      getStyleClass().add("stage-node");
      setAlignment(Pos.TOP_CENTER);
      setMaxWidth(Double.MAX_VALUE);
      circle.getStyleClass().add("stage-circle");
      circle.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
      Region before = line(first);
      Region after = line(last);
      HBox track = new HBox(before, circle, after);
      track.setAlignment(Pos.CENTER);
      title = new Label(stage.title());
      title.getStyleClass().add("stage-title");
      title.setWrapText(true);
      title.setAlignment(Pos.TOP_CENTER);
      title.setTextAlignment(TextAlignment.CENTER);
      word.getStyleClass().add("stage-word");
      getChildren().addAll(track, title, word);
      Tooltip.install(this, tooltip);
      setCursor(Cursor.HAND);
      setOnMouseClicked(e -> onSelect.accept(stage));
    }

    /**
     * Never narrower than the title's longest word or the verdict's word: a title wraps between its
     * words ("Next table / CID"), never inside one ("Quoru / m").
     */
    @Override
    protected double computeMinWidth(double height) {
      double words = 0;
      for (String part : title.getText().split(" ")) {
        words = Math.max(words, textWidth(part, title));
      }
      double widest = Math.max(words, textWidth(word.getText(), word));
      return Math.max(circle.minWidth(-1), Math.ceil(widest) + 6)
          + snappedLeftInset()
          + snappedRightInset();
    }

    private static double textWidth(String text, Label label) {
      Text measure = new Text(text == null ? "" : text);
      measure.setFont(label.getFont());
      return measure.getLayoutBounds().getWidth();
    }

    private Region line(boolean hidden) {
      Region line = new Region();
      line.getStyleClass().add(hidden ? "stage-line-none" : "stage-line");
      HBox.setHgrow(line, Priority.ALWAYS);
      line.setMinWidth(0);
      return line;
    }

    void show(StageNode node) {
      getStyleClass().removeAll(PASSED, FAILED, NOT_RUN, CURRENT);
      getStyleClass().add(style(node.verdict()));
      if (node.current()) {
        getStyleClass().add(CURRENT);
      }
      circle.setText(StageNode.icon(node.verdict()));
      word.setText(StageNode.word(node.verdict()));
      tooltip.setText(
          (stage.ordinal() + 1)
              + ". "
              + stage.title()
              + " — "
              + StageNode.word(node.verdict())
              + "\n"
              + stage.description());
    }
  }

  /** The style class of a verdict. */
  public static String style(Verdict verdict) {
    return switch (verdict) {
      case PASSED -> PASSED;
      case FAILED -> FAILED;
      case NOT_RUN -> NOT_RUN;
    };
  }
}
