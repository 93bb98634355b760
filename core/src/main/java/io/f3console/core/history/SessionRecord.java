package io.f3console.core.history;

import io.f3console.core.PrintableText;
import io.f3console.core.Secrets;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one session leaves in the history: when it ran, what it read, what it did and how it
 * ended. Immutable; made with a {@link Builder}.
 *
 * @param startedAt when it began
 * @param finishedAt when it ended
 * @param origin the CLI or the console
 * @param kind what it did
 * @param command the command or view that ran it ("certs validate", "Doctor view")
 * @param arguments its arguments as given, with secrets removed
 * @param network the network it was about (profile key or F3 network name), when known
 * @param verdict how it ended
 * @param reason the reason code of a failure (a validation reason, an RPC reason, a doctor check),
 *     when there is one
 * @param trust the trust state of the table or chain it judged, when it judged one
 * @param summary one sentence for a person
 * @param exitCode the CLI exit status
 * @param instanceReached the last instance it got to (validated, fetched, written)
 * @param sources what it read
 * @param cids the CIDs it computed and compared
 * @param tables the power tables it saw
 * @param facts further findings, in order
 * @param output what it printed, when kept
 */
public record SessionRecord(
    Instant startedAt,
    Instant finishedAt,
    SessionOrigin origin,
    SessionKind kind,
    String command,
    String arguments,
    Optional<String> network,
    SessionVerdict verdict,
    Optional<String> reason,
    Optional<TrustState> trust,
    String summary,
    Optional<Integer> exitCode,
    Optional<Long> instanceReached,
    List<RecordedSource> sources,
    List<RecordedCid> cids,
    List<RecordedTable> tables,
    List<Fact> facts,
    Optional<String> output) {

  /** The most printed output a session keeps, in characters; the rest is cut with a marker. */
  public static final int MAX_OUTPUT = 1 << 20;

  public SessionRecord {
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(finishedAt);
    Objects.requireNonNull(origin);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(command);
    Objects.requireNonNull(arguments);
    Objects.requireNonNull(network);
    Objects.requireNonNull(verdict);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(trust);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(exitCode);
    Objects.requireNonNull(instanceReached);
    sources = List.copyOf(sources);
    cids = List.copyOf(cids);
    tables = List.copyOf(tables);
    facts = List.copyOf(facts);
    output = output.map(SessionRecord::capped);
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /**
   * How long it took in milliseconds; empty when the stored times cannot say (it ended before it
   * began, or they are too far apart to count in milliseconds).
   */
  public Optional<Long> durationMillis() {
    return millisBetween(startedAt, finishedAt);
  }

  /** The milliseconds from {@code start} to {@code end}; empty when negative or beyond a long. */
  static Optional<Long> millisBetween(Instant start, Instant end) {
    try {
      long millis = Math.subtractExact(end.toEpochMilli(), start.toEpochMilli());
      return millis < 0 ? Optional.empty() : Optional.of(millis);
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  public static Builder builder(SessionOrigin origin, SessionKind kind, String command) {
    return new Builder(origin, kind, command);
  }

  /**
   * This record with every occurrence of each secret scrubbed by {@link Secrets} in every text it
   * holds, and the credentials of every URL in them: the last guard that keeps tokens out of the
   * database.
   */
  public SessionRecord withoutSecrets(List<String> secrets) {
    UnaryOperator<String> scrub = text -> Secrets.scrub(text, secrets);
    return withTexts(scrub, scrub, UnaryOperator.identity());
  }

  /**
   * This record with every text made {@linkplain PrintableText printable}: control characters
   * (terminal escape sequences among them) are spaces, except the newlines and tabs of the summary,
   * the findings and the printed output. The history stores and gives back only such records, so
   * nothing read from a file or a node is replayed to a terminal by {@code history list} or {@code
   * show}.
   */
  public SessionRecord printable() {
    return withTexts(PrintableText::line, PrintableText::lines, PrintableText::line);
  }

  /**
   * This record with each of its texts passed through {@code line} (one-line texts), {@code lines}
   * (the summary, the findings' values, the output) or {@code cid} (the CIDs recorded as text).
   */
  private SessionRecord withTexts(
      UnaryOperator<String> line, UnaryOperator<String> lines, UnaryOperator<String> cid) {
    return new SessionRecord(
        startedAt,
        finishedAt,
        origin,
        kind,
        line.apply(command),
        line.apply(arguments),
        network.map(line),
        verdict,
        reason.map(line),
        trust,
        lines.apply(summary),
        exitCode,
        instanceReached,
        sources.stream()
            .map(s -> new RecordedSource(line.apply(s.role()), line.apply(s.spec())))
            .toList(),
        cids.stream()
            .map(
                c ->
                    new RecordedCid(
                        line.apply(c.role()), c.computed().map(cid), c.expected().map(cid)))
            .toList(),
        tables.stream()
            .map(t -> new RecordedTable(line.apply(t.role()), t.instance(), t.table()))
            .toList(),
        facts.stream().map(f -> new Fact(line.apply(f.name()), lines.apply(f.value()))).toList(),
        output.map(lines));
  }

  private static String capped(String text) {
    if (text.length() <= MAX_OUTPUT) {
      return text;
    }
    return text.substring(0, MAX_OUTPUT)
        + "\n[… "
        + (text.length() - MAX_OUTPUT)
        + " more characters not kept]\n";
  }

  /** Collects a session as it runs; {@link #build} fixes it. Not thread-safe. */
  public static final class Builder {
    private final Instant startedAt = Instant.now();
    private final SessionOrigin origin;
    private SessionKind kind;
    private String command;
    private String arguments = "";
    private String network;
    private SessionVerdict verdict;
    private String reason;
    private TrustState trust;
    private String summary;
    private Integer exitCode;
    private Long instanceReached;
    private final List<RecordedSource> sources = new ArrayList<>();
    private final List<RecordedCid> cids = new ArrayList<>();
    private final List<RecordedTable> tables = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private String output;

    private Builder(SessionOrigin origin, SessionKind kind, String command) {
      this.origin = Objects.requireNonNull(origin);
      this.kind = Objects.requireNonNull(kind);
      this.command = Objects.requireNonNull(command);
    }

    public Builder kind(SessionKind value) {
      kind = Objects.requireNonNull(value);
      return this;
    }

    public Builder command(String value) {
      command = Objects.requireNonNull(value);
      return this;
    }

    public Builder arguments(String value) {
      arguments = Objects.requireNonNull(value);
      return this;
    }

    public Builder network(String value) {
      network = value;
      return this;
    }

    public Builder verdict(SessionVerdict value) {
      verdict = value;
      return this;
    }

    public Builder reason(String value) {
      reason = value;
      return this;
    }

    /**
     * The trust of the table or chain the session judged: its state, and the evidence as facts (the
     * reason, the network it was judged for, the network the table belongs to) and as a compared
     * CID.
     */
    public Builder trust(Trust value) {
      trust = value.state();
      fact("trust", value.state().word() + " (" + value.reason().name() + ")");
      fact("trust explanation", value.explanation());
      value.belongsTo().ifPresent(network -> fact("table belongs to", network));
      cids.add(
          value.expected().isPresent()
              ? RecordedCid.compared(
                  "trusted table against " + value.network(),
                  value.actual(),
                  value.expected().get())
              : RecordedCid.computed("trusted table for " + value.network(), value.actual()));
      return this;
    }

    public Builder summary(String value) {
      summary = value;
      return this;
    }

    public Builder exitCode(int value) {
      exitCode = value;
      return this;
    }

    public Builder instanceReached(long value) {
      instanceReached = value;
      return this;
    }

    public Builder source(String role, String spec) {
      sources.add(new RecordedSource(role, spec));
      return this;
    }

    public Builder cid(RecordedCid cid) {
      cids.add(cid);
      return this;
    }

    public Builder table(
        String role, Optional<Long> instance, io.f3console.core.gpbft.PowerTable table) {
      tables.add(new RecordedTable(role, instance, table));
      return this;
    }

    public Builder fact(String name, Object value) {
      facts.add(new Fact(name, String.valueOf(value)));
      return this;
    }

    public Builder output(String value) {
      output = value;
      return this;
    }

    /** The power tables the session saw so far, in the order they were added. */
    public List<RecordedTable> tables() {
      return List.copyOf(tables);
    }

    public boolean hasVerdict() {
      return verdict != null;
    }

    public boolean hasSummary() {
      return summary != null;
    }

    public Instant startedAt() {
      return startedAt;
    }

    /** The record, finished now; without a verdict it is {@link SessionVerdict#PASSED}. */
    public SessionRecord build() {
      SessionVerdict v = verdict != null ? verdict : SessionVerdict.PASSED;
      String text = summary != null ? summary : command + ": " + v.label();
      return new SessionRecord(
          startedAt,
          Instant.now(),
          origin,
          kind,
          command,
          arguments,
          Optional.ofNullable(network),
          v,
          Optional.ofNullable(reason),
          Optional.ofNullable(trust),
          text,
          Optional.ofNullable(exitCode),
          Optional.ofNullable(instanceReached),
          sources,
          cids,
          tables,
          facts,
          Optional.ofNullable(output));
    }
  }
}
