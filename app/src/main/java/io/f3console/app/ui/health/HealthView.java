package io.f3console.app.ui.health;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.Clipboards;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.app.ui.follow.LiveFollow;
import io.f3console.core.health.Alert;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Health: how F3 progressed (instances per hour, epochs finalised, base-only streaks, the lag lower
 * bound per instance) and, while following the connected node, the live state and the alerts with
 * their evidence; the Follow toggle and its settings.
 */
public final class HealthView {
  private final ConsoleContext context;
  private HealthViewModel model;

  @FXML private Label verdict;
  @FXML private ToggleButton followToggle;
  @FXML private TextField interval;
  @FXML private TextField maxLag;
  @FXML private TextField maxSilence;
  @FXML private TextField minParticipation;
  @FXML private TextField miners;
  @FXML private TextField absent;
  @FXML private Label settingsResult;
  @FXML private Label basis;
  @FXML private GridPane progressGrid;
  @FXML private GridPane liveGrid;
  @FXML private Label liveCaption;
  @FXML private ListView<Alert> alertList;
  @FXML private LagChart lagChart;

  public HealthView(ConsoleContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    model = new HealthViewModel(context.workspace(), context.follow(), context.runner());
    verdict.textProperty().bind(model.verdictProperty());
    model.toneProperty().addListener((obs, old, tone) -> tone.applyTo(verdict));
    model.toneProperty().get().applyTo(verdict);
    LiveFollow follow = model.follow();
    followToggle.setSelected(follow.followingProperty().get());
    follow.followingProperty().addListener((obs, old, on) -> followToggle.setSelected(on));
    followToggle
        .disableProperty()
        .bind(follow.availableProperty().not().and(follow.followingProperty().not()));
    HealthSettings settings = model.settings();
    interval.textProperty().bindBidirectional(settings.intervalProperty());
    maxLag.textProperty().bindBidirectional(settings.maxLagProperty());
    maxSilence.textProperty().bindBidirectional(settings.maxSilenceProperty());
    minParticipation.textProperty().bindBidirectional(settings.minParticipationProperty());
    miners.textProperty().bindBidirectional(settings.minersProperty());
    absent.textProperty().bindBidirectional(settings.absentProperty());
    basis.textProperty().bind(model.basisProperty());
    liveCaption.textProperty().bind(model.liveCaptionProperty());
    liveCaption.visibleProperty().bind(model.liveCaptionProperty().isNotEmpty());
    liveCaption.managedProperty().bind(liveCaption.visibleProperty());
    bindFacts(model.progress(), progressGrid);
    bindFacts(model.live(), liveGrid);
    alertList.setItems(model.alerts());
    alertList.setCellFactory(list -> new AlertCell(context));
    alertList.setPlaceholder(new Label("No alerts."));
    model.lagProperty().addListener((obs, old, series) -> lagChart.show(series));
    lagChart.show(model.lagProperty().get());
  }

  private static void bindFacts(ObservableList<HealthFacts.Fact> facts, GridPane grid) {
    Runnable fill =
        () -> {
          grid.getChildren().clear();
          int row = 0;
          for (HealthFacts.Fact fact : List.copyOf(facts)) {
            Label label = new Label(fact.label());
            label.getStyleClass().add(Styles.MUTED);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // selectable: instances, epochs and durations are quoted in reports
            SelectableText value = new SelectableText(fact.value());
            value.setId(fact.id());
            value.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, label, value);
          }
        };
    facts.addListener((ListChangeListener<HealthFacts.Fact>) change -> fill.run());
    fill.run();
  }

  @FXML
  private void onFollow() {
    if (followToggle.isSelected()) {
      apply().ifPresent(problem -> followToggle.setSelected(false));
      if (followToggle.isSelected()) {
        model.follow().start();
      }
    } else {
      model.follow().stop();
    }
  }

  @FXML
  private void onApply() {
    apply();
  }

  private java.util.Optional<String> apply() {
    java.util.Optional<String> problem = model.settings().apply();
    settingsResult.setText(
        problem.map(p -> "✘ " + p).orElse("✔ Applied: the next round" + " uses these settings."));
    settingsResult.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.MUTED);
    settingsResult.getStyleClass().add(problem.isPresent() ? Styles.DANGER : Styles.MUTED);
    return problem;
  }

  /** One alert: its kind as a badge, the message, the evidence, and Copy. */
  private static final class AlertCell extends ListCell<Alert> {
    private final ConsoleContext context;

    AlertCell(ConsoleContext context) {
      this.context = context;
    }

    @Override
    protected void updateItem(Alert alert, boolean empty) {
      super.updateItem(alert, empty);
      if (empty || alert == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label kind = new Label("✘ " + alert.kind());
      kind.getStyleClass().addAll(Styles.BADGE, Styles.DANGER);
      kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      SelectableText message = new SelectableText(alert.message());
      message.getStyleClass().add("health-alert-message");
      Button copy = new Button("Copy");
      copy.getStyleClass().add("health-alert-copy");
      copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      String text = alert.kind() + " " + alert.message() + " (" + alert.evidence() + ")";
      copy.setOnAction(
          e -> {
            Clipboards.put(text);
            context.dialogs().notice("Copied the " + alert.kind() + " alert and its evidence");
          });
      HBox head = new HBox(8, kind, message, copy);
      HBox.setHgrow(message, Priority.ALWAYS);
      message.setMaxWidth(Double.MAX_VALUE);
      SelectableText evidence = new SelectableText(alert.evidence());
      evidence.getStyleClass().addAll(Styles.MUTED, "health-alert-evidence");
      VBox box = new VBox(4, head, evidence);
      box.setId("health-alert-" + alert.kind().name().toLowerCase(java.util.Locale.ROOT));
      box.setMaxWidth(Double.MAX_VALUE);
      evidence.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
      message.maxWidthProperty().bind(getListView().widthProperty().subtract(220));
      setGraphic(box);
      setText(null);
    }
  }
}
