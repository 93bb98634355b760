package io.f3console.app.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.ConsoleFixture;
import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustReason;
import io.f3console.core.trust.TrustState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The History view shows each session's trust state as the trust badge of the other views. */
@ExtendWith(ApplicationExtension.class)
class HistoryTrustViewTest {
  private ConsoleFixture console;
  private PowerTable table;

  @Start
  void start(Stage stage) {
    console = ConsoleFixture.start(stage);
  }

  /** One session per trust state, and one that judged no table; ids by state, none as null. */
  private Map<TrustState, Long> recordEachState() throws Exception {
    SyntheticChain demo = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    table = demo.initialTable();
    Map<TrustState, Long> ids = new java.util.EnumMap<>(TrustState.class);
    try (HistoryStore store = HistoryStore.open(console.historyFile().orElseThrow())) {
      store.record(
          SessionRecord.builder(SessionOrigin.CLI, SessionKind.FETCH, "certs fetch")
              .network("mainnet")
              .summary("fetched, nothing judged")
              .build());
      for (TrustState state : TrustState.values()) {
        ids.put(
            state,
            store.record(
                SessionRecord.builder(
                        SessionOrigin.CLI, SessionKind.CHECK, "powertable check " + state.word())
                    .network("mainnet")
                    .trust(trust(state, table))
                    .verdict(
                        state == TrustState.MISMATCH
                            ? SessionVerdict.FAILED
                            : SessionVerdict.PASSED)
                    .summary("a " + state.word() + " table")
                    .build()));
      }
    }
    return ids;
  }

  static Trust trust(TrustState state, PowerTable table) {
    return switch (state) {
      case VERIFIED ->
          new Trust(
              TrustReason.INITIAL_CID_MATCHES,
              table.cid(),
              Optional.of(table.cid()),
              "mainnet",
              Optional.empty(),
              "It is mainnet's.");
      case UNVERIFIED ->
          new Trust(
              TrustReason.NO_EXPECTED_CID,
              table.cid(),
              Optional.empty(),
              "mainnet",
              Optional.empty(),
              "Nothing to compare with.");
      case MISMATCH ->
          new Trust(
              TrustReason.OTHER_NETWORKS_INITIAL_TABLE,
              table.cid(),
              Optional.empty(),
              "mainnet",
              Optional.of("f3console-demo"),
              "It is the demo's, not mainnet's.");
    };
  }

  @Test
  void theListShowsEachSessionsTrustAsTheTrustBadgeDoes(FxRobot robot) throws Exception {
    Map<TrustState, Long> ids = recordEachState();
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(4);

    assertThat(page.rows())
        .extracting(SessionSummary::trust)
        .containsExactly(
            Optional.of(TrustState.MISMATCH), Optional.of(TrustState.UNVERIFIED),
            Optional.of(TrustState.VERIFIED), Optional.empty());
    Map<Long, TableCell<?, ?>> cells = trustCells(robot);
    assertThat(cells).containsKeys(ids.values().toArray(Long[]::new));
    for (Map.Entry<TrustState, Long> entry : ids.entrySet()) {
      TrustState state = entry.getKey();
      Label badge = (Label) cells.get(entry.getValue()).getGraphic();
      assertThat(badge).as(state.word()).isNotNull();
      TrustBadge reference =
          WaitForAsyncUtils.waitFor(
              WaitForAsyncUtils.asyncFx(
                  () -> {
                    TrustBadge shown = new TrustBadge();
                    shown.show(trust(state, table));
                    return shown;
                  }));
      assertThat(badge.getText())
          .isEqualTo(reference.getText())
          .isEqualTo(TrustBadge.icon(state) + " " + state.word());
      assertThat(badge.getStyleClass()).contains(Styles.BADGE, TrustBadge.style(state));
      assertThat(reference.getStyleClass()).contains(TrustBadge.style(state));
    }
    assertThat(((Label) cells.get(ids.get(TrustState.MISMATCH)).getGraphic()).getText())
        .isEqualTo("✘ mismatch");
    assertThat(((Label) cells.get(ids.get(TrustState.MISMATCH)).getGraphic()).getStyleClass())
        .contains(Styles.DANGER)
        .doesNotContain(Styles.SUCCESS, Styles.WARNING);
    long none = page.rows().get(3).id();
    assertThat(cells.get(none).getGraphic()).isNull();
    assertThat(cells.get(none).getText()).isNull();
  }

  @Test
  void theDetailsShowTheTrustOfTheSelectedSessionOnly(FxRobot robot) throws Exception {
    Map<TrustState, Long> ids = recordEachState();
    HistoryPage page = new HistoryPage(console, robot).show().awaitRows(4);

    page.select(ids.get(TrustState.MISMATCH));
    assertThat(page.text("#history-detail-trust")).isEqualTo("✘ mismatch");
    assertThat(page.node("#history-detail-trust").getStyleClass())
        .contains(Styles.DANGER, Styles.BADGE);
    assertThat(page.text("#history-detail-verdict")).isEqualTo("✘ failed");

    page.select(ids.get(TrustState.VERIFIED));
    assertThat(page.text("#history-detail-trust")).isEqualTo("✔ verified");
    assertThat(page.node("#history-detail-trust").getStyleClass())
        .contains(Styles.SUCCESS)
        .doesNotContain(Styles.DANGER);

    page.select(ids.get(TrustState.UNVERIFIED));
    assertThat(page.text("#history-detail-trust")).isEqualTo("? unverified");
    assertThat(page.node("#history-detail-trust").getStyleClass()).contains(Styles.WARNING);

    page.select(page.rows().get(3).id());
    assertThat(page.text("#history-detail-title")).endsWith("· certs fetch");
    assertThat(robot.lookup("#history-detail-trust").tryQuery()).isEmpty();
  }

  /** The trust column's cells that show a row, by the id of the row's session. */
  private static Map<Long, TableCell<?, ?>> trustCells(FxRobot robot) {
    return WaitForAsyncUtils.waitFor(
        WaitForAsyncUtils.asyncFx(
            () -> {
              List<TableCell<?, ?>> cells =
                  robot.lookup("#history-table .table-cell").queryAllAs(TableCell.class).stream()
                      .<TableCell<?, ?>>map(c -> c)
                      .filter(
                          c ->
                              c.getTableColumn() != null
                                  && "Trust".equals(c.getTableColumn().getText())
                                  && c.getTableRow() != null
                                  && c.getTableRow().getItem() != null)
                      .toList();
              return cells.stream()
                  .collect(
                      Collectors.toMap(
                          c -> ((SessionSummary) c.getTableRow().getItem()).id(),
                          c -> c,
                          (a, b) -> a));
            }));
  }
}
