package io.f3console.core.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of {@link NetworkProfile}s and the rules for finding one by name.
 *
 * <p>{@link #builtIn()} is the set shipped with F3 Console ({@value #RESOURCE} on the classpath),
 * read once on first use. Within a set, keys and aliases are unique (they are matched ignoring
 * case), and so are F3 network names and initial power table CIDs; a key or alias may not be
 * another profile's F3 network name. So every lookup has at most one answer.
 */
public final class NetworkProfiles {
  /** Where the built-in profiles live on the classpath. */
  public static final String RESOURCE = "/io/f3console/core/network/networks.json";

  private final List<NetworkProfile> profiles;

  private NetworkProfiles(List<NetworkProfile> profiles) {
    this.profiles = List.copyOf(profiles);
    if (this.profiles.isEmpty()) {
      throw new IllegalArgumentException("there must be at least one network profile");
    }
    Map<String, String> names = new HashMap<>();
    Map<String, String> f3Names = new HashMap<>();
    Map<String, String> cids = new HashMap<>();
    for (NetworkProfile profile : this.profiles) {
      profile.names().forEach(name -> claim(names, name, profile, "name"));
      claim(f3Names, profile.f3NetworkName(), profile, "F3 network name");
      profile
          .initialPowerTableCid()
          .ifPresent(cid -> claim(cids, cid, profile, "initial power table CID"));
    }
    for (NetworkProfile profile : this.profiles) {
      for (String name : profile.names()) {
        String owner = f3Names.get(name);
        if (owner != null && !owner.equals(profile.key())) {
          throw new IllegalArgumentException(
              "name \"" + name + "\" of " + profile.key() + " is the F3 network name of " + owner);
        }
      }
    }
  }

  private static final class BuiltIn {
    static final NetworkProfiles INSTANCE = loadBuiltIn();
  }

  /**
   * The profiles shipped with F3 Console. They are part of the build, so a missing or invalid
   * resource is a packaging error and fails with {@link IllegalStateException}.
   */
  public static NetworkProfiles builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Parses a {@code networks.json} document strictly; see {@link NetworkProfilesJson}. */
  public static NetworkProfiles parse(byte[] json, String origin) throws NetworkProfilesException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(origin, "origin");
    List<NetworkProfile> profiles = NetworkProfilesJson.parse(json, origin);
    try {
      return new NetworkProfiles(profiles);
    } catch (IllegalArgumentException e) {
      throw new NetworkProfilesException(origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * A set of profiles built in code.
   *
   * @throws IllegalArgumentException if the list is empty or two profiles share a name, F3 network
   *     name or CID
   */
  public static NetworkProfiles of(List<NetworkProfile> profiles) {
    return new NetworkProfiles(Objects.requireNonNull(profiles, "profiles"));
  }

  /** Every profile, in file order. */
  public List<NetworkProfile> all() {
    return profiles;
  }

  /** The profile with this key or alias, ignoring case ({@code calibnet-old}, {@code DEVNET}). */
  public Optional<NetworkProfile> byKey(String keyOrAlias) {
    Objects.requireNonNull(keyOrAlias, "keyOrAlias");
    return profiles.stream().filter(profile -> profile.isCalled(keyOrAlias)).findFirst();
  }

  /** The profile whose F3 network name is exactly {@code f3NetworkName} (case matters). */
  public Optional<NetworkProfile> byF3NetworkName(String f3NetworkName) {
    Objects.requireNonNull(f3NetworkName, "f3NetworkName");
    return profiles.stream()
        .filter(profile -> profile.f3NetworkName().equals(f3NetworkName))
        .findFirst();
  }

  /** The known network whose manifest pins this initial power table CID (string form). */
  public Optional<NetworkProfile> byInitialPowerTableCid(String cid) {
    Objects.requireNonNull(cid, "cid");
    return profiles.stream()
        .filter(profile -> profile.initialPowerTableCid().filter(cid::equals).isPresent())
        .findFirst();
  }

  /**
   * Resolves what a user typed to an F3 network, in this order:
   *
   * <ol>
   *   <li>a profile key or alias, ignoring case ({@code Mainnet}, {@code calibnet-old});
   *   <li>the exact F3 network name of a profile ({@code filecoin} gives mainnet; {@code
   *       calibrationnet} gives the historical calibnet-2024, because that is the F3 network with
   *       that name, even though it is also calibnet's chain name);
   *   <li>otherwise the name itself as a raw F3 network name with no profile.
   * </ol>
   *
   * F3 network names are matched exactly because go-f3 signs them byte for byte: {@code Filecoin}
   * is not mainnet but a raw name.
   *
   * @throws IllegalArgumentException if the name is blank or has leading or trailing whitespace
   *     (rejected rather than trimmed, so that a raw name is never silently changed); callers that
   *     take user input should validate it first
   */
  public NetworkSelection resolve(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a network name must not be blank");
    }
    if (!name.strip().equals(name)) {
      throw new IllegalArgumentException(
          "a network name must not have leading or trailing whitespace: \"" + name + "\"");
    }
    return byKey(name)
        .or(() -> byF3NetworkName(name))
        .map(NetworkSelection::of)
        .orElseGet(() -> NetworkSelection.raw(name));
  }

  /**
   * {@link #resolve(String)} for what a person typed: a name equal to no key, alias or F3 network
   * name but within two edits of one ({@code mainet}, {@code Filecoin}, {@code calibnet2}) is
   * refused with the closest known name, because a custom F3 network name makes every signature
   * fail as if the certificates were forged.
   *
   * @throws UnknownNetworkException if the name is almost a known one
   */
  public NetworkSelection resolveTyped(String name) throws UnknownNetworkException {
    NetworkSelection selection = resolve(name);
    if (selection.isKnown()) {
      return selection;
    }
    Optional<String> near = nearest(name);
    if (near.isPresent()) {
      throw new UnknownNetworkException(name, near.get());
    }
    return selection;
  }

  /**
   * The known key, alias or F3 network name closest to {@code name}, if within two edits (one for
   * names of four or five characters, none for shorter ones, such as {@code 2k}, so that a short
   * custom name is not taken for a typo).
   */
  public Optional<String> nearest(String name) {
    Objects.requireNonNull(name, "name");
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (NetworkProfile profile : profiles) {
      List<String> candidates = new java.util.ArrayList<>(profile.names());
      candidates.add(profile.f3NetworkName());
      for (String candidate : candidates) {
        int allowed = Math.min(2, (candidate.length() - 1) / 2);
        int distance = EditDistance.between(name, candidate, 3);
        if (distance > 0 && distance <= allowed && distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static void claim(
      Map<String, String> claimed, String value, NetworkProfile profile, String what) {
    String previous = claimed.putIfAbsent(value, profile.key());
    if (previous != null) {
      throw new IllegalArgumentException(
          what + " \"" + value + "\" is used by both " + previous + " and " + profile.key());
    }
  }

  private static NetworkProfiles loadBuiltIn() {
    try (InputStream in = NetworkProfiles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "built-in network profiles missing from the classpath: " + RESOURCE);
      }
      return parse(in.readAllBytes(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (NetworkProfilesException e) {
      throw new IllegalStateException(
          "built-in network profiles are invalid: " + e.getMessage(), e);
    }
  }
}
