package io.f3console.app.ui.overview;

import io.f3console.app.ui.Page;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.app.ui.overview.OverviewViewModel.Summary;
import io.f3console.app.ui.sources.SourceDialog;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.core.known.StoredTable;
import io.f3console.core.sim.DemoNetwork;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** The overview: the verdict on what is open, then the network, table and certificates. */
public final class OverviewView {
  private final ConsoleContext context;
  private OverviewViewModel model;

  @FXML private Label verdict;
  @FXML private Label meaning;
  @FXML private Label networkText;
  @FXML private Label tableText;
  @FXML private Label chainText;
  @FXML private CopyableText tableCid;
  @FXML private CopyableText expectedCid;
  @FXML private CopyableText nextCid;
  @FXML private CopyableText tableInstance;
  @FXML private CopyableText biggestActor;
  @FXML private Label biggestShare;
  @FXML private CopyableText firstInstance;
  @FXML private CopyableText lastInstance;
  @FXML private CopyableText nextInstance;
  @FXML private TrustBadge tableBadge;
  @FXML private Button failureButton;
  @FXML private Button switchButton;
  @FXML private FlowPane openButtons;

  public OverviewView(ConsoleContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    model = new OverviewViewModel(context.workspace(), context.runner());
    for (CopyableText value :
        List.of(
            tableCid,
            expectedCid,
            nextCid,
            tableInstance,
            biggestActor,
            firstInstance,
            lastInstance,
            nextInstance)) {
      value.setNotice(context.dialogs()::notice);
    }
    model.summaryProperty().addListener((obs, old, summary) -> show(summary));
    context.workspace().tableProperty().addListener((obs, old, table) -> showTrust(table));
    show(model.summaryProperty().get());
    showTrust(context.workspace().table().orElse(null));
    bindPublished();
  }

  /** A button per remembered published table, after the demo networks' buttons. */
  private void bindPublished() {
    int demos = 2;
    int fixed = openButtons.getChildren().size();
    ObservableList<StoredTable> tables = context.publishedTables();
    Runnable offer =
        () -> {
          openButtons.getChildren().remove(demos, demos + openButtons.getChildren().size() - fixed);
          int at = demos;
          for (StoredTable table : tables) {
            Button button = new Button(table.title());
            button.setId("overview-published-" + table.network().key());
            button.setOnAction(e -> context.loader().openPublished(table));
            openButtons.getChildren().add(at++, button);
          }
        };
    tables.addListener((ListChangeListener<StoredTable>) change -> offer.run());
    offer.run();
  }

  private void show(Summary summary) {
    verdict.setText(summary.tone().icon() + "  " + summary.verdict());
    summary.tone().applyTo(verdict);
    meaning.setText(summary.meaning().isEmpty() ? "" : "What it means: " + summary.meaning());
    meaning.setVisible(!summary.meaning().isEmpty());
    meaning.setManaged(meaning.isVisible());
    networkText.setText(summary.network());
    tableText.setText(summary.table().isEmpty() ? "No power table is open." : summary.table());
    chainText.setText(summary.chain().isEmpty() ? "No certificates are open." : summary.chain());
    tableCid.setValue(summary.tableCid(), "CID");
    showValue(expectedCid, model.expectedCid(), "expected initial power-table CID");
    showValue(nextCid, model.nextTableCid(), "next power-table CID");
    showValue(tableInstance, model.tableInstance(), "instance");
    showValue(firstInstance, model.firstInstance(), "instance");
    lastInstance.setValue(model.lastInstance(), "instance");
    showValue(nextInstance, model.nextInstance(), "instance");
    Optional<OverviewViewModel.Participant> biggest = model.biggestParticipant();
    showValue(biggestActor, biggest.map(OverviewViewModel.Participant::actor).orElse(""), "actor");
    biggestShare.setText(biggest.map(OverviewViewModel.Participant::share).orElse(""));
    switchButton.setText(summary.switchTo().map(key -> "Switch to " + key).orElse(""));
    switchButton.setVisible(summary.switchTo().isPresent());
    switchButton.setManaged(switchButton.isVisible());
    failureButton.setVisible(summary.failureIndex().isPresent());
    failureButton.setManaged(failureButton.isVisible());
  }

  private void showTrust(LoadedTable table) {
    tableBadge.show(table == null ? null : table.trust());
  }

  @FXML
  private void onSwitchNetwork() {
    model.summaryProperty().get().switchTo().ifPresent(context.loader()::switchTo);
  }

  @FXML
  private void onShowTable() {
    context.navigate(Page.POWER_TABLE);
  }

  @FXML
  private void onShowCertificates() {
    context.navigate(Page.CERTIFICATES);
  }

  @FXML
  private void onShowFailure() {
    model
        .summaryProperty()
        .get()
        .failureIndex()
        .ifPresent(index -> context.workspace().selectedCertificateProperty().set(index));
    context.navigate(Page.CERTIFICATES);
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

  /** A row with a value to copy, hidden (with its caption) when there is none. */
  private static void showValue(CopyableText field, String cid, String what) {
    field.setValue(cid, what);
    javafx.scene.Node row = field.getParent();
    row.setVisible(!cid.isEmpty());
    row.setManaged(!cid.isEmpty());
  }
}
