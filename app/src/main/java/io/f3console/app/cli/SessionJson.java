package io.f3console.app.cli;

import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionNote;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.trust.TrustState;

/**
 * A stored session as JSON under the command line's conventions ({@code history show --json} and
 * {@code history export --format json}): the same facts as {@link SessionText}, every key present
 * ({@code null} when the session has no such value), the instance reached a number.
 */
final class SessionJson {
  private SessionJson() {}

  static JsonFields of(StoredSession session) {
    SessionRecord r = session.record();
    JsonFields json =
        JsonFields.object()
            .number("id", session.id())
            .text("command", r.command())
            .text("arguments", r.arguments())
            .text("origin", r.origin().label())
            .text("kind", r.kind().label())
            .text("network", r.network())
            .text("verdict", r.verdict().name())
            .text("reason", r.reason())
            .text("trust", r.trust().map(TrustState::word))
            .text("summary", r.summary())
            .text("startedAt", r.startedAt().toString())
            .text("finishedAt", r.finishedAt().toString())
            .number("durationMillis", r.duration().toMillis());
    if (r.exitCode().isPresent()) {
      json.number("exitCode", r.exitCode().get());
    } else {
      json.nothing("exitCode");
    }
    return json.uint64("instanceReached", r.instanceReached())
        .objects(
            "sources",
            r.sources(),
            s -> JsonFields.object().text("role", s.role()).text("source", s.spec()))
        .objects("cids", r.cids(), SessionJson::cid)
        .objects("powerTables", session.tables(), SessionJson::table)
        .objects(
            "findings",
            r.facts(),
            f ->
                JsonFields.object()
                    .text("name", f.name())
                    .text("label", f.label())
                    .text("value", f.value()))
        .objects("notes", session.notes(), SessionJson::note)
        .text("output", r.output());
  }

  private static JsonFields cid(RecordedCid cid) {
    JsonFields json =
        JsonFields.object()
            .text("role", cid.role())
            .text("label", cid.label())
            .text("computed", cid.computed())
            .text("expected", cid.expected());
    return cid.matches().isPresent()
        ? json.bool("match", cid.matches().get())
        : json.nothing("match");
  }

  private static JsonFields table(TableReference table) {
    return JsonFields.object()
        .text("role", table.role())
        .uint64("instance", table.instance())
        .text("cid", table.cid())
        .number("entries", table.entries());
  }

  private static JsonFields note(SessionNote note) {
    return JsonFields.object()
        .number("id", note.id())
        .text("createdAt", note.createdAt().toString())
        .text("text", note.text());
  }
}
