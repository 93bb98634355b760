package io.f3console.core.testing;

import io.f3console.core.cid.Cid;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link FakeLotusNode} does wrong. {@link #NONE} is a healthy Lotus node; each {@code
 * with…} method adds one fault.
 *
 * @param delay how long the node waits before it answers each request
 * @param serverErrors how many times each distinct request (method and parameters) is answered with
 *     HTTP 500 before it succeeds ({@link Integer#MAX_VALUE}: always)
 * @param malformedJson answer every request with JSON cut off in the middle
 * @param missingMethods methods answered "method not found" (a Lotus node lacks Forest's {@code
 *     F3GetF3PowerTableByInstance}; a Forest node lacks Lotus's {@code F3GetPowerTableByInstance})
 * @param f3 whether F3 runs
 * @param wrongInitialPowerTable serve, for the initial instance, a table whose CID is not the
 *     manifest's {@code InitialPowerTable} (the last entry is left out)
 * @param missingCertificates instances the node answers "certificate not found" for
 * @param chainName the chain name {@code StateNetworkName} answers instead of the node's own (a
 *     node whose chain belongs to another network)
 * @param manifestInitialPowerTable the {@code InitialPowerTable} the manifest names instead of the
 *     node's own initial table (a build or override with a wrong CID)
 * @param corruptedBlocks blocks {@code ChainReadObj} answers with wrong bytes (one bit flipped)
 * @param missingBlocks blocks {@code ChainReadObj} says it does not have, as Lotus says it
 */
public record NodeFaults(
    Duration delay,
    int serverErrors,
    boolean malformedJson,
    Set<String> missingMethods,
    F3State f3,
    boolean wrongInitialPowerTable,
    Set<Long> missingCertificates,
    Optional<String> chainName,
    Optional<Cid> manifestInitialPowerTable,
    Set<Cid> corruptedBlocks,
    Set<Cid> missingBlocks) {

  /** Lotus's name for the committee of an instance. */
  public static final String LOTUS_POWER_TABLE = "Filecoin.F3GetPowerTableByInstance";

  /** Forest's name for it. */
  public static final String FOREST_POWER_TABLE = "Filecoin.F3GetF3PowerTableByInstance";

  /** Lotus's method for the node's peer ID, which Forest does not offer. */
  public static final String FOREST_LACKS_ID = "Filecoin.ID";

  /** A healthy Lotus node. */
  public static final NodeFaults NONE =
      new NodeFaults(
          Duration.ZERO,
          0,
          false,
          Set.of(FOREST_POWER_TABLE),
          F3State.RUNNING,
          false,
          Set.of(),
          Optional.empty(),
          Optional.empty(),
          Set.of(),
          Set.of());

  /** Whether F3 runs on the node. */
  public enum F3State {
    RUNNING,
    /** Enabled but not started: go-f3's "f3 is not running". */
    NOT_RUNNING,
    /** Disabled: Lotus's error 4, "f3 is disabled". */
    DISABLED
  }

  public NodeFaults {
    Objects.requireNonNull(delay, "delay");
    missingMethods = Set.copyOf(missingMethods);
    Objects.requireNonNull(f3, "f3");
    missingCertificates = Set.copyOf(missingCertificates);
    Objects.requireNonNull(chainName, "chainName");
    Objects.requireNonNull(manifestInitialPowerTable, "manifestInitialPowerTable");
    corruptedBlocks = Set.copyOf(corruptedBlocks);
    missingBlocks = Set.copyOf(missingBlocks);
  }

  /** {@code ChainReadObj} answers {@code cid} with its bytes changed (a lying node). */
  public NodeFaults withCorruptedBlock(Cid cid) {
    Set<Cid> corrupted = new HashSet<>(corruptedBlocks);
    corrupted.add(cid);
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corrupted,
        missingBlocks);
  }

  /** {@code ChainReadObj} says it does not have {@code cid}. */
  public NodeFaults withoutBlock(Cid cid) {
    Set<Cid> missing = new HashSet<>(missingBlocks);
    missing.add(cid);
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missing);
  }

  /** {@code StateNetworkName} answers {@code name}, e.g. another network's chain name. */
  public NodeFaults withChainName(String name) {
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        Optional.of(name),
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  /** The manifest names {@code cid} as its {@code InitialPowerTable}. */
  public NodeFaults withManifestInitialPowerTable(Cid cid) {
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        Optional.of(cid),
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withDelay(Duration value) {
    return new NodeFaults(
        value,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withServerErrors(int times) {
    return new NodeFaults(
        delay,
        times,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withMalformedJson() {
    return new NodeFaults(
        delay,
        serverErrors,
        true,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withoutMethod(String method) {
    Set<String> missing = new HashSet<>(missingMethods);
    missing.add(method);
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missing,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  /**
   * A Forest node: Forest's name for the power table of an instance instead of Lotus's, and no
   * {@code Filecoin.ID} (Forest gives its peer ID through {@code NetAddrsListen} only).
   */
  public NodeFaults forest() {
    Set<String> missing = new HashSet<>(missingMethods);
    missing.remove(FOREST_POWER_TABLE);
    missing.add(LOTUS_POWER_TABLE);
    missing.add(FOREST_LACKS_ID);
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missing,
        f3,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withF3(F3State state) {
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        state,
        wrongInitialPowerTable,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withWrongInitialPowerTable() {
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        true,
        missingCertificates,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }

  public NodeFaults withoutCertificate(long instance) {
    Set<Long> missing = new HashSet<>(missingCertificates);
    missing.add(instance);
    return new NodeFaults(
        delay,
        serverErrors,
        malformedJson,
        missingMethods,
        f3,
        wrongInitialPowerTable,
        missing,
        chainName,
        manifestInitialPowerTable,
        corruptedBlocks,
        missingBlocks);
  }
}
