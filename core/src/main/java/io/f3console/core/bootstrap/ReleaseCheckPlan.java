package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.source.TableKeepingSource;
import io.f3console.core.statepower.StateSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A release check as both front ends run it: the network, the candidate and the sources as source
 * strings; {@link #run} opens each source (a node with the token and limits the caller gives for
 * it), runs {@link ReleaseCheck}, keeps the initial table each source gave (for the history) and
 * closes them again. The CLI and the console only present the result.
 */
public final class ReleaseCheckPlan {
  /** The token and limits to open one source with; a node's token is only ever its own. */
  @FunctionalInterface
  public interface Access {
    SourceOptions optionsFor(SourceSpec spec) throws F3Exception;

    /**
     * One token (or none) for every node source; files, snapshots and the demo network need none.
     */
    static Access token(Optional<String> token) {
      Objects.requireNonNull(token, "token");
      SourceOptions withToken =
          token
              .filter(t -> !t.isBlank())
              .map(t -> SourceOptions.defaults().withToken(t.strip()))
              .orElse(SourceOptions.defaults());
      return spec -> StateSource.nodeUrl(spec).isPresent() ? withToken : SourceOptions.defaults();
    }
  }

  /**
   * A check that ran.
   *
   * @param result the core's verdict and evidence
   * @param tables the initial table each source gave, by source string, in the order given
   */
  public record Run(ReleaseCheckResult result, Map<String, SourcedTable> tables) {
    public Run {
      Objects.requireNonNull(result, "result");
      tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }
  }

  private final NetworkProfile profile;
  private final Optional<Cid> candidate;
  private final List<SourceSpec> sources;

  private ReleaseCheckPlan(
      NetworkProfile profile, Optional<Cid> candidate, List<SourceSpec> sources) {
    this.profile = profile;
    this.candidate = candidate;
    this.sources = List.copyOf(sources);
  }

  /**
   * A plan from source strings (each parsed now, so a malformed one is refused before anything is
   * opened; repeats are dropped).
   *
   * @throws F3Exception if a source string is malformed
   */
  public static ReleaseCheckPlan of(
      NetworkProfile profile, Optional<Cid> candidate, List<String> sources) throws F3Exception {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(candidate, "candidate");
    List<SourceSpec> specs = new ArrayList<>();
    for (String text : sources) {
      SourceSpec spec = SourceSpec.parse(text);
      if (!specs.contains(spec)) {
        specs.add(spec);
      }
    }
    return new ReleaseCheckPlan(profile, candidate, specs);
  }

  /**
   * The network a release check is for: a known profile (key, alias or F3 name) or the demo
   * network. A raw F3 network name is refused: it has no initial instance or published CID.
   *
   * @throws F3Exception if the name is neither
   */
  public static NetworkProfile network(String name) throws F3Exception {
    if (name.isBlank() || !name.strip().equals(name)) {
      throw new F3Exception("--network must be a name without surrounding spaces");
    }
    NetworkSelection selection = NetworkProfiles.builtIn().resolveTyped(name);
    if (selection.profile().isPresent()) {
      return selection.profile().get();
    }
    DemoNetwork demo = DemoNetwork.builtIn();
    if (name.equals(DemoNetwork.PROFILE_KEY) || name.equals(demo.spec().networkName())) {
      return demo.profile(SyntheticNetwork.of(demo.spec()).initialTable().cid());
    }
    throw new F3Exception(
        "release-check needs a known network, not \""
            + name
            + "\": one of "
            + String.join(
                ", ", NetworkProfiles.builtIn().all().stream().map(NetworkProfile::key).toList())
            + ", "
            + DemoNetwork.PROFILE_KEY);
  }

  public NetworkProfile profile() {
    return profile;
  }

  public Optional<Cid> candidate() {
    return candidate;
  }

  /** The sources, as canonical source strings, in the order given. */
  public List<String> sources() {
    return sources.stream().map(SourceSpec::toString).toList();
  }

  /**
   * Opens every source, runs the check and closes them.
   *
   * @throws F3Exception if a source cannot be opened or cannot give its table or certificate 0
   * @throws InterruptedException if the thread is interrupted (the way to cancel)
   */
  public Run run(Access access) throws F3Exception, InterruptedException {
    Objects.requireNonNull(access, "access");
    List<TableKeepingSource> opened = new ArrayList<>();
    try {
      for (SourceSpec spec : sources) {
        opened.add(new TableKeepingSource(Sources.open(spec, access.optionsFor(spec))));
      }
      ReleaseCheckResult result =
          new ReleaseCheck(profile).run(candidate, List.<DataSource>copyOf(opened));
      Map<String, SourcedTable> tables = new LinkedHashMap<>();
      for (TableKeepingSource source : opened) {
        source.initialTable().ifPresent(table -> tables.put(source.spec().toString(), table));
      }
      return new Run(result, tables);
    } finally {
      for (TableKeepingSource source : opened) {
        source.close();
      }
    }
  }
}
