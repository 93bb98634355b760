package io.f3console.app.ui.follow;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.health.HealthViewTest;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.FakeLotusNode;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Following stops cleanly from the window: by the menu item, and when the window closes (what
 * following does round by round is HealthViewModelTest's).
 */
@ExtendWith(ApplicationExtension.class)
class LiveFollowTest {
  static SyntheticChain chain;
  private ConsoleFixture console;

  @BeforeAll
  static void generate() throws Exception {
    chain = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  static long head(int published) {
    return chain.certificates().get(published - 1).chain().head().epoch();
  }

  LiveFollow follow() {
    return console.context().follow();
  }

  void startFollowing(FakeLotusNode node) throws Exception {
    HealthViewTest.connect(console, node);
    WaitForAsyncUtils.asyncFx(
        () -> {
          follow().intervalProperty().set(java.time.Duration.ofMillis(100));
          follow().start();
        });
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> follow().roundsProperty().get() >= 3);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void stoppingFromTheMenuStopsTheRounds(FxRobot robot) throws Exception {
    AtomicLong chainHead = new AtomicLong(head(20) + 1);
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).publish(20).withChainHead(chainHead::get)) {
      startFollowing(node);
      assertThat(robot.lookup("#follow-badge").queryAs(Label.class).getText())
          .isEqualTo("Following: healthy");

      robot.clickOn("File").clickOn("#menu-follow");
      WaitForAsyncUtils.waitForFxEvents();
      console.awaitIdle();
      assertThat(follow().followingProperty().get()).isFalse();
      int rounds = follow().roundsProperty().get();
      int heads = node.requests("Filecoin.ChainHead");
      // many intervals later nothing more has been asked
      Thread.sleep(1500);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(follow().roundsProperty().get()).isEqualTo(rounds);
      assertThat(node.requests("Filecoin.ChainHead")).isEqualTo(heads);
      assertThat(robot.lookup("#follow-badge").queryAs(Label.class).isVisible()).isFalse();
      assertThat(follow().stoppedProperty().get()).isEqualTo("Following stopped.");

      // the run is in the history, as a monitor run is
      try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
        var found = new java.util.ArrayList<io.f3console.core.history.SessionRecord>();
        for (var summary : store.list(SessionQuery.all().kind(SessionKind.CHECK))) {
          var record = store.find(summary.id()).orElseThrow().record();
          if (record.command().equals("Health view")) {
            found.add(record);
          }
        }
        assertThat(found).hasSize(1);
        assertThat(found.get(0).verdict()).isEqualTo(SessionVerdict.PASSED);
        assertThat(found.get(0).summary())
            .startsWith(
                "Followed rpc:" + node.endpoint() + " for " + rounds + " rounds; last: healthy.");
        assertThat(found.get(0).instanceReached()).hasValue(19L);
      }
    }
  }

  @Test
  void aNodeThatGoesAwayIsUnreachableAndClosingTheWindowStopsFollowing(FxRobot robot)
      throws Exception {
    FakeLotusNode node = FakeLotusNode.start(chain).publish(20).withChainHead(() -> head(20) + 1);
    try {
      startFollowing(node);
    } finally {
      node.close();
    }
    WaitForAsyncUtils.waitFor(
        90,
        TimeUnit.SECONDS,
        () -> follow().badgeProperty().get().equals("Following: node unreachable"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#follow-badge").queryAs(Label.class).getStyleClass())
        .contains("f3-warning")
        .doesNotContain("f3-success");
    assertThat(follow().bannerProperty().get()).startsWith("⚠ The node cannot be reached");
    assertThat(follow().followingProperty().get()).isTrue();

    WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> console.context().close()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(follow().followingProperty().get()).isFalse();
    int rounds = follow().roundsProperty().get();
    Thread.sleep(1000);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(follow().roundsProperty().get()).isEqualTo(rounds);
  }
}
