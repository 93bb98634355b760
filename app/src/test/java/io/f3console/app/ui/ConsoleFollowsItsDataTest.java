package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.context.ConsoleOptions;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.app.ui.shell.ConsoleWindow;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustState;
import io.f3console.core.validation.FailureReason;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console follows its data, tried as a new user would: one trust state everywhere, no network
 * switched by a stray key, a table opened over certificates asks first, and data that names its
 * network switches to it and says so.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleFollowsItsDataTest {
  private ConsoleFixture console;

  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void aChainValidatingFromATableThatIsNotMainnetsIsNotGreenAnywhere(FxRobot robot)
      throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(11, 8, 5, "filecoin")).generate();
    Path table = dir.resolve("generated_table.json");
    PowerTableFiles.write(table, chain.initialTable().entries(), PowerTableFormat.JSON_ENTRIES);
    Path certs = dir.resolve("generated_certs.json");
    try (OutputStream out = Files.newOutputStream(certs)) {
      CertificateJson.write(chain.certificates(), out);
    }
    select("mainnet");

    console.open(table, certs);

    var workspace = console.context().workspace();
    assertThat(workspace.network().key()).isEqualTo("mainnet");
    assertThat(workspace.chain().orElseThrow().inspection().orElseThrow().result().valid())
        .isTrue();
    Label overview = robot.lookup("#overview-verdict").queryAs(Label.class);
    assertThat(overview.getText()).contains("the starting table is not mainnet's");
    assertThat(overview.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
    TrustBadge badge = robot.lookup("#trust-badge").queryAs(TrustBadge.class);
    assertThat(badge.getText()).contains(TrustState.MISMATCH.word());
    assertThat(badge.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);

    console.navigate(Page.CERTIFICATES);
    Label banner = robot.lookup("#certificates-summary").queryAs(Label.class);
    assertThat(banner.getText())
        .isEqualTo("✘ The certificates are consistent, but the starting table is not mainnet's");
    assertThat(banner.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
    assertThat(robot.lookup("#certificates-meaning").queryAs(Label.class).getText())
        .contains("Do not rely on this chain for mainnet");

    StoredSession session = only(SessionKind.VALIDATION);
    assertThat(session.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(session.record().reason()).contains("UNTRUSTED_POWER_TABLE");
    assertThat(session.record().trust()).contains(TrustState.MISMATCH);
    assertThat(session.record().network()).contains("mainnet");
  }

  @Test
  void arrowKeysAfterStartChangeNoNetworkAndRecordNoSession(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(
        () ->
            ConsoleWindow.openInitial(
                console.context(),
                new ConsoleOptions(List.of(), Optional.empty(), Optional.empty(), Theme.LIGHT)));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    NetworkProfile before = console.context().workspace().network();
    int sessions = list().size();
    Node focused = console.scene().getFocusOwner();
    assertThat(focused).isNotNull();
    assertThat(focused.getId()).isNotEqualTo("network-box");

    robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP);
    robot.clickOn("#network-box");
    robot.type(KeyCode.ESCAPE);
    robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP, KeyCode.DOWN);
    console.awaitIdle();

    assertThat(console.context().workspace().network()).isEqualTo(before);
    assertThat(robot.lookup("#network-box").queryAs(ComboBox.class).getValue()).isEqualTo(before);
    assertThat(list()).hasSize(sessions);
  }

  @Test
  void aKnownInitialTableSwitchesToItsNetworkAndSaysSo(FxRobot robot) {
    select("calibnet");

    console.open(SharedData.file("mainnet_initial_power_table.json"));

    assertThat(console.context().workspace().network().key()).isEqualTo("mainnet");
    assertThat(console.context().dialogs().noticeProperty().get())
        .isEqualTo("Switched to mainnet: the table is mainnet's initial power table.");
    assertThat(console.context().workspace().table().orElseThrow().trust().state())
        .isEqualTo(TrustState.VERIFIED);
  }

  @Test
  void certificatesOfAnotherNetworkOfferAOneClickSwitch(FxRobot robot) {
    console.openDemo(io.f3console.core.sim.DemoNetwork.Scenario.HEALTHY);
    NetworkProfile mainnet =
        console.context().loader().networks().stream()
            .filter(p -> p.key().equals("mainnet"))
            .findFirst()
            .orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> console.context().loader().changeNetwork(mainnet));
    WaitForAsyncUtils.waitForFxEvents();
    console.awaitIdle();
    var inspection = console.context().workspace().chain().orElseThrow().inspection().orElseThrow();
    assertThat(inspection.result().failure().orElseThrow().reason())
        .isEqualTo(FailureReason.INVALID_SIGNATURE);

    console.navigate(Page.CERTIFICATES);
    Button offer = robot.lookup("#certificates-switch-network").queryAs(Button.class);
    assertThat(offer.isVisible()).isTrue();
    assertThat(offer.getText()).isEqualTo("Switch to demo");
    assertThat(robot.lookup("#certificates-meaning").queryAs(Label.class).getText())
        .contains("the data is demo's");
    robot.clickOn(offer);
    console.awaitIdle();

    assertThat(console.context().workspace().network().key()).isEqualTo("demo");
    assertThat(
            console
                .context()
                .workspace()
                .chain()
                .orElseThrow()
                .inspection()
                .orElseThrow()
                .result()
                .valid())
        .isTrue();
    assertThat(robot.lookup("#certificates-summary").queryAs(Label.class).getText())
        .startsWith("✔");
  }

  // ---- a table opened while certificates are open

  @Test
  void replacingEverythingClosesTheCertificates(FxRobot robot) throws Exception {
    Path generated = openMainnetThenAskAbout(robot);
    robot.clickOn("#table-arrival-replace");
    console.awaitIdle();

    var workspace = console.context().workspace();
    assertThat(workspace.chain()).isEmpty();
    assertThat(workspace.sources()).containsExactly(WorkspaceSources.file(generated));
    assertThat(workspace.network().key()).isEqualTo("mainnet");
  }

  @Test
  void checkingTheOpenCertificatesValidatesThemFromTheNewTable(FxRobot robot) throws Exception {
    Path generated = openMainnetThenAskAbout(robot);
    robot.clickOn("#table-arrival-check");
    console.awaitIdle();

    var workspace = console.context().workspace();
    assertThat(workspace.sources())
        .containsExactly(
            WorkspaceSources.file(generated),
            WorkspaceSources.file(SharedData.file("mainnet_certs_0_9.json")));
    var result = workspace.chain().orElseThrow().inspection().orElseThrow().result();
    assertThat(result.valid()).isFalse();
    assertThat(result.failure().orElseThrow().instance()).isZero();
    assertThat(workspace.table().orElseThrow().trust().state()).isEqualTo(TrustState.MISMATCH);
    assertThat(workspace.network().key()).isEqualTo("mainnet");
  }

  @Test
  void openingBesideKeepsEverythingAndComparesTheTwoTables(FxRobot robot) throws Exception {
    Path generated = openMainnetThenAskAbout(robot);
    robot.clickOn("#table-arrival-beside");
    console.awaitIdle();

    var workspace = console.context().workspace();
    assertThat(workspace.sources())
        .containsExactly(
            WorkspaceSources.file(SharedData.file("mainnet_initial_power_table.json")),
            WorkspaceSources.file(SharedData.file("mainnet_certs_0_9.json")));
    assertThat(workspace.chain().orElseThrow().inspection().orElseThrow().result().valid())
        .isTrue();
    assertThat(console.context().pageProperty().get()).isEqualTo(Page.POWER_TABLE);
    assertThat(robot.lookup("#compare-toggle").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(String.valueOf(robot.lookup("#compare-b").queryAs(ComboBox.class).getValue()))
        .contains(generated.getFileName().toString());
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#compare-verdict").queryAs(Label.class).getText().isBlank());
  }

  @Test
  void cancellingWithEscapeChangesNothing(FxRobot robot) throws Exception {
    openMainnetThenAskAbout(robot);
    List<String> before = List.copyOf(console.context().workspace().sources());
    int sessions = list().size();

    robot.type(KeyCode.ESCAPE);
    console.awaitIdle();

    assertThat(robot.lookup("#table-arrival").tryQuery()).isEmpty();
    assertThat(console.context().workspace().sources()).isEqualTo(before);
    assertThat(list()).hasSize(sessions);
  }

  /** Opens the real mainnet table and certificates 0–9, then a generated table: the question. */
  private Path openMainnetThenAskAbout(FxRobot robot) throws Exception {
    console.open(
        SharedData.file("mainnet_initial_power_table.json"),
        SharedData.file("mainnet_certs_0_9.json"));
    assertThat(
            console
                .context()
                .workspace()
                .chain()
                .orElseThrow()
                .inspection()
                .orElseThrow()
                .result()
                .valid())
        .isTrue();
    Path generated = dir.resolve("generated_table.json");
    PowerTableFiles.write(
        generated,
        SyntheticNetwork.of(SimulationSpec.of(5, 12, 0, "filecoin")).initialTable().entries(),
        PowerTableFormat.JSON_ENTRIES);
    WaitForAsyncUtils.asyncFx(() -> console.context().loader().openFiles(List.of(generated)));
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("#table-arrival").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#table-arrival-text").queryAs(Label.class).getText())
        .contains("Replace everything", "Check the open certificates", "Open beside");
    return generated;
  }

  private void select(String key) {
    NetworkProfile profile =
        console.context().loader().networks().stream()
            .filter(p -> p.key().equals(key))
            .findFirst()
            .orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> console.context().workspace().networkProperty().set(profile));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<SessionSummary> list() throws Exception {
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      return store.list(SessionQuery.all());
    }
  }

  private StoredSession only(SessionKind kind) throws Exception {
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      List<SessionSummary> found = store.list(SessionQuery.all().kind(kind));
      assertThat(found).hasSize(1);
      return store.find(found.get(0).id()).orElseThrow();
    }
  }

  /** The source strings the workspace gives files. */
  private static final class WorkspaceSources {
    static String file(Path path) {
      return "file:" + path.toAbsolutePath().normalize();
    }
  }
}
