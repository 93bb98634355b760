package io.f3console.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogLineParserTest {
  @Test
  void zapConsoleLineWithTabs() {
    LogLine line =
        LogLineParser.parse(
            "2024-12-04T14:49:20.467+0100\tINFO\tf3\tgo-f3@v0.7.2/f3.go:190\tF3 is starting\t"
                + "{\"initialDelay\": 0, \"NetworkName\": \"calibrationnet\"}");
    assertThat(line.format()).isEqualTo(LogFormat.ZAP_CONSOLE);
    assertThat(line.time()).contains(Instant.parse("2024-12-04T13:49:20.467Z"));
    assertThat(line.level()).isEqualTo("INFO");
    assertThat(line.logger()).isEqualTo("f3");
    assertThat(line.caller()).isEqualTo("go-f3@v0.7.2/f3.go:190");
    assertThat(line.message()).isEqualTo("F3 is starting");
    assertThat(line.fromF3Code()).isTrue();
  }

  @Test
  void zapConsoleLineWhoseTabsBecameSpaces() {
    LogLine line = LogLineParser.parse(LogFixtures.lines("lotus-12785-lease-loop.log").get(0));
    assertThat(line.format()).isEqualTo(LogFormat.ZAP_CONSOLE);
    assertThat(line.time()).contains(Instant.parse("2024-11-28T06:20:50.468Z"));
    assertThat(line.level()).isEqualTo("WARN");
    assertThat(line.caller()).isEqualTo("lf3/participation.go:184");
    assertThat(line.message())
        .isEqualTo(
            "F3 participation ticket starts before the existing lease. Acquiring a new ticket.");
  }

  @Test
  void zapJsonLine() {
    LogLine line = LogLineParser.parse(LogFixtures.lines("mixed.log").get(6));
    assertThat(line.format()).isEqualTo(LogFormat.ZAP_JSON);
    assertThat(line.time()).contains(Instant.parse("2023-04-29T07:43:14.154Z"));
    assertThat(line.level()).isEqualTo("WARN");
    assertThat(line.logger()).isEqualTo("sub");
    assertThat(line.caller()).isEqualTo("sub/incoming.go:588");
    assertThat(line.message()).isEqualTo("ignoring indexer message");
    assertThat(line.fromF3Code()).isFalse();
    assertThat(line.mentionsF3()).isFalse();
  }

  @Test
  void zapJsonTimeAsEpochSeconds() {
    LogLine line =
        LogLineParser.parse(
            "{\"level\":\"info\",\"ts\":1700000000.5,\"logger\":\"f3\",\"msg\":\"reached a"
                + " decision\"}");
    assertThat(line.time()).contains(Instant.parse("2023-11-14T22:13:20.500Z"));
    assertThat(line.message()).isEqualTo("reached a decision");
  }

  @Test
  void forestTracingLines() {
    LogLine daemon = LogLineParser.parse(LogFixtures.lines("forest-5042.log").get(2));
    assertThat(daemon.format()).isEqualTo(LogFormat.FOREST_TRACING);
    assertThat(daemon.time()).contains(Instant.parse("2024-12-04T13:49:07.102490Z"));
    assertThat(daemon.level()).isEqualTo("WARN");
    assertThat(daemon.logger()).isEqualTo("forest_filecoin::daemon");
    assertThat(daemon.message()).isEqualTo("Forest has encryption disabled");
    assertThat(daemon.fromF3Code()).isFalse();

    LogLine swarm = LogLineParser.parse(LogFixtures.lines("forest-5042.log").get(8));
    assertThat(swarm.format()).isEqualTo(LogFormat.FOREST_TRACING);
    assertThat(swarm.logger()).isEqualTo("libp2p_swarm");

    LogLine f3 =
        LogLineParser.parse(
            "2025-01-01T00:00:00.000000Z  INFO forest_filecoin::f3: Starting F3 sidecar service"
                + " ...");
    assertThat(f3.fromF3Code()).isTrue();
    assertThat(f3.message()).isEqualTo("Starting F3 sidecar service ...");
  }

  @Test
  void bareMessagesLoseACallerInFrontAndFieldsBehind() {
    LogLine line = LogLineParser.parse(LogFixtures.lines("doc-quoted.log").get(0));
    assertThat(line.format()).isEqualTo(LogFormat.BARE);
    assertThat(line.time()).isEmpty();
    assertThat(line.caller()).isEqualTo("lf3/participation.go:184");
    assertThat(line.message())
        .isEqualTo(
            "F3 participation ticket starts before the existing lease. Acquiring a new ticket.");
  }

  @Test
  void colourCodesAndAJournalPrefixAreSkipped() {
    LogLine line =
        LogLineParser.parse(
            "Dec 10 10:42:01 sp1 lotus[1234]: 2024-12-10T10:42:01.123+0100\t\u001B[33mWARN\u001B[0m"
                + "\tf3\tlf3/participation.go:184\tF3 participation ticket expired while"
                + " attempting to participate. Acquiring a new ticket.");
    assertThat(line.format()).isEqualTo(LogFormat.ZAP_CONSOLE);
    assertThat(line.level()).isEqualTo("WARN");
    assertThat(line.time()).contains(Instant.parse("2024-12-10T09:42:01.123Z"));
    assertThat(line.message()).startsWith("F3 participation ticket expired");
  }

  @Test
  void stackTraceLinesAreNotMessagesAboutF3() {
    assertThat(
            LogLineParser.parse("github.com/filecoin-project/go-f3.(*gpbftRunner).Start")
                .mentionsF3())
        .isFalse();
    assertThat(
            LogLineParser.parse(
                    "\t/srv/gopath/pkg/mod/github.com/filecoin-project/go-f3@v0.8.12/host.go:191")
                .mentionsF3())
        .isFalse();
    assertThat(LogLineParser.parse("F3 is stuck again?").mentionsF3()).isTrue();
    assertThat(LogLineParser.parse("lf3 only inside a word").mentionsF3()).isFalse();
  }

  @Test
  void anEmptyLineHasNoMessage() {
    assertThat(LogLineParser.parse("   ").message()).isEmpty();
  }

  @Test
  void timestampsInTheirShapes() {
    assertThat(LogLineParser.time("2024-12-10T10:42:01.123+0100"))
        .contains(Instant.parse("2024-12-10T09:42:01.123Z"));
    assertThat(LogLineParser.time("2024-12-10T10:42:01.123-05:30"))
        .contains(Instant.parse("2024-12-10T16:12:01.123Z"));
    assertThat(LogLineParser.time("2025-01-01T00:00:00.000001Z"))
        .contains(Instant.parse("2025-01-01T00:00:00.000001Z"));
    assertThat(LogLineParser.time("2025-01-01T00:00:00Z"))
        .contains(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(LogLineParser.time("2025-13-01T00:00:00Z")).isEmpty();
    assertThat(LogLineParser.time("2025-01-01T00:00:00+2")).isEmpty();
  }
}
