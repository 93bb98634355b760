package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.ConsoleRemedies;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DoctorViewTest {
  private ConsoleFixture console;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  @Test
  void beforeTheFirstRunTheEmptyListSaysWhatWillAppear(FxRobot robot) {
    console.navigate(Page.DOCTOR);

    javafx.scene.control.ListView<?> checks = robot.lookup("#doctor-checks")
        .queryAs(javafx.scene.control.ListView.class);

    assertThat(checks.getItems()).isEmpty();
    assertThat(((javafx.scene.control.Label) checks.getPlaceholder()).getText())
        .contains("appear here").contains("endpoint");
  }

  @Test
  void theTableRecomputedFromTheNodesStateAtTheLookbackEpochIsOneOfTheChecks(FxRobot robot)
      throws Exception {
    String genesisTable = "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";
    // butterflynet's manifest bootstrapping at 900 (its genesis is the lookback tipset) and
    // naming the genesis table
    String manifest = io.f3console.core.testing.SharedData.text("lotus_f3manifest_butterfly.json")
        .replaceFirst("\"BootstrapEpoch\"\\s*:\\s*1000", "\"BootstrapEpoch\": 900")
        .replaceFirst("\"InitialPowerTable\"\\s*:\\s*null",
            "\"InitialPowerTable\": {\"/\": \"" + genesisTable + "\"}");
    try (io.f3console.core.blocks.CarBlockSource genesis =
        io.f3console.core.blocks.CarBlockSource.open(io.f3console.core.testing.SharedData.file(
            "state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst"));
        FakeLotusNode node = FakeLotusNode.serving(genesis)
            .answering("Filecoin.F3GetManifest", manifest)
            .answering("Filecoin.ChainGetTipSetByHeight", "{\"Cids\":[{\"/\":\""
                + genesis.roots().get(0) + "\"}],\"Blocks\":[],\"Height\":0}")) {
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(() -> robot.lookup("#doctor-endpoint").queryAs(TextField.class)
          .setText(node.endpoint().toString()));
      robot.clickOn("#doctor-run");
      ListView<?> list = robot.lookup("#doctor-checks").queryAs(ListView.class);
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#doctor-verdict")
          .queryAs(Label.class).getText().matches("^[✔⚠✘–] .*"));
      WaitForAsyncUtils.waitForFxEvents();

      @SuppressWarnings("unchecked")
      List<DoctorCheck> shown = (List<DoctorCheck>) list.getItems();
      DoctorCheck lookback = shown.stream().filter(c -> c.id().equals(Doctor.LOOKBACK_STATE))
          .findFirst().orElseThrow();
      assertThat(lookback.verdict()).as(lookback.toString()).isEqualTo(CheckVerdict.PASS);
      assertThat(String.join(" ", lookback.evidence())).contains(genesisTable);
      assertThat(robot.lookup(".list-cell").queryAll().stream()
          .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell
              && cell.getItem() == lookback)).isNotEmpty();
    }
  }

  @Test
  void theChecklistShowsTheCoreDoctorsVerdictsWithRemediesForAFaultyNode(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    var chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
      DoctorReport expected;
      try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(),
          SourceOptions.defaults())) {
        expected = new Doctor(client, NetworkSelection.of(console.context().workspace()
            .network()), DoctorOptions.defaults().withProgressPause(Duration.ZERO)).run();
      }
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(() -> robot.lookup("#doctor-endpoint").queryAs(TextField.class)
          .setText(node.endpoint().toString()));
      robot.clickOn("#doctor-run");
      ListView<?> list = robot.lookup("#doctor-checks").queryAs(ListView.class);
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#doctor-verdict")
          .queryAs(Label.class).getText().matches("^[✔⚠✘–] .*"));
      WaitForAsyncUtils.waitForFxEvents();

      @SuppressWarnings("unchecked")
      List<DoctorCheck> shown = (List<DoctorCheck>) list.getItems();
      assertThat(shown).extracting(DoctorCheck::id, DoctorCheck::verdict)
          .containsExactlyElementsOf(expected.checks().stream()
              .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.verdict())).toList());
      assertThat(expected.overall()).isEqualTo(CheckVerdict.FAIL);
      assertThat(robot.lookup("#doctor-verdict").queryAs(Label.class).getText())
          .startsWith("✘ " + expected.count(CheckVerdict.FAIL) + " check(s) failed");
      assertThat(shown.stream().filter(c -> c.verdict() == CheckVerdict.FAIL))
          .allSatisfy(c -> assertThat(c.remedy()).isPresent());
      assertThat(shown).allSatisfy(c -> assertThat(c.remedy().orElse(""))
          .doesNotContain("f3console ").doesNotContainPattern("--[a-z]"));
      assertThat(expected.count(CheckVerdict.FAIL)).as("one root cause, one failure")
          .isEqualTo(1);
      DoctorCheck root = expected.check(Doctor.INITIAL_POWER_TABLE).orElseThrow();
      assertThat(root.consequences()).isNotEmpty();
      javafx.scene.layout.VBox consequences = robot.lookup("#doctor-consequences-"
          + Doctor.INITIAL_POWER_TABLE).queryAs(javafx.scene.layout.VBox.class);
      assertThat(consequences.getChildren()).hasSize(root.consequences().size() + 1);
      assertThat(consequences.getChildren().subList(1, consequences.getChildren().size()))
          .extracting(n -> ((Label) n).getText())
          .containsExactlyElementsOf(root.consequences().stream().map(c -> "↳ " + c).toList());

      // the whole diagnosis copies as Markdown; one check copies with Ctrl+C
      robot.clickOn("#doctor-copy");
      String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard
          .getSystemClipboard().getString()).get();
      assertThat(copied).startsWith("# F3 bootstrap doctor")
          .contains("## " + root.title() + ": failed")
          .contains("**What to do:** " + shown.stream().filter(c -> c.id().equals(root.id()))
              .findFirst().orElseThrow().remedy().orElseThrow());
      int index = shown.indexOf(shown.stream().filter(c -> c.id().equals(root.id()))
          .findFirst().orElseThrow());
      WaitForAsyncUtils.asyncFx(() -> {
        list.getSelectionModel().select(index);
        list.requestFocus();
      });
      WaitForAsyncUtils.waitForFxEvents();
      robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.C)
          .release(javafx.scene.input.KeyCode.CONTROL);
      String one = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard
          .getSystemClipboard().getString()).get();
      assertThat(one).startsWith("## " + root.title() + ": failed").doesNotContain("# F3");
    }
  }

  /** Runs the Doctor view against {@code node} and returns the checks it shows. */
  @SuppressWarnings("unchecked")
  private List<DoctorCheck> runDoctorView(FxRobot robot, FakeLotusNode node) throws Exception {
    console.navigate(Page.DOCTOR);
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#doctor-endpoint").queryAs(TextField.class)
        .setText(node.endpoint().toString()));
    robot.clickOn("#doctor-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#doctor-verdict")
        .queryAs(Label.class).getText().matches("^[✔⚠✘–] .*"));
    WaitForAsyncUtils.waitForFxEvents();
    return List.copyOf((List<DoctorCheck>) robot.lookup("#doctor-checks")
        .queryAs(ListView.class).getItems());
  }

  @Test
  void aServedTableIsComparedEntryByEntryWithTheRememberedPublishedOneAsOnTheCommandLine(
      FxRobot robot) throws Exception {
    PublishedTables store = console.context().published();
    store.remember(PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json"))
        .toTable());
    try (FakeLotusNode node = FakeLotusNode.startMainnet()
        .withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      DoctorReport expected;
      try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(),
          SourceOptions.defaults())) {
        expected = ConsoleRemedies.phrase(new Doctor(client, NetworkProfiles.builtIn()
            .resolve("mainnet"), DoctorOptions.defaults().withProgressPause(Duration.ZERO),
            Optional.of(store)).run());
      }

      DoctorCheck shown = runDoctorView(robot, node).stream()
          .filter(c -> c.id().equals(Doctor.INITIAL_POWER_TABLE)).findFirst().orElseThrow();

      assertThat(shown.evidence()).contains("The table the node serves: 1 entry differs from"
          + " mainnet's published initial table (remembered): 1 missing.");
      assertThat(shown.evidence()).isEqualTo(expected.check(Doctor.INITIAL_POWER_TABLE)
          .orElseThrow().evidence());
      assertThat(shown.remedy().orElseThrow()).doesNotContain("f3console ");
    }
  }

  @Test
  void withoutTheRememberedTableTheDoctorViewSaysHowToGetItInConsoleWords(FxRobot robot)
      throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()
        .withFaults(NodeFaults.NONE.withWrongInitialPowerTable())) {
      DoctorCheck shown = runDoctorView(robot, node).stream()
          .filter(c -> c.id().equals(Doctor.INITIAL_POWER_TABLE)).findFirst().orElseThrow();

      assertThat(String.join(" ", shown.evidence())).contains("not remembered here");
      assertThat(shown.remedy().orElseThrow())
          .contains("connect to any mainnet node (File ▸ Connect to a node)")
          .doesNotContain("f3console ").doesNotContainPattern("--[a-z]");
    }
  }

  @Test
  void aClosedPortFailsTheFirstCheckAndSkipsTheRest(FxRobot robot) throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    console.navigate(Page.DOCTOR);
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#doctor-endpoint").queryAs(TextField.class)
        .setText("http://127.0.0.1:9/rpc/v1"));
    robot.clickOn("#doctor-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#doctor-verdict")
        .queryAs(Label.class).getText().startsWith("✘ 1 check(s) failed"));
    WaitForAsyncUtils.waitForFxEvents();

    @SuppressWarnings("unchecked")
    List<DoctorCheck> shown = (List<DoctorCheck>) robot.lookup("#doctor-checks")
        .queryAs(ListView.class).getItems();
    assertThat(shown.get(0).verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(shown.subList(1, shown.size())).allSatisfy(c ->
        assertThat(c.verdict()).isEqualTo(CheckVerdict.SKIPPED));
  }

  @Test
  void onAFirstLaunchTheDoctorRunsForTheNetworkTheRealNodeNamesNotTheDemo(FxRobot robot)
      throws Exception {
    console.openDemo(DemoNetwork.Scenario.HEALTHY);
    String demoCid = console.context().workspace().table().orElseThrow().table().cid()
        .toString();
    assertThat(console.context().workspace().network().key()).isEqualTo("demo");
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(() -> robot.lookup("#doctor-endpoint").queryAs(TextField.class)
          .setText(node.endpoint().toString()));
      robot.clickOn("#doctor-run");
      WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#doctor-verdict")
          .queryAs(Label.class).getText().matches("^[✔⚠✘–] .*"));
      console.awaitIdle();

      @SuppressWarnings("unchecked")
      List<DoctorCheck> shown = (List<DoctorCheck>) robot.lookup("#doctor-checks")
          .queryAs(ListView.class).getItems();
      assertThat(shown).filteredOn(c -> c.id().equals(Doctor.NETWORK)).singleElement()
          .satisfies(c -> {
            assertThat(c.detail("expected")).contains("filecoin");
            assertThat(c.detail("manifestNetworkName")).contains("filecoin");
          });
      assertThat(shown).filteredOn(c -> c.id().equals("initial-power-table")).singleElement()
          .satisfies(c -> assertThat(c.verdict()).isEqualTo(CheckVerdict.PASS));
      assertThat(shown).allSatisfy(c -> {
        assertThat(c.remedy().orElse("")).doesNotContain(demoCid, "f3console ")
            .doesNotContainPattern("--[a-z]");
        assertThat(String.join(" ", c.evidence())).doesNotContain(demoCid);
      });
    }
  }

  @Test
  void remediesNameConsoleControlsNotCommandLineFlags(FxRobot robot) throws Exception {
    var chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.requireToken("secret-token");
      console.navigate(Page.DOCTOR);
      WaitForAsyncUtils.asyncFx(() -> robot.lookup("#doctor-endpoint").queryAs(TextField.class)
          .setText(node.endpoint().toString()));
      robot.clickOn("#doctor-run");
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#doctor-verdict")
          .queryAs(Label.class).getText().startsWith("✘"));
      console.awaitIdle();

      @SuppressWarnings("unchecked")
      List<DoctorCheck> shown = (List<DoctorCheck>) robot.lookup("#doctor-checks")
          .queryAs(ListView.class).getItems();
      DoctorCheck first = shown.get(0);
      assertThat(first.verdict()).isEqualTo(CheckVerdict.FAIL);
      assertThat(first.remedy().orElseThrow()).contains("Token field").doesNotContain("--");
    }
  }
}
