package io.f3console.app.ui.history;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Job;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.F3Exception;
import io.f3console.core.history.RecordedSource;
import io.f3console.core.history.StoredSession;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Opens a recorded session's sources again, the way File ▸ Open a source does: the demo network as
 * a demo, files together (a table and its certificates), anything else one source after the other.
 * A node is asked without a token, since none was stored.
 */
final class SessionSources {
  /** How the workspace names a table reopened from the history. */
  static final String KEPT_PREFIX = "history:";

  private final WorkspaceLoader loader;

  SessionSources(WorkspaceLoader loader) {
    this.loader = loader;
  }

  /** Starts opening; returns why it cannot, if it cannot. FX thread. */
  Optional<String> reopen(StoredSession session) {
    Set<String> strings = new LinkedHashSet<>();
    for (RecordedSource source : session.record().sources()) {
      strings.add(source.spec());
    }
    if (strings.isEmpty()) {
      return Optional.of("Session " + session.id() + " read no source to open again.");
    }
    List<SourceSpec> specs = new ArrayList<>();
    for (String text : strings) {
      if (text.startsWith(KEPT_PREFIX)) {
        return Optional.of(
            "Session "
                + session.id()
                + " read a power table reopened from the"
                + " history ("
                + text
                + "): open it with Open table beside the tables it kept.");
      }
      SourceSpec spec;
      try {
        spec = SourceSpec.parse(text);
      } catch (F3Exception e) {
        return Optional.of(
            "Session "
                + session.id()
                + " recorded \""
                + text
                + "\", which is not"
                + " a source string the console can open: "
                + DialogService.plainMessage(e));
      }
      if (spec.kind() != SourceKind.RPC
          && spec.kind() != SourceKind.DEMO
          && spec.kind() != SourceKind.STATE
          && !Files.isRegularFile(spec.path())) {
        return Optional.of(
            "The file "
                + spec.path()
                + " no longer exists (session "
                + session.id()
                + " read it), so it cannot be opened again.");
      }
      specs.add(spec);
    }
    if (specs.size() == 1 && specs.get(0).kind() == SourceKind.DEMO) {
      Optional<DemoNetwork.Scenario> scenario = DemoNetwork.Scenario.byKey(specs.get(0).location());
      if (scenario.isEmpty()) {
        return Optional.of("There is no demo network called \"" + specs.get(0).location() + "\".");
      }
      loader.openDemo(scenario.get());
    } else if (specs.stream().allMatch(s -> s.kind() == SourceKind.FILE)) {
      loader.openFiles(specs.stream().map(SourceSpec::path).toList());
    } else {
      openInTurn(specs, 0);
    }
    return Optional.empty();
  }

  /** Opens {@code specs} from {@code index} on, each once the one before it has opened. */
  private void openInTurn(List<SourceSpec> specs, int index) {
    if (index >= specs.size()) {
      return;
    }
    Job<WorkspaceLoader.Opened> task =
        loader.openSource(specs.get(index), SourceOptions.defaults(), Optional.empty());
    task.onSucceeded(opened -> openInTurn(specs, index + 1));
  }
}
