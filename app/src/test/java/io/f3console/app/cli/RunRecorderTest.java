package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.history.SessionRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The parts of recording a run that need no database: secrets, output, reasons, times. */
class RunRecorderTest {
  @Test
  void everySecretOfTheRunIsRemovedFromWhatTheCommandWroteIntoItsSession() {
    StringWriter out = new StringWriter();
    RunRecorder recorder =
        new RunRecorder(
            new String[] {"doctor", "--token", "tok-12345"},
            List.of("tok-12345", "file-secret-678"),
            new PrintWriter(out),
            new PrintWriter(out));
    recorder
        .session()
        .fact("node answer", "rejected file-secret-678")
        .summary("asked with tok-12345")
        .source("node", "rpc:http://tok-12345@host/rpc/v1");
    recorder.out().println("printed file-secret-678");

    SessionRecord record = recorder.build(0);

    assertThat(record.arguments()).isEqualTo("doctor --token [token]");
    assertThat(record.facts().get(0).value()).isEqualTo("rejected [token]");
    assertThat(record.summary()).isEqualTo("asked with [token]");
    assertThat(record.sources().get(0).spec()).isEqualTo("rpc:http://[token]@host/rpc/v1");
    assertThat(record.output()).contains("printed [token]\n");
    assertThat(out.toString()).isEqualTo("printed file-secret-678\n");
  }

  @Test
  void stdoutAndStderrAreKeptInTheOrderPrintedUpToTheLimit() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    RunRecorder recorder =
        new RunRecorder(new String[0], List.of(), new PrintWriter(out), new PrintWriter(err));
    recorder.out().println("first");
    recorder.err().println("second");
    recorder.out().print("x".repeat(SessionRecord.MAX_OUTPUT));

    String kept = recorder.build(0).output().orElseThrow();

    assertThat(kept).startsWith("first\nsecond\nxxx").endsWith(" more characters not kept]\n");
    assertThat(kept.length()).isLessThanOrEqualTo(SessionRecord.MAX_OUTPUT);
    assertThat(out.toString()).hasSize(6 + SessionRecord.MAX_OUTPUT);
    assertThat(err.toString()).isEqualTo("second\n");
  }

  @Test
  void aFailuresReasonNamesItsKind() {
    assertThat(RunRecorder.reasonOf(new CidFormatException("bad"))).isEqualTo("CID_FORMAT");
    assertThat(RunRecorder.reasonOf(new F3Exception("bad"))).isEqualTo("BAD_INPUT");
    assertThat(RunRecorder.reasonOf(new SourceUnreachableException("down", null)))
        .isEqualTo("UNREACHABLE");
    assertThat(
            RunRecorder.reasonOf(
                new CommandLine.ParameterException(
                    new CommandLine(new F3ConsoleCommand()), "usage")))
        .isEqualTo("USAGE");
    assertThat(RunRecorder.reasonOf(new IllegalStateException())).isEqualTo("INTERNAL_ERROR");
  }

  @Test
  void sinceTakesDatesTimesAndSpansBackFromNow() {
    Instant now = Instant.parse("2026-11-10T12:00:00Z");

    assertThat(HistoryFilters.since("2026-11-01", now))
        .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(HistoryFilters.since("2026-11-01T14:30", now))
        .isEqualTo(Instant.parse("2026-11-01T14:30:00Z"));
    assertThat(HistoryFilters.since("2026-11-01T14:30:00+02:00", now))
        .isEqualTo(Instant.parse("2026-11-01T12:30:00Z"));
    assertThat(HistoryFilters.since("2026-11-01T14:30:00Z", now))
        .isEqualTo(Instant.parse("2026-11-01T14:30:00Z"));
    assertThat(HistoryFilters.since("30m", now)).isEqualTo(Instant.parse("2026-11-10T11:30:00Z"));
    assertThat(HistoryFilters.since("24h", now)).isEqualTo(Instant.parse("2026-11-09T12:00:00Z"));
    assertThat(HistoryFilters.since("7d", now)).isEqualTo(Instant.parse("2026-11-03T12:00:00Z"));
    assertThat(HistoryFilters.since("2w", now)).isEqualTo(Instant.parse("2026-10-27T12:00:00Z"));
  }
}
