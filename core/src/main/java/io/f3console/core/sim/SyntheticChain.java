package io.f3console.core.sim;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.validation.FailureReason;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A generated chain held in memory: the certificates, the committee of every instance, and the
 * secret keys behind them (so that broken variants can be re-signed).
 */
public final class SyntheticChain {
  private final SimulationSpec spec;
  private final List<FinalityCertificate> certificates;
  private final List<PowerTable> tables;
  private final Map<PubKey, BigInteger> secrets;

  SyntheticChain(
      SimulationSpec spec,
      List<FinalityCertificate> certificates,
      List<PowerTable> tables,
      Map<PubKey, BigInteger> secrets) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.certificates = List.copyOf(certificates);
    this.tables = List.copyOf(tables);
    this.secrets = Map.copyOf(secrets);
    if (this.tables.size() != this.certificates.size() + 1) {
      throw new IllegalArgumentException("need one table per certificate plus the final one");
    }
  }

  public SimulationSpec spec() {
    return spec;
  }

  public String networkName() {
    return spec.networkName();
  }

  public List<FinalityCertificate> certificates() {
    return certificates;
  }

  /** The committee of instance 0. */
  public PowerTable initialTable() {
    return tables.get(0);
  }

  /** The committee of {@code instance}, for 0 ≤ instance ≤ the number of certificates. */
  public PowerTable tableOf(int instance) {
    return tables.get(instance);
  }

  /** The committee after the last certificate. */
  public PowerTable finalTable() {
    return tables.get(tables.size() - 1);
  }

  /**
   * The same chain broken so that validation from the initial table fails with {@code reason} at
   * {@code instance} (and everything before it still validates).
   *
   * @throws IllegalArgumentException if that fault cannot be made at that instance (for example a
   *     base mismatch at instance 0, where there is no previous head, or a gap at the last
   *     certificate)
   */
  public SyntheticChain withFault(FailureReason reason, int instance) throws BlsException {
    Objects.requireNonNull(reason, "reason");
    if (instance < 0 || instance >= certificates.size()) {
      throw new IllegalArgumentException(
          "instance "
              + instance
              + " is not in the chain of "
              + certificates.size()
              + " certificates");
    }
    return new SyntheticFaults(this).inject(reason, instance);
  }

  List<PowerTable> tables() {
    return tables;
  }

  Map<PubKey, BigInteger> secrets() {
    return secrets;
  }
}
