package io.f3console.core.rpc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.validation.CertificateStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Lotus or Forest node's JSON-RPC API (v1), the F3 methods and the few chain methods a diagnosis
 * needs, decoded strictly into the model (Lotus {@code api/api_full.go} and {@code
 * api/api_errors.go}, Forest {@code src/rpc/methods/f3.rs}).
 *
 * <p>Each call has the time limit of {@link SourceOptions#timeout()} and a cap on the answer's size
 * sized to the largest valid answer of its method, and all answers being received share one memory
 * budget (see {@code BoundedBody}); every failure is an {@link RpcException} with its reason.
 * Certificate ranges are fetched ahead by {@link SourceOptions#concurrency()} requests at once,
 * retried on transient failures up to {@link SourceOptions#retries()} times, and handed out in
 * order.
 *
 * <p>The power table of an instance is {@code F3GetPowerTableByInstance} on Lotus and {@code
 * F3GetF3PowerTableByInstance} on Forest: the client tries the Lotus name first, falls back to
 * Forest's when the node does not know it, and keeps using the name that worked.
 *
 * <p>The token is sent only as an {@code Authorization: Bearer} header. It is not part of {@link
 * #toString()} or of any message, and the client never writes it anywhere.
 */
public final class LotusRpcClient implements AutoCloseable {
  static final String GET_MANIFEST = "Filecoin.F3GetManifest";
  static final String GET_CERTIFICATE = "Filecoin.F3GetCertificate";
  static final String GET_LATEST_CERTIFICATE = "Filecoin.F3GetLatestCertificate";

  /** Lotus's name for the committee of an instance. */
  public static final String POWER_TABLE_BY_INSTANCE = "Filecoin.F3GetPowerTableByInstance";

  /** Forest's name for the same method. */
  public static final String FOREST_POWER_TABLE_BY_INSTANCE =
      "Filecoin.F3GetF3PowerTableByInstance";

  static final String GET_EC_POWER_TABLE = "Filecoin.F3GetECPowerTable";
  static final String GET_F3_POWER_TABLE = "Filecoin.F3GetF3PowerTable";
  static final String GET_PROGRESS = "Filecoin.F3GetProgress";
  static final String IS_RUNNING = "Filecoin.F3IsRunning";
  static final String CHAIN_HEAD = "Filecoin.ChainHead";
  static final String TIPSET_BY_HEIGHT = "Filecoin.ChainGetTipSetByHeight";
  static final String NETWORK_NAME = "Filecoin.StateNetworkName";
  static final String VERSION = "Filecoin.Version";
  static final String READ_OBJ = "Filecoin.ChainReadObj";
  static final String LIST_PARTICIPANTS = "Filecoin.F3ListParticipants";
  static final String ID = "Filecoin.ID";
  static final String NET_ADDRS_LISTEN = "Filecoin.NetAddrsListen";

  /** The first pause before a certificate request is tried again; it doubles each time. */
  public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(250);

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final URI endpoint;
  private final SourceOptions options;
  private final Duration backoff;
  private final JsonRpcTransport transport;
  private final AtomicReference<String> powerTableMethod = new AtomicReference<>();
  private final int number = CLIENTS.incrementAndGet();
  private ExecutorService pool;

  private LotusRpcClient(URI endpoint, SourceOptions options, Duration backoff) {
    this.endpoint = endpoint;
    this.options = options;
    this.backoff = backoff;
    this.transport = new JsonRpcTransport(endpoint, options.token(), options.timeout());
  }

  /** A client for the node at {@code endpoint} (no request is made yet). */
  public static LotusRpcClient connect(URI endpoint, SourceOptions options) {
    return connect(endpoint, options, DEFAULT_BACKOFF);
  }

  /**
   * A client that pauses {@code backoff} before the first retry of a certificate request.
   *
   * @throws IllegalArgumentException if the endpoint is not an absolute http or https URL
   */
  public static LotusRpcClient connect(URI endpoint, SourceOptions options, Duration backoff) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(backoff, "backoff");
    String scheme =
        endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "a node endpoint is an http:// or https:// URL, not "
              + JsonRpcTransport.displayed(endpoint));
    }
    if (backoff.isNegative()) {
      throw new IllegalArgumentException("backoff must not be negative");
    }
    return new LotusRpcClient(endpoint, options, backoff);
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The endpoint as it may be shown (no user information, query or fragment). */
  public String displayEndpoint() {
    return transport.where();
  }

  /** How the result of one kind of call becomes a value. */
  @FunctionalInterface
  private interface Decoder<T> {
    T decode(RpcResults results, byte[] result) throws RpcException;
  }

  private <T> T call(RpcCall call, Decoder<T> decoder) throws RpcException {
    return decoder.decode(RpcResults.of(transport, call), transport.call(call));
  }

  /** {@code Filecoin.F3GetManifest}. */
  public F3Manifest manifest() throws RpcException {
    return call(RpcCall.of(GET_MANIFEST), RpcResults::manifest);
  }

  /**
   * {@code Filecoin.F3GetCertificate}; a certificate the node does not have is {@link
   * RpcException.Reason#CERTIFICATE_NOT_FOUND}, and one for another instance is malformed.
   */
  public FinalityCertificate certificate(long instance) throws RpcException {
    RpcCall call = RpcCall.ofInstance(GET_CERTIFICATE, instance, RpcCall.CERTIFICATE_RESPONSE);
    FinalityCertificate certificate =
        RpcResults.of(transport, call).certificate(transport.call(call), false).orElseThrow();
    if (certificate.instance() != instance) {
      throw transport.malformed(
          call,
          "result.GPBFTInstance: asked for instance "
              + Long.toUnsignedString(instance)
              + ", the node sent "
              + Long.toUnsignedString(certificate.instance()));
    }
    return certificate;
  }

  /** {@code Filecoin.F3GetLatestCertificate}: empty when the node has none yet. */
  public Optional<FinalityCertificate> latestCertificate() throws RpcException {
    return call(
        RpcCall.of(GET_LATEST_CERTIFICATE).withResponseLimit(RpcCall.CERTIFICATE_RESPONSE),
        (results, result) -> results.certificate(result, true));
  }

  /**
   * The committee of {@code instance}, from the node's certificate store: Lotus's {@code
   * F3GetPowerTableByInstance} or Forest's {@code F3GetF3PowerTableByInstance}.
   */
  public PowerTable powerTableByInstance(long instance) throws RpcException {
    String known = powerTableMethod.get();
    if (known != null) {
      return powerTableByInstance(known, instance);
    }
    try {
      PowerTable table = powerTableByInstance(POWER_TABLE_BY_INSTANCE, instance);
      powerTableMethod.set(POWER_TABLE_BY_INSTANCE);
      return table;
    } catch (RpcException e) {
      if (e.reason() != RpcException.Reason.METHOD_NOT_FOUND) {
        throw e;
      }
    }
    try {
      PowerTable table = powerTableByInstance(FOREST_POWER_TABLE_BY_INSTANCE, instance);
      powerTableMethod.set(FOREST_POWER_TABLE_BY_INSTANCE);
      return table;
    } catch (RpcException e) {
      if (e.reason() != RpcException.Reason.METHOD_NOT_FOUND) {
        powerTableMethod.set(FOREST_POWER_TABLE_BY_INSTANCE);
        throw e;
      }
      throw new RpcException(
          RpcException.Reason.METHOD_NOT_FOUND,
          POWER_TABLE_BY_INSTANCE,
          "F3GetPowerTableByInstance("
              + Long.toUnsignedString(instance)
              + ") at "
              + transport.where()
              + ": the node offers neither F3GetPowerTableByInstance (Lotus "
              + "1.33.1 and later) nor F3GetF3PowerTableByInstance (Forest)",
          e.code().isPresent() ? e.code().getAsLong() : null,
          null,
          instance,
          null);
    }
  }

  /** The method name that answered {@link #powerTableByInstance}, once one has. */
  public Optional<String> powerTableMethod() {
    return Optional.ofNullable(powerTableMethod.get());
  }

  private PowerTable powerTableByInstance(String method, long instance) throws RpcException {
    return call(
        RpcCall.ofInstance(method, instance, RpcCall.POWER_TABLE_RESPONSE), RpcResults::powerTable);
  }

  /**
   * {@code Filecoin.F3GetECPowerTable}: the table computed from chain state at the tipset {@code
   * key} (empty: the head). Needs the node to hold that state.
   */
  public PowerTable ecPowerTable(List<Cid> key) throws RpcException {
    return call(
        RpcCall.ofTipSetKey(GET_EC_POWER_TABLE, key, RpcCall.POWER_TABLE_RESPONSE),
        RpcResults::powerTable);
  }

  /** {@code Filecoin.F3GetF3PowerTable}: F3's own view of the table at the tipset. */
  public PowerTable f3PowerTable(List<Cid> key) throws RpcException {
    return call(
        RpcCall.ofTipSetKey(GET_F3_POWER_TABLE, key, RpcCall.POWER_TABLE_RESPONSE),
        RpcResults::powerTable);
  }

  /** {@code Filecoin.F3GetProgress}. */
  public InstanceProgress progress() throws RpcException {
    return call(RpcCall.of(GET_PROGRESS), RpcResults::progress);
  }

  /** {@code Filecoin.F3IsRunning}: false when enabled but not running; F3_DISABLED otherwise. */
  public boolean isRunning() throws RpcException {
    return call(RpcCall.of(IS_RUNNING), RpcResults::bool);
  }

  /** {@code Filecoin.ChainHead}. */
  public TipSetSummary chainHead() throws RpcException {
    return call(RpcCall.of(CHAIN_HEAD), RpcResults::tipSet);
  }

  /**
   * {@code Filecoin.ChainGetTipSetByHeight} looked up from the head: the tipset at {@code height},
   * or the one before it when that epoch had no blocks.
   */
  public TipSetSummary tipSetByHeight(long height) throws RpcException {
    ArrayNode params = JsonNodeFactory.instance.arrayNode();
    params.add(height);
    params.add(RpcCall.tipSetKey(List.of()));
    return call(
        new RpcCall(TIPSET_BY_HEIGHT, params, Long.toString(height), null, RpcCall.SMALL_RESPONSE),
        RpcResults::tipSet);
  }

  /** {@code Filecoin.StateNetworkName}: the chain's name, e.g. {@code mainnet}. */
  public String stateNetworkName() throws RpcException {
    return call(RpcCall.of(NETWORK_NAME), RpcResults::string);
  }

  /**
   * {@code Filecoin.ChainReadObj}: the raw bytes of the block {@code cid} names, exactly as the
   * node sent them (base64 in JSON), <em>not checked</em> against the CID: a caller checks them
   * ({@code blocks.RpcBlockSource} does). Empty when the node says it does not have the block:
   * Lotus answers {@code blockstore get: ipld: could not find <cid>}, Forest {@code can't find
   * object with that cid}. Blocks of up to 3 MiB can be read (the JSON reader's string limit).
   */
  public Optional<byte[]> chainReadObj(Cid cid) throws RpcException {
    Objects.requireNonNull(cid, "cid");
    ArrayNode params = JsonNodeFactory.instance.arrayNode();
    params.addObject().put("/", cid.toString());
    RpcCall call = new RpcCall(READ_OBJ, params, cid.toString(), null, RpcCall.BLOCK_RESPONSE);
    try {
      return Optional.of(call(call, RpcResults::base64Bytes));
    } catch (RpcException e) {
      if (e.reason() == RpcException.Reason.NODE_ERROR && saysNotFound(e.getMessage())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static boolean saysNotFound(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("ipld: could not find")
        || lower.contains("can't find object")
        || lower.contains("blockstore: block not found");
  }

  /**
   * {@code Filecoin.F3ListParticipants}: the participation leases this node issued and still holds,
   * in the node's order (empty when it holds none). Lotus lists only valid leases, rewritten to
   * start at its current instance; Forest lists them as granted (see {@link F3Participant}).
   */
  public List<F3Participant> listParticipants() throws RpcException {
    return call(
        RpcCall.of(LIST_PARTICIPANTS).withResponseLimit(RpcCall.PARTICIPANTS_RESPONSE),
        RpcResults::participants);
  }

  /**
   * The node's libp2p peer ID, the issuer its participation tickets name: {@code Filecoin.ID} on
   * Lotus; a node without that method (Forest) is asked {@code Filecoin.NetAddrsListen}, whose
   * {@code ID} is the same identity.
   */
  public PeerId peerId() throws RpcException {
    try {
      return call(RpcCall.of(ID), RpcResults::peerId);
    } catch (RpcException e) {
      if (e.reason() != RpcException.Reason.METHOD_NOT_FOUND) {
        throw e;
      }
    }
    return call(RpcCall.of(NET_ADDRS_LISTEN), RpcResults::addrInfoPeerId);
  }

  /** {@code Filecoin.Version}. */
  public NodeVersion version() throws RpcException {
    return call(RpcCall.of(VERSION), RpcResults::version);
  }

  /**
   * The certificates {@code from} to {@code to} (inclusive), fetched ahead with the options'
   * concurrency and retries and handed out in order. The stream fails with the instance of the
   * first certificate it could not get.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public CertificateStream certificates(long from, long to) {
    return new CertificateRange(
        this::certificate, pool(), 2 * options.concurrency(), options.retries(), backoff, from, to);
  }

  private synchronized ExecutorService pool() {
    if (pool == null) {
      AtomicInteger threads = new AtomicInteger();
      ThreadFactory factory =
          task -> {
            Thread thread = new Thread(task, "f3-rpc-" + number + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          };
      pool = Executors.newFixedThreadPool(options.concurrency(), factory);
    }
    return pool;
  }

  /** Stops the fetch threads (a range being fetched fails with INTERRUPTED). */
  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "LotusRpcClient[" + transport.where() + ", " + options + "]";
  }
}
