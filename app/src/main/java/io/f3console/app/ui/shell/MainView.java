package io.f3console.app.ui.shell;

import io.f3console.app.common.BuildInfo;
import io.f3console.app.common.BundledLibraries;
import io.f3console.app.ui.KeyboardShortcuts;
import io.f3console.app.ui.Page;
import io.f3console.app.ui.PageFocus;
import io.f3console.app.ui.Theme;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.app.ui.sources.SourceDialog;
import io.f3console.core.known.StoredTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.sim.DemoNetwork;
import java.io.File;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.StatusBar;

/** The main window's frame: menus, toolbar, navigation, the page on show, the status bar. */
public final class MainView {
  private final ConsoleContext context;
  private final ViewLoader loader;
  private final Map<Page, Node> pages = new EnumMap<>(Page.class);
  private MainViewModel model;
  private boolean updatingNetwork;

  @FXML private BorderPane root;
  @FXML private Menu viewMenu;
  @FXML private Menu demoMenu;
  @FXML private MenuItem openItem;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem openSourceItem;
  @FXML private MenuItem connectItem;
  @FXML private MenuItem themeItem;
  @FXML private MenuItem shortcutsItem;
  @FXML private CheckMenuItem followItem;
  @FXML private Label followBadge;
  @FXML private HBox followBanner;
  @FXML private Label followBannerText;
  @FXML private ComboBox<NetworkProfile> networkBox;
  @FXML private Label sourceLabel;
  @FXML private Label syntheticLabel;
  @FXML private ToggleButton themeToggle;
  @FXML private ListView<Page> navigation;
  @FXML private StackPane content;
  @FXML private StatusBar statusBar;
  @FXML private Label sourcesStatus;
  @FXML private TrustBadge trustBadge;
  @FXML private Label taskMessage;
  @FXML private ProgressBar taskProgress;
  @FXML private Button cancelButton;

  public MainView(ConsoleContext context) {
    this.context = context;
    this.loader = new ViewLoader(context);
  }

  @FXML
  private void initialize() {
    model = new MainViewModel(context.workspace(), context.loader());
    openItem.setAccelerator(KeyboardShortcuts.OPEN);
    quitItem.setAccelerator(KeyboardShortcuts.QUIT);
    openSourceItem.setAccelerator(KeyboardShortcuts.OPEN_SOURCE);
    connectItem.setAccelerator(KeyboardShortcuts.CONNECT);
    shortcutsItem.setAccelerator(KeyboardShortcuts.SHOW_SHORTCUTS);
    context.loader().setNotices(context.dialogs()::notice, context.dialogs()::withdrawNotice);
    context
        .loader()
        .setTableChooser(
            new TableArrivalDialog(
                () -> root.getScene() == null ? null : root.getScene().getWindow()));
    context
        .workspace()
        .comparisonRequestProperty()
        .addListener(
            (obs, old, table) -> {
              if (table != null) {
                context.navigate(Page.POWER_TABLE);
              }
            });
    bindNetworks();
    bindPublished();
    bindNavigation();
    focusContentFirst();
    bindStatus();
    bindFollow();
    context.themeProperty().addListener((obs, old, theme) -> showTheme(theme));
    showTheme(context.themeProperty().get());
  }

  private void bindNetworks() {
    networkBox.setItems(model.networks());
    networkBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(NetworkProfile network) {
            return MainViewModel.label(network);
          }

          @Override
          public NetworkProfile fromString(String text) {
            return null;
          }
        });
    context
        .workspace()
        .networkProperty()
        .addListener(
            (obs, old, network) -> {
              updatingNetwork = true;
              networkBox.setValue(network);
              updatingNetwork = false;
            });
    networkBox
        .valueProperty()
        .addListener(
            (obs, old, network) -> {
              if (!updatingNetwork) {
                model.selectNetwork(network);
              }
            });
    sourceLabel.textProperty().bind(model.shortSourceSummary());
    javafx.scene.control.Tooltip sources = new javafx.scene.control.Tooltip();
    sources.textProperty().bind(model.sourceSummary());
    sourceLabel.setTooltip(sources);
    syntheticLabel.visibleProperty().bind(context.workspace().syntheticProperty());
    syntheticLabel.managedProperty().bind(syntheticLabel.visibleProperty());
  }

  /**
   * The networks' published initial tables kept once seen, offered beside the demo networks (e.g.
   * "Mainnet at bootstrap (real data)"), opened from the store with no network access.
   */
  private void bindPublished() {
    int fixed = demoMenu.getItems().size();
    ObservableList<StoredTable> tables = context.publishedTables();
    Runnable offer =
        () -> {
          demoMenu.getItems().remove(fixed, demoMenu.getItems().size());
          if (!tables.isEmpty()) {
            demoMenu.getItems().add(new SeparatorMenuItem());
          }
          for (StoredTable table : tables) {
            MenuItem item = new MenuItem(table.title());
            item.setMnemonicParsing(false);
            item.setId("menu-published-" + table.network().key());
            item.setOnAction(e -> context.loader().openPublished(table));
            demoMenu.getItems().add(item);
          }
        };
    tables.addListener((ListChangeListener<StoredTable>) change -> offer.run());
    offer.run();
  }

  /**
   * Keyboard focus starts on the navigation, never on the Network box; the Network box changes only
   * by opening it and choosing (arrow keys on the closed box do nothing), so a stray key never
   * switches the network, validates again and records a session.
   */
  private void focusContentFirst() {
    networkBox.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          boolean arrow =
              switch (event.getCode()) {
                case UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, KP_UP, KP_DOWN -> true;
                default -> false;
              };
          if (arrow && !networkBox.isShowing() && !event.isAltDown()) {
            event.consume();
          }
        });
    navigation
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                navigation.requestFocus();
                Platform.runLater(navigation::requestFocus);
              }
            });
  }

  private void bindNavigation() {
    navigation.getItems().setAll(Page.values());
    for (Page page : Page.values()) {
      MenuItem item = new MenuItem(page.menuText());
      item.setId("menu-page-" + page.id());
      KeyboardShortcuts.page(page).ifPresent(item::setAccelerator);
      item.setOnAction(
          e -> {
            context.navigate(page);
            PageFocus.focus(pages.get(page));
          });
      viewMenu.getItems().add(item);
    }
    navigation
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, page) -> {
              if (page != null) {
                context.navigate(page);
              }
            });
    context.pageProperty().addListener((obs, old, page) -> show(page));
    show(context.pageProperty().get());
  }

  /** The Follow menu item, the status bar's health badge and the alert banner. */
  private void bindFollow() {
    var follow = context.follow();
    followItem.setAccelerator(KeyboardShortcuts.FOLLOW);
    followItem
        .disableProperty()
        .bind(follow.availableProperty().not().and(follow.followingProperty().not()));
    followItem.setSelected(follow.followingProperty().get());
    follow.followingProperty().addListener((obs, old, on) -> followItem.setSelected(on));
    followBadge.textProperty().bind(follow.badgeProperty());
    followBadge.visibleProperty().bind(follow.badgeProperty().isNotEmpty());
    followBadge.managedProperty().bind(followBadge.visibleProperty());
    follow.toneProperty().addListener((obs, old, tone) -> tone.applyTo(followBadge));
    follow.toneProperty().get().applyTo(followBadge);
    followBannerText.textProperty().bind(follow.bannerProperty());
    followBanner.visibleProperty().bind(follow.bannerProperty().isNotEmpty());
    followBanner.managedProperty().bind(followBanner.visibleProperty());
  }

  @FXML
  private void onFollow() {
    context.follow().setFollowing(followItem.isSelected());
  }

  @FXML
  private void onShowHealth() {
    context.navigate(Page.HEALTH);
  }

  @FXML
  private void onDismissBanner() {
    context.follow().dismissBanner();
  }

  /**
   * Shows a page. When the focus was on the page that leaves (or nowhere), it moves into the new
   * page rather than falling back to the toolbar.
   */
  private void show(Page page) {
    Node view = pages.computeIfAbsent(page, p -> loader.load(p.fxml()));
    view.setId(page.id());
    Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
    boolean focusLeaves = focus == null || PageFocus.within(focus, content);
    content.getChildren().setAll(view);
    navigation.getSelectionModel().select(page);
    if (focusLeaves && root.getScene() != null) {
      PageFocus.focus(view);
    }
  }

  private void bindStatus() {
    sourcesStatus.textProperty().bind(model.sourceSummary());
    model.trust().addListener((obs, old, trust) -> trustBadge.show(trust));
    trustBadge.show(model.trust().get());
    statusBar.textProperty().bind(context.dialogs().noticeProperty());
    taskMessage.textProperty().bind(context.runner().messageProperty());
    // Indeterminate (moving) from the first moment, until the work reports how far it is.
    taskProgress
        .progressProperty()
        .bind(
            Bindings.when(context.runner().progressProperty().greaterThan(0))
                .then(context.runner().progressProperty())
                .otherwise(-1.0));
    taskProgress.visibleProperty().bind(context.runner().runningProperty());
    cancelButton.visibleProperty().bind(context.runner().runningProperty());
    cancelButton.managedProperty().bind(cancelButton.visibleProperty());
    taskProgress.managedProperty().bind(taskProgress.visibleProperty());
  }

  private void showTheme(Theme theme) {
    themeToggle.setSelected(false);
    themeToggle.setText(theme.switchLabel());
    themeToggle.setTooltip(new javafx.scene.control.Tooltip(theme.switchTooltip()));
    themeItem.setText(theme == Theme.DARK ? "Li_ght theme" : "Dar_k theme");
  }

  @FXML
  private void onOpen() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open power tables and certificates");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Power tables, certificates, snapshots",
                "*.json",
                "*.cbor",
                "*.car",
                "*.f3",
                "*.snap",
                "*.bin"),
            new FileChooser.ExtensionFilter("All files", "*"));
    List<File> files = context.dialogs().chooseToOpenMany(chooser, root.getScene().getWindow());
    if (!files.isEmpty()) {
      context.loader().openFiles(files.stream().map(File::toPath).toList());
    }
  }

  @FXML
  private void onOpenSource() {
    SourceDialog.forSource(context).show();
  }

  @FXML
  private void onConnect() {
    SourceDialog.forNode(context).show();
  }

  @FXML
  private void onDemoHealthy() {
    context.loader().openDemo(DemoNetwork.Scenario.HEALTHY);
  }

  @FXML
  private void onDemoBroken() {
    context.loader().openDemo(DemoNetwork.Scenario.BROKEN);
  }

  @FXML
  private void onToggleTheme() {
    context.themeProperty().set(context.themeProperty().get().other());
  }

  @FXML
  private void onCancel() {
    context.runner().cancel();
  }

  @FXML
  private void onQuit() {
    Platform.exit();
  }

  @FXML
  private void onShortcuts() {
    ShortcutsDialog.show(root.getScene().getWindow());
  }

  @FXML
  private void onAbout() {
    Alert about = new Alert(Alert.AlertType.INFORMATION);
    about.initOwner(root.getScene().getWindow());
    about.setTitle("About F3 Console");
    about.setHeaderText(BuildInfo.current().line());
    about.setContentText(
        "Power tables, worker keys and finality certificates of Filecoin's"
            + " fast finality (F3), validated exactly as go-f3 validates them.");
    TextArea libraries =
        new TextArea(
            BundledLibraries.list().stream()
                .map(BundledLibraries.Library::line)
                .collect(Collectors.joining("\n")));
    libraries.setEditable(false);
    libraries.setId("about-libraries");
    libraries.setPrefRowCount(10);
    about
        .getDialogPane()
        .setExpandableContent(
            new VBox(4, new Label("Bundled libraries and their licences:"), libraries));
    about.show();
  }
}
