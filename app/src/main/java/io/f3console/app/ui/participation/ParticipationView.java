package io.f3console.app.ui.participation;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.ReportActions;
import io.f3console.app.ui.participation.ParticipationRows.Fact;
import io.f3console.app.ui.participation.ParticipationRows.InstanceRow;
import io.f3console.app.ui.participation.ParticipationRows.RateRow;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.participation.RateWindow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The participation view: the signed share per instance of the loaded certificates (zoomable: the
 * wheel, a drag, the buttons, or {@code +}, {@code -}, the arrows and {@code 0} on the chart), the
 * instances and the missing power of the selected instance or the window, and a miner looked up
 * with its timeline strip and rates. A double-click or Enter on an instance opens it in the
 * certificate stepper. The trust of the data heads the view; the caveat closes it.
 */
public final class ParticipationView {
  private final ConsoleContext context;
  private final Map<String, BackgroundLane> lanes = new HashMap<>();
  private ParticipationViewModel model;
  private ParticipationChart chart;
  private MinerStrip strip;
  private boolean syncingTable;
  private ReportActions report;

  @FXML private Label rangeLabel;
  @FXML private Button zoomOutButton;
  @FXML private Button zoomInButton;
  @FXML private Button panLeftButton;
  @FXML private Button panRightButton;
  @FXML private Button allButton;
  @FXML private Button copyReportButton;
  @FXML private Button exportReportButton;
  @FXML private ToggleButton storeButton;
  @FXML private Label headline;
  @FXML private Label detail;
  @FXML private VBox chartBox;
  @FXML private TabPane tabs;
  @FXML private Tab missingTab;
  @FXML private TableView<InstanceRow> instanceTable;
  @FXML private Label missingTitle;
  @FXML private TableView<ParticipationRows.MissingRow> missingTable;
  @FXML private TextField minerField;
  @FXML private Label minerHeadline;
  @FXML private StackPane stripBox;
  @FXML private HBox stripLegend;
  @FXML private FlowPane minerFacts;
  @FXML private GridPane rateGrid;
  @FXML private Label windowsNote;
  @FXML private Label caveat;

  public ParticipationView(ConsoleContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    model =
        new ParticipationViewModel(
            new Background() {
              @Override
              public <T> void compute(
                  String lane, String title, Supplier<T> work, Consumer<T> apply) {
                lanes
                    .computeIfAbsent(lane, name -> new BackgroundLane(context.runner(), name))
                    .submit(title, progress -> work.get(), apply);
              }
            });
    Workspace workspace = context.workspace();
    model.setOpener(
        index -> {
          workspace.selectedCertificateProperty().set(index);
          context.navigate(Page.CERTIFICATES);
        });
    buildChart();
    explainKeys();
    ParticipationTables.instances(instanceTable, model::open, context.dialogs()::notice);
    ParticipationTables.missing(missingTable, context.dialogs()::notice);
    report =
        new ReportActions(
            context.dialogs(), context.runner(), "the participation report", "f3-participation.md");
    copyReportButton.disableProperty().bind(model.hasReport().not());
    exportReportButton.disableProperty().bind(model.hasReport().not());
    bindHeader();
    bindInstances();
    bindMiner();
    missingTitle.textProperty().bind(model.missingTitle());
    missingTable.setItems(model.missingRows());
    caveat.setText(model.caveat());
    windowsNote.setText(MinerLookup.WINDOWS_NOTE);
    model.lookup().miner().bindBidirectional(workspace.selectedActorProperty());
    workspace
        .chainProperty()
        .addListener(
            (obs, old, chain) -> {
              storeButton.setSelected(false);
              model.load(chain);
            });
    model.load(workspace.chain().orElse(null));
    storeButton.setTooltip(
        new Tooltip(
            "Show every instance in this network's certificate"
                + " store (filled by certs sync or by following a node) instead of the loaded"
                + " certificates"));
  }

  private void buildChart() {
    chart =
        new ParticipationChart(
            model::buckets,
            new ParticipationChart.Listener() {
              @Override
              public void select(int index) {
                model.select(index);
              }

              @Override
              public void open(int index) {
                model.open(index);
              }

              @Override
              public void zoom(double factor, int anchor) {
                model.zoom(factor, anchor);
              }

              @Override
              public void pan(int delta) {
                model.pan(delta);
              }
            });
    VBox.setVgrow(chart, Priority.ALWAYS);
    chartBox.getChildren().add(0, chart);
    chart.addEventHandler(KeyEvent.KEY_PRESSED, this::chartKey);
    strip = new MinerStrip(model::strip, model::select, model::open);
    stripBox.getChildren().add(strip);
    Runnable redraw =
        () -> {
          chart.show(model.viewFrom().get(), model.viewTo().get(), model.selected().get());
          strip.show(model.viewFrom().get(), model.viewTo().get());
        };
    model.viewFrom().addListener((obs, old, v) -> redraw.run());
    model.viewTo().addListener((obs, old, v) -> redraw.run());
    model.selected().addListener((obs, old, v) -> redraw.run());
    model.participation().addListener((obs, old, v) -> redraw.run());
    model.lookup().timeline().addListener((obs, old, v) -> redraw.run());
    redraw.run();
  }

  private void explainKeys() {
    zoomOutButton.setTooltip(new Tooltip("Twice as many instances (− on the chart)"));
    zoomInButton.setTooltip(
        new Tooltip(
            "Half as many instances (+ on the chart; the wheel" + " zooms around the pointer)"));
    panLeftButton.setTooltip(new Tooltip("Earlier instances (← on the chart, or drag it)"));
    panRightButton.setTooltip(new Tooltip("Later instances (→ on the chart, or drag it)"));
    allButton.setTooltip(new Tooltip("Every instance (0 on the chart)"));
    chart.setAccessibleText(
        "Signed share per instance. + and − zoom, ← and → pan,"
            + " Shift+← and Shift+→ select an instance, 0 shows all, Enter opens the selected"
            + " instance in the certificate stepper.");
  }

  private void chartKey(KeyEvent e) {
    boolean handled = true;
    switch (e.getCode()) {
      case PLUS, ADD, EQUALS -> model.zoomIn();
      case MINUS, SUBTRACT -> model.zoomOut();
      case LEFT -> {
        if (e.isShiftDown()) {
          model.select(Math.max(0, model.selected().get() - 1));
        } else {
          model.panLeft();
        }
      }
      case RIGHT -> {
        if (e.isShiftDown()) {
          model.select(model.selected().get() + 1);
        } else {
          model.panRight();
        }
      }
      case HOME, DIGIT0, NUMPAD0 -> model.showAll();
      case ENTER -> model.openSelected();
      case ESCAPE -> model.select(-1);
      default -> handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  private void bindHeader() {
    rangeLabel.textProperty().bind(model.rangeText());
    headline.textProperty().bind(model.headline());
    model.tone().addListener((obs, old, tone) -> tone.applyTo(headline));
    model.tone().get().applyTo(headline);
    detail.textProperty().bind(model.detail());
    detail.visibleProperty().bind(model.detail().isNotEmpty());
    detail.managedProperty().bind(detail.visibleProperty());
  }

  private void bindInstances() {
    model.instanceRows().addListener((obs, old, rows) -> showInstances(rows));
    showInstances(model.instanceRows().get());
    instanceTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (!syncingTable && row != null) {
                model.select(row.index());
              }
            });
    model.selected().addListener((obs, old, index) -> selectRow(index.intValue()));
    model
        .viewFrom()
        .addListener(
            (obs, old, from) -> {
              int selected = model.selected().get();
              if (selected < from.intValue() || selected >= model.viewTo().get()) {
                instanceTable.scrollTo(from.intValue());
              }
            });
  }

  /** Every instance, made as the table scrolls; the rows' index is the stepper's. */
  private void showInstances(List<InstanceRow> rows) {
    syncingTable = true;
    instanceTable.setItems(FXCollections.observableList(rows));
    syncingTable = false;
    selectRow(model.selected().get());
  }

  private void selectRow(int index) {
    syncingTable = true;
    if (index < 0 || index >= instanceTable.getItems().size()) {
      instanceTable.getSelectionModel().clearSelection();
    } else if (instanceTable.getSelectionModel().getSelectedIndex() != index) {
      instanceTable.getSelectionModel().select(index);
      instanceTable.scrollTo(Math.max(0, index - 2));
    }
    syncingTable = false;
  }

  private void bindMiner() {
    minerHeadline.textProperty().bind(model.lookup().headline());
    model
        .lookup()
        .miner()
        .addListener(
            (obs, old, actor) -> {
              if (actor != null && !minerField.isFocused()) {
                minerField.setText(actor.address());
              }
            });
    boolean[] known = {false};
    model
        .lookup()
        .timeline()
        .addListener(
            (obs, old, timeline) -> {
              known[0] = timeline != null;
              stripBox.setVisible(known[0]);
              stripBox.setManaged(known[0]);
              stripLegend.setVisible(known[0]);
              stripLegend.setManaged(known[0]);
            });
    stripBox.setVisible(false);
    stripBox.setManaged(false);
    stripLegend.setVisible(false);
    stripLegend.setManaged(false);
    model.lookup().facts().addListener((ListChangeListener<Fact>) c -> showFacts());
    model.lookup().rates().addListener((ListChangeListener<RateRow>) c -> showRates());
    if (model.lookup().miner().get() != null) {
      minerField.setText(model.lookup().miner().get().address());
    }
  }

  private void showFacts() {
    minerFacts.getChildren().clear();
    for (Fact fact : model.lookup().facts()) {
      Label name = new Label(fact.label());
      name.getStyleClass().add("miner-fact-name");
      name.setMinWidth(Label.USE_PREF_SIZE);
      Label value = new Label(fact.value());
      value.setMinWidth(Label.USE_PREF_SIZE);
      value.setId("miner-fact-" + fact.label().toLowerCase(Locale.ROOT).replace(' ', '-'));
      minerFacts.getChildren().add(new HBox(6, name, value));
    }
  }

  private void showRates() {
    rateGrid.getChildren().clear();
    if (model.lookup().rates().isEmpty()) {
      return;
    }
    String[] headers = {"Window", "Instances", "Signed", "Rate"};
    for (int c = 0; c < headers.length; c++) {
      rateGrid.add(cell(headers[c], "rate-header"), c, 0);
    }
    int r = 1;
    for (RateRow row : model.lookup().rates()) {
      Label window = cell(row.window(), null);
      window.setTooltip(
          new Tooltip(
              row.epochs()
                  + " of "
                  + RateWindow.EPOCH_SECONDS
                  + " s back from the newest head epoch"));
      rateGrid.add(window, 0, r);
      rateGrid.add(cell(row.instances(), null), 1, r);
      rateGrid.add(cell(row.signed(), null), 2, r);
      Label rate = cell(row.rate(), null);
      rate.setId("rate-" + row.window().replace(' ', '-'));
      rateGrid.add(rate, 3, r);
      r++;
    }
  }

  private static Label cell(String text, String style) {
    Label label = new Label(text);
    label.setMinWidth(Label.USE_PREF_SIZE);
    if (style != null) {
      label.getStyleClass().add(style);
    }
    return label;
  }

  @FXML
  private void onLookUp() {
    if (model.lookup().lookUp(minerField.getText())) {
      minerField.selectAll();
    }
  }

  @FXML
  private void onZoomIn() {
    model.zoomIn();
  }

  @FXML
  private void onStore() {
    if (storeButton.isSelected()) {
      String network = context.workspace().network().f3NetworkName();
      model.loadStore(context.storeOf(network), network);
    } else {
      model.load(context.workspace().chain().orElse(null));
    }
  }

  @FXML
  private void onZoomOut() {
    model.zoomOut();
  }

  @FXML
  private void onPanLeft() {
    model.panLeft();
  }

  @FXML
  private void onPanRight() {
    model.panRight();
  }

  @FXML
  private void onCopyReport() {
    report.copy(model::markdown);
  }

  @FXML
  private void onExportReport() {
    report.export(model::markdown, headline.getScene().getWindow());
  }

  @FXML
  private void onShowAll() {
    model.showAll();
  }

  /** Shows the missing-power tab (for the keyboard: the tables are one tab apart). */
  void showMissing() {
    tabs.getSelectionModel().select(missingTab);
  }
}
