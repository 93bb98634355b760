package io.f3console.core.rpc;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * A Lotus or Forest node as a source ({@code rpc:URL}). Opening it reads the node's manifest, so an
 * unreachable node, a wrong token or a node without F3 fails at once. The initial power table is
 * the committee of the manifest's {@code InitialInstance}; the certificates run from that instance
 * to the node's latest certificate, fetched ahead and in order (see {@link
 * LotusRpcClient#certificates}).
 */
public final class RpcSource implements DataSource {
  private final SourceSpec spec;
  private final LotusRpcClient client;
  private final F3Manifest manifest;

  private RpcSource(SourceSpec spec, LotusRpcClient client, F3Manifest manifest) {
    this.spec = spec;
    this.client = client;
    this.manifest = manifest;
  }

  /**
   * Connects to the node of an {@code rpc:} source and reads its manifest.
   *
   * @throws SourceException if the location is not an http or https URL
   * @throws RpcException if the node cannot give its manifest
   */
  public static RpcSource open(SourceSpec spec, SourceOptions options) throws F3Exception {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(options, "options");
    if (spec.kind() != SourceKind.RPC) {
      throw new IllegalArgumentException("not an rpc: source: " + spec.kind());
    }
    URI endpoint;
    try {
      endpoint = new URI(spec.location());
    } catch (URISyntaxException e) {
      throw new SourceException("source \"" + spec + "\": malformed URL: " + e.getReason());
    }
    LotusRpcClient client;
    try {
      client = LotusRpcClient.connect(endpoint, options);
    } catch (IllegalArgumentException e) {
      throw new SourceException("source \"" + spec + "\": " + e.getMessage());
    }
    try {
      return new RpcSource(spec, client, client.manifest());
    } catch (RpcException e) {
      client.close();
      throw e;
    }
  }

  /** The manifest the node gave when the source was opened. */
  public F3Manifest manifest() {
    return manifest;
  }

  /** The client, for the calls a source does not cover (progress, chain head, version). */
  public LotusRpcClient client() {
    return client;
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
    return true;
  }

  @Override
  public SourcedTable initialPowerTable() throws F3Exception {
    return powerTable(manifest.initialInstance());
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    return new SourcedTable(
        instance,
        client.powerTableByInstance(instance),
        shortName(client.powerTableMethod().orElse(LotusRpcClient.POWER_TABLE_BY_INSTANCE))
            + "("
            + Long.toUnsignedString(instance)
            + ") from "
            + client.displayEndpoint());
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    Optional<FinalityCertificate> latest = client.latestCertificate();
    if (latest.isEmpty()) {
      throw new SourceException(spec + " has no finality certificate yet");
    }
    long first = manifest.initialInstance();
    if (Long.compareUnsigned(latest.get().instance(), first) < 0) {
      throw new SourceException(
          spec
              + ": the latest certificate, of instance "
              + Long.toUnsignedString(latest.get().instance())
              + ", is before the manifest's "
              + "initial instance "
              + Long.toUnsignedString(first));
    }
    return new InstanceRange(first, latest.get().instance());
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    if (Long.compareUnsigned(from, to) > 0) {
      throw new SourceException(
          "instance range "
              + Long.toUnsignedString(from)
              + ".."
              + Long.toUnsignedString(to)
              + " is empty");
    }
    return client.certificates(from, to);
  }

  @Override
  public void close() {
    client.close();
  }

  private static String shortName(String method) {
    return method.substring(method.indexOf('.') + 1);
  }

  @Override
  public String toString() {
    return "RpcSource[" + spec + "]";
  }
}
