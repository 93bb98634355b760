package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.blocks.ForwardingBlockSource;
import io.f3console.core.blocks.LayeredBlockSource;
import io.f3console.core.blocks.RpcBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.TipSetSummary;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.state.StateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where chain state is read: {@code car:PATH} or a plain {@code .car} or {@code .car.zst} path,
 * indexed in one streaming pass and read block by block ({@link CarBlockSource}), or a node ({@code
 * rpc:URL} or a bare {@code http(s)://} URL) read with {@code Filecoin.ChainReadObj} ({@link
 * RpcBlockSource}), optionally behind a CAR that is asked first ({@link LayeredBlockSource}). Every
 * block is checked against its CID when read: a node is never trusted.
 */
final class StateBlockSources {
  /** The pause before a node is asked again after a transient failure; it doubles. */
  private static final Duration BACKOFF = Duration.ofMillis(200);

  /**
   * An opened source: the tipset its CAR names as roots (none for a node), the node's client for
   * tipset look-ups, and the failures that came from the node.
   */
  record Opened(
      BlockSource source,
      List<Cid> roots,
      String spec,
      Optional<LotusRpcClient> node,
      NodeFailures nodeFailures) {
    /**
     * The sources read, each a source string of its own (a CAR's, then the node's), for the
     * history.
     */
    List<String> parts() {
      return List.of(spec.split(" then "));
    }

    /** Whether the blocks come (at least in part) from a node. */
    boolean isNode() {
      return node.isPresent();
    }

    /**
     * The tipset at {@code epoch} as the node gives it with {@code ChainGetTipSetByHeight}: for a
     * null round, the last non-null tipset below it (Lotus's rule).
     */
    TipSetSummary tipSetAt(long epoch) throws F3Exception {
      LotusRpcClient client = node.orElseThrow(() -> new IllegalStateException("not a node"));
      try {
        return client.tipSetByHeight(epoch);
      } catch (RpcException e) {
        if (ExitCodes.of(e.reason()) == ExitCodes.UNREACHABLE) {
          throw new SourceUnreachableException(
              spec + ": no tipset at epoch " + epoch + ": " + e.getMessage(), e);
        }
        throw new F3Exception(spec + ": no tipset at epoch " + epoch + ": " + e.getMessage(), e);
      }
    }
  }

  /** The block failures a node gave, so that they can be told from a CAR's. */
  static final class NodeFailures {
    private final Set<BlockException> seen =
        Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    void add(BlockException e) {
      seen.add(e);
    }

    /** Whether {@code failure} or one of its causes is a block failure the node gave. */
    boolean causedBy(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof BlockException && seen.contains(t)) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return false;
    }
  }

  private StateBlockSources() {}

  /** Whether {@code text} names a node rather than a CAR. */
  static boolean isNode(String text) {
    return text.startsWith("rpc:") || text.startsWith("http://") || text.startsWith("https://");
  }

  /**
   * The profile a computation from state needs (its consensus minimum power and bootstrap epoch); a
   * custom network name has none.
   */
  static NetworkProfile profileOf(NetworkSelection selection) throws F3Exception {
    return selection
        .profile()
        .orElseThrow(
            () ->
                new F3Exception(
                    "\""
                        + selection.f3NetworkName()
                        + "\" has no known profile, so its consensus minimum power"
                        + " is not known; give a network profile (mainnet, calibnet, butterfly, 2k,"
                        + " interopnet)"));
  }

  /** Opens a CAR source; {@code --blocks-from} is only for a node. */
  static Opened open(String text) throws F3Exception {
    return open(text, Optional.empty(), null);
  }

  /**
   * Opens {@code text}: a CAR, or a node (with {@code access}'s token and time limits) behind the
   * CAR {@code blocksFrom} when given.
   */
  static Opened open(String text, Optional<String> blocksFrom, NodeAccessOptions access)
      throws F3Exception {
    if (!isNode(text)) {
      if (blocksFrom.isPresent()) {
        throw new F3Exception(
            "--blocks-from is for a node source (rpc:URL); " + text + " is a CAR");
      }
      CarBlockSource car = openCar(text);
      return new Opened(car, car.roots(), "car:" + car(text), Optional.empty(), new NodeFailures());
    }
    String url = text.startsWith("rpc:") ? text.substring("rpc:".length()) : text;
    if (!(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new F3Exception(
          "source \""
              + text
              + "\": rpc: takes an http:// or https:// URL,"
              + " e.g. rpc:http://127.0.0.1:1234/rpc/v1");
    }
    if (access == null) {
      throw new F3Exception(text + ": a node is not a source here; give car:PATH");
    }
    var endpoint = ApiInfo.endpoint(url, "source " + text);
    SourceOptions options = access.optionsFor(endpoint, access.apiInfo());
    LotusRpcClient client = LotusRpcClient.connect(endpoint, options);
    NodeFailures failures = new NodeFailures();
    BlockSource node =
        new Tracked(
            RpcBlockSource.of(
                client, options.retries(), BACKOFF, RpcBlockSource.DEFAULT_CACHE_BYTES),
            failures);
    String spec = "rpc:" + client.displayEndpoint();
    if (blocksFrom.isEmpty()) {
      return new Opened(node, List.of(), spec, Optional.of(client), failures);
    }
    CarBlockSource car;
    try {
      car = openCar(blocksFrom.get());
    } catch (F3Exception e) {
      client.close();
      throw e;
    }
    return new Opened(
        LayeredBlockSource.of(car, node),
        List.of(),
        "car:" + car(blocksFrom.get()) + " then " + spec,
        Optional.of(client),
        failures);
  }

  /**
   * The header CIDs of the tipset at {@code epoch}: a node's from {@code ChainGetTipSetByHeight} (a
   * null round is said on {@code err}), a CAR's roots when they are at that height.
   */
  static List<Cid> tipsetAt(Opened opened, long epoch, String why, PrintWriter err)
      throws F3Exception, InterruptedException {
    if (opened.isNode()) {
      TipSetSummary found = opened.tipSetAt(epoch);
      if (found.cids().isEmpty()) {
        throw new SourceUnreachableException(
            opened.spec() + ": the tipset at epoch " + epoch + " has no blocks", null);
      }
      if (found.height() != epoch) {
        err.println(
            "Epoch "
                + epoch
                + " is a null round; the node gives the last tipset below"
                + " it, at height "
                + found.height()
                + " (as Lotus does).");
      }
      return found.cids();
    }
    long height;
    try {
      height = BlockHeader.load(opened.source(), opened.roots().get(0)).height();
    } catch (StateException e) {
      throw new F3Exception(
          opened.spec()
              + ": its root "
              + opened.roots().get(0)
              + " is not a block header: "
              + e.getMessage(),
          e);
    }
    if (height != epoch) {
      throw new F3Exception(
          opened.spec()
              + " holds the tipset at height "
              + height
              + " ("
              + opened.roots().stream().map(Cid::toString).collect(Collectors.joining(","))
              + "), not epoch "
              + epoch
              + why
              + ": a CAR gives the tipsets it holds; use --tipset");
    }
    return opened.roots();
  }

  private static String car(String text) {
    return text.startsWith("car:") ? text.substring("car:".length()) : text;
  }

  private static CarBlockSource openCar(String text) throws F3Exception {
    String pathText = car(text);
    String lower = pathText.toLowerCase(Locale.ROOT);
    if (!text.startsWith("car:") && !lower.endsWith(".car") && !lower.endsWith(".car.zst")) {
      throw new F3Exception(
          text + ": not a state source; give car:PATH, a .car file or" + " rpc:URL");
    }
    Path path = Path.of(pathText);
    if (!Files.isRegularFile(path)) {
      throw new F3Exception(path + ": no such file");
    }
    CarBlockSource car = CarBlockSource.open(path);
    if (car.roots().isEmpty()) {
      try {
        car.close();
      } catch (IOException e) {
        // the CAR is refused below either way
      }
      throw new F3Exception(path + ": the CAR names no root tipset");
    }
    return car;
  }

  /** A node's blocks, its failures noted. */
  private static final class Tracked extends ForwardingBlockSource {
    private final NodeFailures failures;

    Tracked(BlockSource inner, NodeFailures failures) {
      super(inner);
      this.failures = failures;
    }

    @Override
    public byte[] block(Cid cid) throws BlockException, InterruptedException {
      try {
        return inner.block(cid);
      } catch (BlockException e) {
        failures.add(e);
        throw e;
      }
    }
  }
}
