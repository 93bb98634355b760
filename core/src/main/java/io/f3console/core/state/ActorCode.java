package io.f3console.core.state;

import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What an actor's code CID says: its kind, and its actors version when the code names it.
 *
 * <p>Actors v0–v7 use identity CIDs of {@code fil/<version>/<name>}, which name both. From v8 on,
 * code CIDs are hashes of the actor bytecode; the state's own manifest names the kind, and the
 * layout of a state is then recognised by its shape ({@link VersionRange}), as Lotus's bundled code
 * table is not part of the state.
 *
 * @param code the code CID
 * @param kind the actor kind
 * @param version the actors version, when the code names it (v7 and earlier)
 */
public record ActorCode(Cid code, ActorKind kind, OptionalInt version) {
  public ActorCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
  }

  @Override
  public String toString() {
    return kind.manifestName()
        + (version.isPresent() ? " v" + version.getAsInt() : "")
        + " ("
        + code
        + ")";
  }
}
