package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history list --trust}, and the trust state in every view of a session. */
class HistoryTrustCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static SyntheticChain demo;

  @TempDir Path dir;

  RecordedRuns history;
  long none;
  long verified;
  long mismatch;
  long unverified;

  @BeforeAll
  static void generate() throws Exception {
    demo = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
  }

  /** Four sessions: one that judged no table (1), then verified, mismatch, unverified. */
  @BeforeEach
  void record() throws Exception {
    history = new RecordedRuns(dir.resolve("history.db"));
    PowerTable table = demo.initialTable();
    try (HistoryStore store = HistoryStore.open(history.db())) {
      none =
          store.record(
              SessionRecord.builder(SessionOrigin.CLI, SessionKind.FETCH, "certs fetch")
                  .network("mainnet")
                  .summary("fetched 10 certificates")
                  .build());
      verified =
          store.record(
              checked(
                  new Trust(
                      TrustReason.INITIAL_CID_MATCHES,
                      table.cid(),
                      Optional.of(table.cid()),
                      "f3console-demo",
                      Optional.empty(),
                      "Its CID equals the demo's initial power-table CID."),
                  SessionVerdict.PASSED));
      mismatch =
          store.record(
              checked(
                  new Trust(
                      TrustReason.OTHER_NETWORKS_INITIAL_TABLE,
                      table.cid(),
                      Optional.of(demo.finalTable().cid()),
                      "mainnet",
                      Optional.of("f3console-demo"),
                      "This is the demo's initial power table, not" + " mainnet's."),
                  SessionVerdict.FAILED));
      unverified =
          store.record(
              checked(
                  new Trust(
                      TrustReason.CUSTOM_NETWORK,
                      table.cid(),
                      Optional.empty(),
                      "my-devnet",
                      Optional.empty(),
                      "Nothing is known of my-devnet."),
                  SessionVerdict.PASSED));
    }
  }

  private static SessionRecord checked(Trust trust, SessionVerdict verdict) {
    return SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.CHECK, "powertable check")
        .network(trust.network())
        .trust(trust)
        .verdict(verdict)
        .summary("Power table " + trust.actual() + ": " + trust.state().word())
        .build();
  }

  private List<Long> listed(String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("history", "list", "--json"));
    args.addAll(List.of(filters));
    CliRun run = history.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.toString()).isZero();
    List<Long> ids = new ArrayList<>();
    JSON.readTree(run.out()).get("sessions").forEach(s -> ids.add(s.get("id").asLong()));
    return ids;
  }

  @Test
  void listFiltersByEachTrustStateIgnoringCaseAndCombinesWithOtherFilters() throws Exception {
    assertThat(listed()).containsExactly(unverified, mismatch, verified, none);
    assertThat(listed("--trust", "mismatch")).containsExactly(mismatch);
    assertThat(listed("--trust", "verified")).containsExactly(verified);
    assertThat(listed("--trust", "unverified")).containsExactly(unverified);
    assertThat(listed("--trust", "MISMATCH")).containsExactly(mismatch);
    assertThat(listed("--trust", "mismatch", "--network", "mainnet")).containsExactly(mismatch);
    assertThat(listed("--trust", "verified", "--network", "mainnet")).isEmpty();
    assertThat(listed("--trust", "mismatch", "--kind", "fetch")).isEmpty();

    CliRun text = history.run("history", "list", "--trust", "mismatch");
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(text.out().lines().toList()).hasSize(2);
    assertThat(text.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith(String.format("%2d  ", mismatch))
        .contains("mismatch");

    CliRun nothing = history.run("history", "list", "--trust", "verified", "--kind", "fetch");
    assertThat(nothing.out()).isEqualTo("No sessions match in " + history.db() + ".\n");
  }

  @Test
  void aStateThatIsNotOneOfTheThreeIsBadInputThatNamesThem() {
    CliRun run = history.run("history", "list", "--trust", "trusted");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("'trusted' is not a trust state", "verified, unverified, mismatch");
  }

  @Test
  void listShowsTheTrustInAColumnAndInItsJson() throws Exception {
    CliRun run = history.run("history", "list");

    assertThat(run.status()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    String header = lines.get(0);
    assertThat(header).contains("reason", "trust", "notes");
    int column = header.indexOf("trust");
    assertThat(header.indexOf("reason")).isLessThan(column);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1).substring(column)).startsWith("unverified ");
    assertThat(lines.get(2).substring(column)).startsWith("mismatch ");
    assertThat(lines.get(3).substring(column)).startsWith("verified ");
    assertThat(lines.get(4).substring(column)).startsWith("- ");

    CliRun json = history.run("history", "list", "--json");
    JsonNode sessions = JSON.readTree(json.out()).get("sessions");
    assertThat(sessions.get(1).get("trust").asText()).isEqualTo("mismatch");
    assertThat(sessions.get(3).get("trust").isNull()).isTrue();
  }

  @Test
  void showAndExportTellTheTrustAsItsWord() throws Exception {
    CliRun show = history.run("history", "show", Long.toString(mismatch));
    CliRun plain = history.run("history", "show", Long.toString(none));
    CliRun markdown = history.run("history", "export", Long.toString(mismatch), "--format", "md");
    CliRun json = history.run("history", "export", Long.toString(mismatch), "--format", "json");
    CliRun showJson = history.run("history", "show", Long.toString(verified), "--json");

    assertThat(show.status()).as(show.toString()).isZero();
    assertThat(show.out())
        .contains(
            "\nVerdict      failed\nTrust        mismatch\n",
            "table belongs to: f3console-demo",
            "✘ trusted table against mainnet");
    assertThat(plain.out()).doesNotContain("Trust ");
    assertThat(markdown.out()).contains("| Trust | mismatch |\n");
    assertThat(JSON.readTree(json.out()).get("trust").asText()).isEqualTo("mismatch");
    assertThat(JSON.readTree(showJson.out()).get("trust").asText()).isEqualTo("verified");
  }
}
