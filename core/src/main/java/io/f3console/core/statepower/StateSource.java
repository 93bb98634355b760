package io.f3console.core.statepower;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.blocks.RpcBlockSource;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.TipSetSummary;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.source.StateLocation;
import io.f3console.core.state.Address;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.state.StateException;
import io.f3console.core.state.StateTree;
import io.f3console.core.validation.CertificateStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A power table computed from chain state ({@code state:car:PATH@EPOCH}, {@code
 * state:rpc:URL@EPOCH}, {@code @bootstrap} for {@code BootstrapEpoch − Finality}): a source of one
 * table, the one {@link PowerTableComputation} gives for that tipset. The network (its consensus
 * minimum, its bootstrap epoch) is the one the state names: the init actor's {@code NetworkName},
 * read from the same checked blocks. A CAR gives the tipset its roots name; a node the tipset
 * {@code ChainGetTipSetByHeight} gives (for a null round, the last one below).
 */
public final class StateSource implements DataSource {
  /** The init actor, whose state names the chain. */
  static final Address INIT_ACTOR = Address.id(1);

  private final SourceSpec spec;
  private final StatePowerTable computed;
  private final NetworkProfile network;
  private final boolean bootstrapTipset;

  private StateSource(
      SourceSpec spec, StatePowerTable computed, NetworkProfile network, boolean bootstrapTipset) {
    this.spec = spec;
    this.computed = computed;
    this.network = network;
    this.bootstrapTipset = bootstrapTipset;
  }

  /**
   * The URL of the node a source talks to: an {@code rpc:} source's, or a {@code state:} source's
   * that reads a node; empty for any other source.
   */
  public static Optional<String> nodeUrl(SourceSpec spec) {
    if (spec.kind() == SourceKind.RPC) {
      return Optional.of(spec.location());
    }
    if (spec.kind() != SourceKind.STATE) {
      return Optional.empty();
    }
    try {
      StateLocation location = StateLocation.parse(spec.location());
      if (!location.node()) {
        return Optional.empty();
      }
      String blocks = location.blocks();
      return Optional.of(blocks.startsWith("rpc:") ? blocks.substring("rpc:".length()) : blocks);
    } catch (SourceException e) {
      return Optional.empty();
    }
  }

  /** Opens a state source and computes its table; a node gets {@code options}. */
  public static StateSource open(SourceSpec spec, SourceOptions options)
      throws F3Exception, InterruptedException {
    Objects.requireNonNull(spec, "spec");
    if (spec.kind() != SourceKind.STATE) {
      throw new IllegalArgumentException(spec + " is not a state source");
    }
    StateLocation location = StateLocation.parse(spec.location());
    BlockSource blocks;
    List<Cid> roots = List.of();
    Optional<LotusRpcClient> client = Optional.empty();
    if (location.node()) {
      String url =
          location.blocks().startsWith("rpc:")
              ? location.blocks().substring("rpc:".length())
              : location.blocks();
      URI endpoint = ApiInfo.endpoint(url, "source " + spec);
      LotusRpcClient rpc = LotusRpcClient.connect(endpoint, options);
      client = Optional.of(rpc);
      blocks =
          RpcBlockSource.of(
              rpc,
              options.retries(),
              java.time.Duration.ofMillis(200),
              RpcBlockSource.DEFAULT_CACHE_BYTES);
    } else {
      String path =
          location.blocks().startsWith("car:")
              ? location.blocks().substring("car:".length())
              : location.blocks();
      if (!Files.isRegularFile(Path.of(path))) {
        throw new SourceException(path + ": no such file");
      }
      CarBlockSource car = CarBlockSource.open(Path.of(path));
      roots = car.roots();
      blocks = car;
    }
    try (BlockSource source = blocks) {
      List<Cid> tipset;
      NetworkProfile profile;
      if (client.isEmpty()) {
        if (roots.isEmpty()) {
          throw new SourceException(spec + ": the CAR names no root tipset");
        }
        BlockHeader header = header(source, roots.get(0), spec);
        profile = network(source, header.parentStateRoot(), spec);
        long epoch = location.epoch().orElse(profile.powerTableEpoch());
        if (header.height() != epoch) {
          throw new SourceException(
              spec
                  + ": the CAR holds the tipset at height "
                  + header.height()
                  + ", not epoch "
                  + epoch
                  + (location.epoch().isEmpty()
                      ? " (" + profile.key() + "'s BootstrapEpoch - Finality)"
                      : ""));
        }
        tipset = roots;
      } else {
        TipSetSummary head = tipSet(client.get(), OptionalLong.empty());
        if (head.cids().isEmpty()) {
          throw new SourceException(spec + ": the node's head has no blocks");
        }
        profile = network(source, header(source, head.cids().get(0), spec).parentStateRoot(), spec);
        long epoch = location.epoch().orElse(profile.powerTableEpoch());
        TipSetSummary found = tipSet(client.get(), OptionalLong.of(epoch));
        if (found.cids().isEmpty()) {
          throw new SourceException(spec + ": the tipset at epoch " + epoch + " has no blocks");
        }
        tipset = found.cids();
      }
      StatePowerTable table = PowerTableComputation.compute(source, tipset, profile);
      boolean bootstrap = location.epoch().isEmpty() || table.height() == profile.powerTableEpoch();
      return new StateSource(spec, table, profile, bootstrap);
    } catch (IOException e) {
      throw new SourceException(spec + ": " + e.getMessage(), e);
    }
  }

  /** The node's tipset at {@code epoch} (empty: its head); a refusal is the node's error. */
  private static TipSetSummary tipSet(LotusRpcClient client, OptionalLong epoch)
      throws RpcException {
    return epoch.isPresent() ? client.tipSetByHeight(epoch.getAsLong()) : client.chainHead();
  }

  private static BlockHeader header(BlockSource source, Cid cid, SourceSpec spec)
      throws F3Exception, InterruptedException {
    try {
      return BlockHeader.load(source, cid);
    } catch (StateException e) {
      throw new PowerTableComputationException(
          PowerTableComputation.reasonOf(e),
          Optional.empty(),
          e.cid(),
          spec + ": block header " + cid + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * The known network whose chain the state at {@code stateRoot} names (the init actor's {@code
   * NetworkName}).
   */
  static NetworkProfile network(BlockSource source, Cid stateRoot, SourceSpec spec)
      throws F3Exception, InterruptedException {
    String name = networkName(source, stateRoot, spec);
    List<NetworkProfile> known =
        NetworkProfiles.builtIn().all().stream()
            .filter(
                p ->
                    p.chainNetworkName()
                        .map(name::equals)
                        .orElse(p.key().equals(name) || p.f3NetworkName().equals(name)))
            .toList();
    if (known.isEmpty()) {
      throw new SourceException(
          spec
              + ": the state's network \""
              + name
              + "\" has no known"
              + " profile, so its consensus minimum power is not known");
    }
    long epochs = known.stream().map(NetworkProfile::powerTableEpoch).distinct().count();
    long minimums = known.stream().map(NetworkProfile::consensusMinerMinPower).distinct().count();
    if (minimums > 1) {
      throw new SourceException(
          spec
              + ": the state's network \""
              + name
              + "\" fits "
              + known.stream().map(NetworkProfile::key).collect(Collectors.joining(", "))
              + ", which differ in their consensus minimum");
    }
    return epochs == 1
        ? known.get(0)
        : known.stream()
            .filter(p -> p.status() == NetworkStatus.CURRENT)
            .findFirst()
            .orElse(known.get(0));
  }

  /** The init actor's {@code NetworkName}: state {@code [AddressMap, NextID, NetworkName]}. */
  static String networkName(BlockSource source, Cid stateRoot, SourceSpec spec)
      throws F3Exception, InterruptedException {
    try {
      StateTree tree = StateTree.load(source, stateRoot);
      Cid head = tree.actor(INIT_ACTOR).head();
      byte[] bytes = source.block(head);
      CborReader reader = new CborReader(bytes);
      reader.readTupleHeader(3, "init actor state");
      reader.readCid("AddressMap");
      reader.readUint64("NextID");
      return reader.readTextString(256, "NetworkName");
    } catch (StateException e) {
      throw new PowerTableComputationException(
          PowerTableComputation.reasonOf(e),
          Optional.of(INIT_ACTOR),
          e.cid(),
          spec + ": cannot read the network name from the" + " init actor: " + e.getMessage(),
          e);
    } catch (BlockException e) {
      throw new PowerTableComputationException(
          e.reason() == BlockException.Reason.MISSING
              ? FailureReason.MISSING_BLOCK
              : FailureReason.BAD_BLOCK,
          Optional.of(INIT_ACTOR),
          e.cid(),
          spec + ": cannot read the network name from the init actor: " + e.getMessage(),
          e);
    } catch (CborDecodingException e) {
      throw new PowerTableComputationException(
          FailureReason.MALFORMED_STATE,
          Optional.of(INIT_ACTOR),
          Optional.empty(),
          spec
              + ": the init actor's state is not"
              + " [AddressMap, NextID, NetworkName]: "
              + e.getMessage(),
          e);
    }
  }

  /** The computed table, with its decisions. */
  public StatePowerTable computed() {
    return computed;
  }

  /** The network the state names. */
  public NetworkProfile network() {
    return network;
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
    return false;
  }

  private String origin() {
    return "computed from chain state at tipset "
        + computed.tipset().stream().map(Cid::toString).collect(Collectors.joining(","))
        + " (height "
        + computed.height()
        + ", "
        + network.key()
        + ")";
  }

  @Override
  public SourcedTable initialPowerTable() {
    return new SourcedTable(
        bootstrapTipset ? network.initialInstance() : 0, computed.table(), origin());
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    if (bootstrapTipset && instance != network.initialInstance()) {
      throw new SourceException(
          spec
              + " gives the table of the bootstrap tipset, the"
              + " committee of instance "
              + Long.toUnsignedString(network.initialInstance())
              + ", not of instance "
              + Long.toUnsignedString(instance));
    }
    return new SourcedTable(instance, computed.table(), origin());
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    throw new SourceException(spec + " gives a power table, not certificates");
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    throw new SourceException(spec + " gives a power table, not certificates");
  }

  @Override
  public void close() {}
}
