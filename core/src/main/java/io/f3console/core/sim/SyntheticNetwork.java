package io.f3console.core.sim;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.CertificateStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deterministic synthetic F3 network for tests, benchmarks and the console's demo data: N
 * participants with their own BLS keys, and M certificates whose committee changes at almost every
 * instance (power changes that reorder the table, joins, leaves, key rotations), each signed by a
 * random strong quorum with a real BDN aggregate signature. The same spec gives the same bytes on
 * every machine.
 *
 * <p>Everything here is made up: the keys derive from the seed and must never be used for anything
 * real.
 */
public final class SyntheticNetwork {
  private final SimulationSpec spec;

  private SyntheticNetwork(SimulationSpec spec) {
    this.spec = spec;
  }

  public static SyntheticNetwork of(SimulationSpec spec) {
    return new SyntheticNetwork(Objects.requireNonNull(spec, "spec"));
  }

  public SimulationSpec spec() {
    return spec;
  }

  /**
   * Every certificate in memory, with the committee of each instance and the secret keys. For
   * chains that do not fit in memory, use {@link #stream()}.
   */
  public SyntheticChain generate() throws BlsException {
    ChainGenerator generator = new ChainGenerator(spec);
    List<FinalityCertificate> certificates = new ArrayList<>(spec.instances());
    List<PowerTable> tables = new ArrayList<>(spec.instances() + 1);
    tables.add(generator.initialTable());
    while (generator.hasNext()) {
      certificates.add(generator.next());
      tables.add(generator.currentTable());
    }
    return new SyntheticChain(spec, certificates, tables, generator.keys().snapshot());
  }

  /** The initial committee (the table of instance 0). */
  public PowerTable initialTable() throws BlsException {
    return new ChainGenerator(spec).initialTable();
  }

  /**
   * The certificates made one at a time as they are read, in bounded memory. Each call starts again
   * from instance 0 and gives the same certificates as {@link #generate()}.
   */
  public CertificateStream stream() throws BlsException {
    ChainGenerator generator = new ChainGenerator(spec);
    return () -> generator.hasNext() ? Optional.of(generator.next()) : Optional.empty();
  }
}
