package io.f3console.core.sim;

import io.f3console.core.F3Exception;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceRanges;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;

/** The generated demo network ({@code demo:healthy}, {@code demo:broken}). */
public final class DemoSource implements DataSource {
  private final SourceSpec spec;
  private final SyntheticChain chain;

  private DemoSource(SourceSpec spec, SyntheticChain chain) {
    this.spec = spec;
    this.chain = chain;
  }

  public static DemoSource open(SourceSpec spec, DemoNetwork demo) throws F3Exception {
    DemoNetwork.Scenario scenario =
        DemoNetwork.Scenario.byKey(spec.location())
            .orElseThrow(
                () ->
                    new SourceException(
                        "no demo scenario \""
                            + spec.location()
                            + "\"; there are demo:healthy and demo:broken"));
    return new DemoSource(spec, demo.generate(scenario));
  }

  @Override
  public SourceSpec spec() {
    return spec;
  }

  @Override
  public boolean hasPowerTables() {
    return true;
  }

  @Override
  public boolean hasCertificates() {
    return !chain.certificates().isEmpty();
  }

  @Override
  public SourcedTable initialPowerTable() {
    return new SourcedTable(0, chain.initialTable(), "the generated demo network");
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    if (instance < 0 || instance > chain.certificates().size()) {
      throw new SourceException(
          spec
              + " has committees for instances 0.."
              + chain.certificates().size()
              + ", not "
              + Long.toUnsignedString(instance));
    }
    return new SourcedTable(instance, chain.tableOf((int) instance), "the generated demo network");
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    if (!hasCertificates()) {
      throw new SourceException(spec + " holds no certificates");
    }
    return new InstanceRange(0, chain.certificates().size() - 1);
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    return CertificateStream.of(SourceRanges.slice(spec, chain.certificates(), from, to));
  }

  @Override
  public void close() {}
}
