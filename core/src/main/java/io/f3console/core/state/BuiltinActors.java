package io.f3console.core.state;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The builtin actors a state runs: from actors v8 on, the manifest the system actor's state points
 * to ({@code [[name, code CID], …]}); before, the identity code CIDs {@code fil/<version>/<name>},
 * which need no manifest. Maps an actor's code to its {@link ActorCode}.
 */
public final class BuiltinActors {
  /** The most entries a manifest may have. */
  public static final int MAX_ENTRIES = 64;

  /** The longest actor name in a manifest. */
  public static final int MAX_NAME_LENGTH = 64;

  /** The oldest actors version with identity codes that is read (HAMT v3, 15-field miners). */
  public static final int MIN_IDENTITY_VERSION = 7;

  /** The newest actors version whose layouts are known (go-state-types). */
  public static final int MAX_KNOWN_VERSION = 19;

  /** The first actors version with a manifest. */
  public static final int FIRST_MANIFEST_VERSION = 8;

  private static final String PREFIX = "fil/";

  private final Optional<Cid> manifest;
  private final Map<Cid, ActorKind> kinds;

  private BuiltinActors(Optional<Cid> manifest, Map<Cid, ActorKind> kinds) {
    this.manifest = manifest;
    this.kinds = kinds;
  }

  /** No manifest: a state of actors v7 or earlier, whose codes name themselves. */
  public static BuiltinActors identityCodes() {
    return new BuiltinActors(Optional.empty(), Map.of());
  }

  /**
   * The builtin actors of a state whose system actor is {@code system}: its code names itself (v7
   * and earlier, no manifest), or its state {@code [manifest]} points to the manifest.
   */
  public static BuiltinActors load(BlockSource source, Actor system)
      throws StateException, InterruptedException {
    if (identity(system.code()).isPresent()) {
      return identityCodes();
    }
    Cid manifest =
        StateCbor.read(
            source,
            system.head(),
            "system actor state",
            reader -> {
              reader.readTupleHeader(1, "system actor state");
              return reader.readCid("BuiltinActors");
            });
    Map<Cid, ActorKind> kinds =
        StateCbor.read(source, manifest, "builtin-actors manifest", BuiltinActors::readManifest);
    return new BuiltinActors(Optional.of(manifest), kinds);
  }

  private static Map<Cid, ActorKind> readManifest(CborReader reader) throws CborDecodingException {
    int count = reader.readArrayHeader(MAX_ENTRIES, "manifest");
    Map<Cid, ActorKind> kinds = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int start = reader.position();
      reader.readTupleHeader(2, "manifest entry " + i);
      String name = reader.readTextString(MAX_NAME_LENGTH, "manifest entry name");
      Cid code = reader.readCid("manifest entry code");
      Optional<ActorKind> kind = ActorKind.fromManifestName(name);
      if (kind.isPresent() && kinds.put(code, kind.get()) != null) {
        throw new CborDecodingException("manifest names code " + code + " twice", start);
      }
    }
    return Map.copyOf(kinds);
  }

  /** The manifest's CID, when the state has one (actors v8 on). */
  public Optional<Cid> manifest() {
    return manifest;
  }

  /** The code CIDs the manifest names, with their kinds. */
  public Map<Cid, ActorKind> kinds() {
    return kinds;
  }

  /**
   * The kind (and, for identity codes, version) of an actor.
   *
   * @throws StateException {@link StateException.Reason#UNKNOWN_ACTOR_CODE} for a code neither in
   *     the manifest nor an identity code of a known actor; {@link
   *     StateException.Reason#UNKNOWN_VERSION} for an identity code of an unsupported version
   */
  public ActorCode resolve(Actor actor) throws StateException {
    Cid code = actor.code();
    ActorKind kind = kinds.get(code);
    if (kind != null) {
      return new ActorCode(code, kind, OptionalInt.empty());
    }
    Optional<String> name = identity(code);
    if (name.isEmpty()) {
      throw new StateException(
          StateException.Reason.UNKNOWN_ACTOR_CODE,
          Optional.of(code),
          "actor "
              + actor.address()
              + " has code "
              + code
              + ", which "
              + (manifest.isPresent()
                  ? "the manifest " + manifest.get() + " does not name"
                  : "is not a builtin actor code (the state has no manifest)"));
    }
    return parseIdentity(actor, code, name.get());
  }

  private static ActorCode parseIdentity(Actor actor, Cid code, String name) throws StateException {
    String[] parts = name.split("/", -1);
    Optional<ActorKind> kind =
        parts.length == 3 && parts[0].equals("fil")
            ? ActorKind.fromManifestName(parts[2])
            : Optional.empty();
    if (kind.isEmpty() || !parts[1].matches("[0-9]{1,3}")) {
      throw new StateException(
          StateException.Reason.UNKNOWN_ACTOR_CODE,
          Optional.of(code),
          "actor "
              + actor.address()
              + " has code \""
              + name
              + "\" ("
              + code
              + "), which is not a builtin actor code");
    }
    int version = Integer.parseInt(parts[1]);
    if (version < MIN_IDENTITY_VERSION || version >= FIRST_MANIFEST_VERSION) {
      throw new StateException(
          StateException.Reason.UNKNOWN_VERSION,
          Optional.of(code),
          "actor "
              + actor.address()
              + " is "
              + name
              + " ("
              + code
              + "): actors v"
              + version
              + " is not supported (v"
              + MIN_IDENTITY_VERSION
              + " to v"
              + MAX_KNOWN_VERSION
              + " are)");
    }
    return new ActorCode(code, kind.get(), OptionalInt.of(version));
  }

  /** The text of an identity raw code CID ({@code fil/7/account}), if it is one. */
  private static Optional<String> identity(Cid code) {
    if (code.codec() != Multicodec.RAW || code.multihash().code() != Multicodec.IDENTITY) {
      return Optional.empty();
    }
    String text = new String(code.multihash().digest(), StandardCharsets.UTF_8);
    return text.startsWith(PREFIX) ? Optional.of(text) : Optional.empty();
  }
}
