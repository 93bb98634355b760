package io.f3console.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.trust.TrustState;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A stored session written out for people (Markdown) or programs (JSON): the same facts as {@code
 * history show}, from the store alone, deterministic for the same session.
 */
public final class SessionReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private SessionReport() {}

  /** The export formats. */
  public enum Format {
    MARKDOWN("md"),
    JSON("json");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  public static String render(StoredSession session, Format format) {
    return format == Format.JSON ? json(session) : markdown(session);
  }

  /** When, in the form every view of the history uses. */
  /** How long a session took, for people: "250 ms", or "unknown" when its times cannot say. */
  public static String took(SessionRecord record) {
    return record.durationMillis().map(ms -> ms + " ms").orElse("unknown");
  }

  public static String time(java.time.Instant instant) {
    return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  public static String markdown(StoredSession session) {
    SessionRecord r = session.record();
    StringBuilder md = new StringBuilder();
    md.append("# Session ").append(session.id()).append(": ").append(r.command()).append("\n\n");
    md.append(r.summary()).append("\n\n");
    md.append("| | |\n|---|---|\n");
    row(md, "Verdict", r.verdict().label());
    r.reason().ifPresent(reason -> row(md, "Reason", "`" + reason + "`"));
    r.trust().ifPresent(trust -> row(md, "Trust", trust.word()));
    row(md, "Kind", r.kind().label());
    row(md, "Ran from", r.origin().label());
    if (!r.arguments().isEmpty()) {
      row(md, "Arguments", "`" + r.arguments().replace("|", "\\|") + "`");
    }
    r.network().ifPresent(network -> row(md, "Network", network));
    row(md, "Started", time(r.startedAt()));
    row(md, "Took", took(r));
    r.exitCode().ifPresent(code -> row(md, "Exit status", String.valueOf(code)));
    r.instanceReached().ifPresent(i -> row(md, "Instance reached", Long.toUnsignedString(i)));
    if (!r.sources().isEmpty()) {
      md.append("\n## Sources\n\n");
      r.sources()
          .forEach(
              s -> md.append("- ").append(s.role()).append(": `").append(s.spec()).append("`\n"));
    }
    if (!r.cids().isEmpty()) {
      cids(md, r.cids());
    }
    if (!session.tables().isEmpty()) {
      md.append(
          "\n## Power tables kept\n\n| Role | Instance | Entries | CID |\n"
              + "|---|---|---|---|\n");
      for (TableReference table : session.tables()) {
        md.append("| ")
            .append(table.role())
            .append(" | ")
            .append(table.instance().map(Long::toUnsignedString).orElse(""))
            .append(" | ")
            .append(table.entries())
            .append(" | `")
            .append(table.cid())
            .append("` |\n");
      }
    }
    if (!r.facts().isEmpty()) {
      md.append("\n## Findings\n\n");
      r.facts()
          .forEach(
              f -> md.append("- ").append(f.label()).append(": ").append(f.value()).append('\n'));
    }
    if (!session.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      session
          .notes()
          .forEach(
              n ->
                  md.append("- ")
                      .append(time(n.createdAt()))
                      .append(": ")
                      .append(n.text().replace("\n", "\n  "))
                      .append('\n'));
    }
    r.output()
        .filter(o -> !o.isBlank())
        .ifPresent(
            o ->
                md.append("\n## Output\n\n```\n")
                    .append(o.endsWith("\n") ? o : o + "\n")
                    .append("```\n"));
    return md.toString();
  }

  /**
   * A stored session as one JSON document, the same from the console's export and the command
   * line's {@code history show --json} / {@code history export --format json}: every key present
   * ({@code null} when the session has no such value), keys in lower camelCase, the instance
   * reached and each table's instance as unsigned numbers.
   */
  public static String json(StoredSession session) {
    try {
      return MAPPER.writeValueAsString(jsonTree(session)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** {@link #json}'s document as a tree, for a caller that prints it within its own. */
  public static ObjectNode jsonTree(StoredSession session) {
    SessionRecord r = session.record();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", session.id());
    root.put("command", r.command());
    root.put("arguments", r.arguments());
    root.put("origin", r.origin().label());
    root.put("kind", r.kind().label());
    root.put("network", r.network().orElse(null));
    root.put("verdict", r.verdict().name());
    root.put("reason", r.reason().orElse(null));
    root.put("trust", r.trust().map(TrustState::word).orElse(null));
    root.put("summary", r.summary());
    root.put("startedAt", r.startedAt().toString());
    root.put("finishedAt", r.finishedAt().toString());
    root.put("durationMillis", r.durationMillis().orElse(null));
    root.put("exitCode", r.exitCode().orElse(null));
    root.set("instanceReached", unsigned(r.instanceReached()));
    ArrayNode sources = root.putArray("sources");
    r.sources().forEach(s -> sources.addObject().put("role", s.role()).put("source", s.spec()));
    ArrayNode cids = root.putArray("cids");
    for (RecordedCid cid : r.cids()) {
      cids.addObject()
          .put("role", cid.role())
          .put("label", cid.label())
          .put("computed", cid.computed().orElse(null))
          .put("expected", cid.expected().orElse(null))
          .put("match", cid.matches().orElse(null));
    }
    ArrayNode tables = root.putArray("powerTables");
    for (TableReference table : session.tables()) {
      ObjectNode node = tables.addObject().put("role", table.role());
      node.set("instance", unsigned(table.instance()));
      node.put("cid", table.cid()).put("entries", table.entries());
    }
    ArrayNode facts = root.putArray("findings");
    r.facts()
        .forEach(
            f ->
                facts
                    .addObject()
                    .put("name", f.name())
                    .put("label", f.label())
                    .put("value", f.value()));
    ArrayNode notes = root.putArray("notes");
    session
        .notes()
        .forEach(
            n ->
                notes
                    .addObject()
                    .put("id", n.id())
                    .put("createdAt", n.createdAt().toString())
                    .put("text", n.text()));
    root.put("output", r.output().orElse(null));
    return root;
  }

  /** A uint64 as an unsigned JSON number, or null. */
  private static JsonNode unsigned(Optional<Long> value) {
    if (value.isEmpty()) {
      return NullNode.getInstance();
    }
    long v = value.get();
    return v >= 0
        ? LongNode.valueOf(v)
        : BigIntegerNode.valueOf(new BigInteger(Long.toUnsignedString(v)));
  }

  /**
   * The CIDs as a table in words; the Expected column only when some CID was compared with one, the
   * mark column only when some pair could be compared.
   */
  private static void cids(StringBuilder md, List<RecordedCid> cids) {
    boolean expected = hasExpected(cids);
    boolean marks = cids.stream().anyMatch(c -> c.matches().isPresent());
    md.append("\n## CIDs\n\n| What | Computed |")
        .append(expected ? " Expected |" : "")
        .append(marks ? " Match |" : "")
        .append("\n|---|---|")
        .append(expected ? "---|" : "")
        .append(marks ? "---|" : "")
        .append('\n');
    for (RecordedCid cid : cids) {
      md.append("| ")
          .append(cid.label().replace("|", "\\|"))
          .append(" | ")
          .append(code(cid.computed()))
          .append(" |");
      if (expected) {
        md.append(' ').append(code(cid.expected())).append(" |");
      }
      if (marks) {
        md.append(' ')
            .append(cid.matches().map(m -> m ? "✔ equal" : "✘ differ").orElse(""))
            .append(" |");
      }
      md.append('\n');
    }
  }

  /** Whether any of {@code cids} was checked against an expected CID: then it has a column. */
  public static boolean hasExpected(List<RecordedCid> cids) {
    return cids.stream().anyMatch(c -> c.expected().isPresent());
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value.replace("\n", " ")).append(" |\n");
  }

  private static String code(Optional<String> value) {
    return value.map(v -> "`" + v + "`").orElse("");
  }
}
