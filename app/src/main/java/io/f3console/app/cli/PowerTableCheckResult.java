package io.f3console.app.cli;

import io.f3console.core.cid.Cid;
import io.f3console.core.known.PublishedComparison;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.trust.Trust;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * What {@code powertable check} found: the table's CID against the one expected ({@code trust}),
 * what explains a mismatch ({@code findings}), the entry-by-entry comparison with the network's
 * remembered initial table ({@code published}) and the one-line verdict.
 *
 * @param selection the network checked against; empty when checked against {@code --cid}
 * @param against what the table was checked against, in words
 */
record PowerTableCheckResult(
    LoadedPowerTable loaded,
    Optional<NetworkSelection> selection,
    String against,
    Trust trust,
    List<String> findings,
    Optional<PublishedComparison> published,
    String verdict)
    implements CommandResult {
  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    out.println("Table     " + loaded.describe());
    out.println("Against   " + against);
    out.println("Expected  " + trust.expected().map(Cid::toString).orElse("none published"));
    out.println("Actual    " + loaded.table().cid());
    out.println("Trust     " + TrustOutput.line(trust));
    findings.forEach(finding -> out.println("Finding   " + finding));
    published
        .flatMap(PublishedComparison::hint)
        .ifPresent(hint -> out.println("Hint      " + hint));
    loaded.notes().forEach(note -> out.println("Note      " + note));
    out.println(verdict);
  }

  @Override
  public JsonFields toJson() {
    Optional<String> network =
        selection.map(s -> s.profile().map(profile -> profile.key()).orElse(s.f3NetworkName()));
    return JsonFields.object()
        .text("source", loaded.document().source())
        .uint64("instance", loaded.instance())
        .text("origin", loaded.origin())
        .text("network", network)
        .text("f3NetworkName", selection.map(NetworkSelection::f3NetworkName))
        .cid("expectedCid", trust.expected())
        .cid("actualCid", loaded.table().cid())
        .bool("match", trust.isVerified())
        .object("trust", TrustOutput.fields(trust))
        .strings("findings", findings)
        .object("published", published.map(PowerTableCheckResult::published))
        .strings("notes", loaded.notes());
  }

  /** The comparison with the remembered published table; the first changes named. */
  private static JsonFields published(PublishedComparison comparison) {
    Optional<PowerTableDiff> diff = comparison.diff();
    JsonFields json =
        JsonFields.object()
            .text("network", comparison.network().key())
            .cid("cid", comparison.published())
            .text("kind", comparison.kind().name())
            .bool("remembered", comparison.stored().found())
            .text("file", comparison.stored().file().toString())
            .bool("comparedEntries", comparison.comparedEntries());
    if (diff.isPresent()) {
      json.number("differing", diff.get().changes().size())
          .object("counts", PowerTableDiffJson.counts(diff.get()))
          .objects(
              "changes",
              diff.get().changes().stream().limit(PublishedComparison.ENTRIES_NAMED).toList(),
              change ->
                  JsonFields.object()
                      .text("actor", change.id().address())
                      .text("kind", change.kind().name())
                      .text(
                          "publishedPower", change.before().map(e -> e.power().value().toString()))
                      .text("power", change.after().map(e -> e.power().value().toString())));
    } else {
      json.nothing("differing").nothing("counts").nothing("changes");
    }
    return json.text("summary", comparison.summary())
        .strings("entries", comparison.entries())
        .text("hint", comparison.hint());
  }
}
