package io.f3console.core.network;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.gpbft.StoragePower;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One known F3 network: the manifest values a light client needs (go-f3 {@code
 * manifest/manifest.go}) plus how people refer to it.
 *
 * <p>Validation follows go-f3's {@code Manifest.Validate} where it applies (a non-empty network
 * name, {@code BootstrapEpoch >= EC.Finality}); the rest are this project's rules: keys and aliases
 * are lower-case words ({@code [a-z0-9-]}), and the initial power table CID must be the canonical
 * string of a dag-cbor blake2b-256 CIDv1 (what go-f3's {@code MakePowerTableCID} produces).
 *
 * @param key the profile's name in this project, e.g. {@code mainnet}
 * @param aliases other accepted names, e.g. {@code devnet} for {@code 2k}
 * @param status whether the F3 network is still running
 * @param description one line for a person
 * @param f3NetworkName the manifest's {@code NetworkName}, signed into every F3 message
 * @param chainNetworkName the chain's own network name ({@code StateNetworkName}) where known
 * @param bootstrapEpoch the manifest's {@code BootstrapEpoch}
 * @param ecFinality the manifest's {@code EC.Finality}, in epochs
 * @param ecPeriodSeconds the manifest's {@code EC.Period}, in seconds
 * @param committeeLookback the manifest's {@code CommitteeLookback}, in instances
 * @param initialInstance the manifest's {@code InitialInstance}
 * @param initialPowerTableCid the manifest's {@code InitialPowerTable}, absent when null
 * @param consensusMinerMinPower the chain's consensus minimum raw power in bytes (Lotus {@code
 *     ConsensusMinerMinPower}): who counts for F3 when four or more miners reach it
 * @param sources the public files these values come from
 */
public record NetworkProfile(
    String key,
    List<String> aliases,
    NetworkStatus status,
    String description,
    String f3NetworkName,
    Optional<String> chainNetworkName,
    long bootstrapEpoch,
    long ecFinality,
    long ecPeriodSeconds,
    long committeeLookback,
    long initialInstance,
    Optional<String> initialPowerTableCid,
    StoragePower consensusMinerMinPower,
    List<String> sources) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public NetworkProfile {
    Objects.requireNonNull(key, "key");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(f3NetworkName, "f3NetworkName");
    Objects.requireNonNull(chainNetworkName, "chainNetworkName");
    Objects.requireNonNull(initialPowerTableCid, "initialPowerTableCid");
    Objects.requireNonNull(consensusMinerMinPower, "consensusMinerMinPower");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));

    requireName("key", key);
    Set<String> names = new HashSet<>(List.of(key));
    for (String alias : aliases) {
      requireName("alias", alias);
      check(names.add(alias), "alias \"" + alias + "\" repeats the key or another alias");
    }
    check(isOneLine(description), "description must be one non-blank line");
    check(!f3NetworkName.isEmpty(), "f3NetworkName must not be empty");
    check(
        f3NetworkName.strip().equals(f3NetworkName) && isOneLine(f3NetworkName),
        "f3NetworkName must be one line without surrounding whitespace");
    chainNetworkName.ifPresent(
        name -> check(isOneLine(name), "chainNetworkName must be one non-blank line when present"));
    check(ecFinality >= 0, "ecFinality must not be negative");
    check(
        bootstrapEpoch >= ecFinality,
        "bootstrapEpoch (" + bootstrapEpoch + ") must be at least ecFinality (" + ecFinality + ")");
    check(ecPeriodSeconds > 0, "ecPeriodSeconds must be positive");
    check(committeeLookback >= 0, "committeeLookback must not be negative");
    check(initialInstance >= 0, "initialInstance must not be negative");
    initialPowerTableCid.ifPresent(
        cid ->
            check(
                isPowerTableCid(cid),
                "initialPowerTableCid \"" + cid + "\" is not a dag-cbor blake2b-256 CIDv1 string"));
    check(consensusMinerMinPower.signum() > 0, "consensusMinerMinPower must be positive");
    check(!sources.isEmpty(), "sources must name at least one public manifest");
    sources.forEach(source -> check(isOneLine(source), "each source must be one non-blank line"));
  }

  /**
   * The epoch of the base tipset whose power table is the initial committee: {@code bootstrapEpoch
   * - ecFinality} (go-f3 {@code store.go}).
   */
  public long powerTableEpoch() {
    return bootstrapEpoch - ecFinality;
  }

  /** The expected-consensus block time. */
  public Duration ecPeriod() {
    return Duration.ofSeconds(ecPeriodSeconds);
  }

  /** The key followed by the aliases. */
  public List<String> names() {
    return Stream.concat(Stream.of(key), aliases.stream()).toList();
  }

  /** Whether {@code name} is the key or an alias, ignoring case. */
  public boolean isCalled(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return key.equals(lower) || aliases.contains(lower);
  }

  private static void requireName(String what, String name) {
    check(
        NAME.matcher(name).matches(),
        what + " \"" + name + "\" must be lower-case letters, digits and hyphens");
  }

  private static boolean isOneLine(String text) {
    return !text.isBlank() && text.lines().count() == 1;
  }

  private static boolean isPowerTableCid(String text) {
    try {
      Cid cid = Cid.fromString(text);
      return cid.toString().equals(text)
          && cid.version() == 1
          && cid.codec() == Multicodec.DAG_CBOR
          && cid.multihash().code() == Multicodec.BLAKE2B_256
          && cid.multihash().digestLength() == 32;
    } catch (CidFormatException e) {
      return false;
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
