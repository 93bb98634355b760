package io.f3console.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableJson;
import io.f3console.core.rpc.F3Participant;
import io.f3console.core.rpc.ParticipationTicket;
import io.f3console.core.rpc.PeerId;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.NodeFaults.F3State;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A Lotus node in the test JVM: a real HTTP server on 127.0.0.1 (ephemeral port) that speaks
 * Lotus's JSON-RPC (v1, HTTP POST) over a chain of certificates, with Lotus's JSON shapes and error
 * codes, an optional required token (HTTP 401 without it) and the faults of {@link NodeFaults}. It
 * serves a generated chain ({@link #start(SyntheticChain)}) or the real mainnet files ({@link
 * #startMainnet()}). It counts requests per method and the largest number answered at once, so
 * tests can check what a client sent.
 */
public final class FakeLotusNode implements AutoCloseable {
  public static final String PATH = "/rpc/v1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long FINALITY = 900;
  private static final int MAX_REQUEST = 1 << 20;
  private static final int GO_RESPONSE_BUFFER = 4096;

  /** The manifest's InitialPowerTable field, compact or indented, a CID link or null. */
  private static final String MANIFEST_CID =
      "\"InitialPowerTable\"\\s*:\\s*(null|\\{\\s*\"/\"\\s*:\\s*\"[a-z0-9]+\"\\s*})";

  static {
    // Go's net/http sends without Nagle's delay; the JDK server must be told to, or every
    // answer written after its headers waits for the client's delayed acknowledgement (~40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final String networkName;
  private final String chainName;
  private final List<FinalityCertificate> certificates;
  private final List<PowerTable> tables;
  private final String manifestJson;
  private final NavigableMap<Long, TipSet> tipSetsByEpoch = new TreeMap<>();
  private final Map<String, Answer> overrides = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> serverErrorsGiven = new ConcurrentHashMap<>();
  private final java.util.Set<HttpExchange> finished = ConcurrentHashMap.newKeySet();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final HttpServer server;
  private final ExecutorService executor;
  private volatile NodeFaults faults = NodeFaults.NONE;
  private volatile String requiredToken;
  private volatile BlockSource blocks = MemoryBlockSource.empty("no blocks");
  private final FakeLeases leases = new FakeLeases();

  /** How many certificates the node has so far (-1: all of them). */
  private volatile int published = -1;

  /** Whether each {@code F3GetProgress} answer is one instance further (a node catching up). */
  private volatile boolean progressAdvances;

  private final AtomicInteger progressAnswers = new AtomicInteger();

  /** The chain head's epoch at each {@code ChainHead} call (null: the newest tipset's). */
  private volatile LongSupplier chainHead;

  private FakeLotusNode(
      String networkName,
      String chainName,
      List<FinalityCertificate> certificates,
      List<PowerTable> tables,
      String manifestJson)
      throws IOException {
    this.networkName = networkName;
    this.chainName = chainName;
    this.certificates = List.copyOf(certificates);
    this.tables = List.copyOf(tables);
    this.manifestJson =
        manifestJson != null
            ? asServed(manifestJson)
            : manifest(
                networkName,
                certificates.isEmpty()
                    ? 1000 + FINALITY
                    : certificates.get(0).chain().base().epoch() + FINALITY,
                tables.get(0).cid());
    for (FinalityCertificate certificate : certificates) {
      certificate.chain().tipSets().forEach(t -> tipSetsByEpoch.put(t.epoch(), t));
    }
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-lotus-node");
              thread.setDaemon(true);
              return thread;
            });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A node over a generated chain (instances from 0), its manifest made to match. */
  public static FakeLotusNode start(SyntheticChain chain) throws IOException {
    List<PowerTable> tables = new ArrayList<>();
    for (int i = 0; i <= chain.certificates().size(); i++) {
      tables.add(chain.tableOf(i));
    }
    return new FakeLotusNode(
        chain.networkName(), chain.networkName(), chain.certificates(), tables, null);
  }

  /**
   * A node over the real mainnet data: the initial power table, certificates 0-9, the manifest
   * Lotus ships and mainnet's chain name {@code testnetnet} (skips the test when the shared data is
   * missing).
   */
  public static FakeLotusNode startMainnet() throws IOException, F3Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certificates =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));
    List<PowerTable> tables = new ArrayList<>(List.of(initial));
    for (FinalityCertificate certificate : certificates) {
      tables.add(
          PowerTableDeltas.apply(tables.get(tables.size() - 1), certificate.powerTableDelta()));
    }
    return new FakeLotusNode(
        "filecoin",
        "testnetnet",
        certificates,
        tables,
        SharedData.text("lotus_f3manifest_mainnet.json"));
  }

  /**
   * A node that serves only {@code Filecoin.ChainReadObj} from {@code blocks} (its F3 methods
   * answer over a one-entry committee and no certificates).
   */
  public static FakeLotusNode serving(BlockSource blocks) throws IOException {
    PowerTable table;
    try {
      table = PowerTable.of(RandomPowerTables.entries(new java.util.SplittableRandom(1), 1));
    } catch (F3Exception e) {
      throw new IllegalStateException(e);
    }
    return new FakeLotusNode("blocks", "blocks", List.of(), List.of(table), null)
        .withBlocks(blocks);
  }

  /** A node that serves these blocks (as they are: a wrong one is served wrong). */
  public static FakeLotusNode serving(Map<Cid, byte[]> blocks) throws IOException {
    MemoryBlockSource source = MemoryBlockSource.empty("the fake node's blocks");
    blocks.forEach(source::put);
    return serving(source);
  }

  /** Answers {@code Filecoin.ChainReadObj} from {@code source} from now on. */
  public FakeLotusNode withBlocks(BlockSource source) {
    blocks = Objects.requireNonNull(source, "source");
    return this;
  }

  /**
   * Also serves this tipset from {@code Filecoin.ChainGetTipSetByHeight} and {@code ChainHead} (a
   * height with none gives the last tipset below it, as Lotus does for a null round).
   */
  public FakeLotusNode withTipSet(long epoch, List<Cid> blocks) {
    tipSetsByEpoch.put(epoch, TipSet.ofBlocks(epoch, blocks, blocks.get(0), new byte[32]));
    return this;
  }

  /**
   * From now on the node has only the first {@code count} certificates, as a live node has only
   * those finalised so far: {@code F3GetLatestCertificate}, {@code F3GetCertificate}, {@code
   * F3GetProgress} and the tables by instance answer as if there were no more. Raise it to let
   * certificates appear.
   */
  public FakeLotusNode publish(int count) {
    if (count < 0 || count > certificates.size()) {
      throw new IllegalArgumentException("count must be 0–" + certificates.size());
    }
    published = count;
    return this;
  }

  /** How many certificates the node has so far. */
  public int published() {
    int count = published;
    return count < 0 ? certificates.size() : count;
  }

  /**
   * {@code ChainHead} answers with the epoch {@code epochs} gives at each call (the key of the
   * newest tipset at or below it), so a test can pin the head or let it advance.
   */
  public FakeLotusNode withChainHead(LongSupplier epochs) {
    chainHead = Objects.requireNonNull(epochs, "epochs");
    return this;
  }

  /** The node's libp2p peer ID from now on ({@code Filecoin.ID}, the issuer of its tickets). */
  public FakeLotusNode withPeerId(String peerId) {
    leases.peerId(peerId);
    return this;
  }

  /** The node's peer ID. */
  public PeerId peerId() {
    return leases.peerId();
  }

  /**
   * The node holds a participation lease for {@code miner} from instance {@code fromInstance} for
   * {@code validityTerm} instances after it (replacing any it held), as if the miner had
   * participated with a ticket of this node.
   */
  public FakeLotusNode withLease(long miner, long fromInstance, long validityTerm) {
    leases.grant(new F3Participant(ActorId.of(miner), fromInstance, validityTerm));
    return this;
  }

  /**
   * A lease for {@code miner} that has {@code instancesLeft} instances left after the node's
   * current instance (0: this is its last one).
   */
  public FakeLotusNode withLeaseEndingIn(long miner, long instancesLeft) {
    return withLease(miner, published(), instancesLeft);
  }

  /** The ticket this node issued for {@code miner}'s lease (its F3 network, its peer ID). */
  public ParticipationTicket ticketFor(long miner) {
    return leases.ticket(networkName, ActorId.of(miner));
  }

  /** The node restarts and forgets every lease it held (go-f3 #719, lotus #12639). */
  public FakeLotusNode forgetLeases() {
    leases.forget();
    return this;
  }

  /**
   * From now on the node lists its leases as granted, ended ones too (Lotus drops a lease once its
   * last instance has passed; a node doing this is at fault).
   */
  public FakeLotusNode listingExpiredLeases() {
    leases.listExpired();
    return this;
  }

  /** Sets what the node does wrong from now on. */
  /**
   * Makes every {@code F3GetProgress} answer one instance further than the one before, as a node
   * catching up through certificate exchange shows.
   */
  public FakeLotusNode withAdvancingProgress() {
    progressAdvances = true;
    return this;
  }

  public FakeLotusNode withFaults(NodeFaults value) {
    faults = Objects.requireNonNull(value, "value");
    return this;
  }

  /** Answers {@code method} with this result (raw JSON) from now on, whatever it is asked. */
  public FakeLotusNode answering(String method, String resultJson) {
    overrides.put(method, Answer.result(resultJson));
    return this;
  }

  /** Answers {@code method} with this JSON-RPC error from now on. */
  public FakeLotusNode failing(String method, long code, String message) {
    overrides.put(method, Answer.error(code, message));
    return this;
  }

  /** Answers HTTP 401 unless a request carries {@code Authorization: Bearer token}. */
  public FakeLotusNode requireToken(String token) {
    requiredToken = Objects.requireNonNull(token, "token");
    return this;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  public String manifestJson() {
    return manifestJson;
  }

  public List<FinalityCertificate> certificates() {
    return certificates;
  }

  /** The committee of {@code instance}. */
  public PowerTable tableOf(int instance) {
    return tables.get(instance);
  }

  /** How many requests named {@code method} arrived, e.g. {@code Filecoin.F3GetCertificate}. */
  public int requests(String method) {
    AtomicInteger count = requests.get(method);
    return count == null ? 0 : count.get();
  }

  /** The largest number of requests the node was answering at the same time. */
  public int maxConcurrentRequests() {
    return maxInFlight.get();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void finish(HttpExchange exchange) {
    if (finished.add(exchange)) {
      inFlight.decrementAndGet();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try (exchange) {
      NodeFaults now = faults;
      JsonNode request = readRequest(exchange);
      if (request == null) {
        reply(exchange, 500, error(null, -32700, "Parse error"));
        return;
      }
      String method = request.path("method").asText();
      JsonNode id = request.path("id");
      requests.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
      String token = requiredToken;
      if (token != null
          && !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, "");
        return;
      }
      if (!now.delay().isZero() && closed.await(now.delay().toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      String key = method + request.path("params");
      if (now.serverErrors() > 0
          && serverErrorsGiven.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement()
              < now.serverErrors()) {
        reply(exchange, 500, "500 Internal Server Error");
        return;
      }
      if (now.malformedJson()) {
        reply(exchange, 200, "{\"jsonrpc\":\"2.0\",\"result\":{\"GPBFTInstance\":");
        return;
      }
      Answer answer = answer(now, method, request.path("params"));
      reply(
          exchange,
          answer.status(),
          answer.result() != null
              ? "{\"jsonrpc\":\"2.0\",\"result\":" + answer.result() + ",\"id\":" + id + "}"
              : error(id, answer.code(), answer.message()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      finish(exchange);
      finished.remove(exchange);
    }
  }

  private static JsonNode readRequest(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      return null;
    }
    try (InputStream in = exchange.getRequestBody()) {
      JsonNode node = JSON.readTree(in.readNBytes(MAX_REQUEST));
      return node != null && node.isObject() && node.path("params").isArray() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** A result (raw JSON) or an error with the HTTP status go-jsonrpc gives it. */
  private record Answer(int status, String result, long code, String message) {
    static Answer result(String json) {
      return new Answer(200, json, 0, null);
    }

    /** An error the method returned: go-jsonrpc's code 1 unless registered (Lotus's 4). */
    static Answer error(long code, String message) {
      return new Answer(200, null, code, message);
    }
  }

  private Answer answer(NodeFaults now, String method, JsonNode params) {
    Answer override = overrides.get(method);
    if (override != null) {
      return override;
    }
    if (FakeLeases.METHODS.contains(method)) {
      return leaseAnswer(now, method, params);
    }
    if (now.missingMethods().contains(method) || !METHODS.containsKey(method)) {
      return new Answer(500, null, -32601, "method '" + method + "' not found");
    }
    if (params.size() != METHODS.get(method)) {
      return new Answer(
          500,
          null,
          -32602,
          "wrong param count (method '"
              + method
              + "'): "
              + params.size()
              + " != "
              + METHODS.get(method));
    }
    boolean f3Method = method.startsWith("Filecoin.F3");
    if (f3Method && now.f3() == F3State.DISABLED) {
      return Answer.error(4, "f3 is disabled");
    }
    if (f3Method && now.f3() == F3State.NOT_RUNNING) {
      switch (method) {
        case "Filecoin.F3IsRunning" -> {
          return Answer.result("false");
        }
        case "Filecoin.F3GetProgress" -> {
          return Answer.result("{\"ID\":0,\"Round\":0,\"Phase\":0,\"Input\":null}");
        }
        case "Filecoin.F3GetManifest", "Filecoin.F3GetECPowerTable" -> {}
        default -> {
          return Answer.error(1, "f3 is not running");
        }
      }
    }
    return switch (method) {
      case "Filecoin.F3GetManifest" ->
          Answer.result(
              now.manifestInitialPowerTable()
                  .map(
                      cid ->
                          manifestJson.replaceFirst(
                              MANIFEST_CID, "\"InitialPowerTable\":{\"/\":\"" + cid + "\"}"))
                  .orElse(manifestJson));
      case "Filecoin.F3GetCertificate" -> certificate(now, params.get(0).asLong());
      case "Filecoin.F3GetLatestCertificate" ->
          Answer.result(
              published() == 0
                  ? "null"
                  : CertificateJson.toJson(certificates.get(published() - 1)));
      case NodeFaults.LOTUS_POWER_TABLE, NodeFaults.FOREST_POWER_TABLE ->
          powerTableOfInstance(now, params.get(0).asLong());
      case "Filecoin.F3GetECPowerTable", "Filecoin.F3GetF3PowerTable" ->
          powerTableAt(params.get(0));
      case "Filecoin.F3GetProgress" -> Answer.result(progress());
      case "Filecoin.F3IsRunning" -> Answer.result("true");
      case "Filecoin.ChainHead" -> chainHead();
      case "Filecoin.ChainGetTipSetByHeight" ->
          tipSet(tipSetsByEpoch.floorEntry(params.get(0).asLong()));
      case "Filecoin.StateNetworkName" -> Answer.result(quote(now.chainName().orElse(chainName)));
      case "Filecoin.ChainReadObj" -> readObject(now, params.get(0));
      case "Filecoin.Version" ->
          Answer.result("{\"Version\":\"1.34.0+fake\",\"APIVersion\":131840,\"BlockDelay\":30}");
      default -> throw new IllegalStateException(method);
    };
  }

  /**
   * {@code F3ListParticipants}, {@code ID} and {@code NetAddrsListen} (none takes parameters), with
   * the same errors as the other methods.
   */
  private Answer leaseAnswer(NodeFaults now, String method, JsonNode params) {
    if (now.missingMethods().contains(method)) {
      return new Answer(500, null, -32601, "method '" + method + "' not found");
    }
    if (!params.isEmpty()) {
      return new Answer(
          500,
          null,
          -32602,
          "wrong param count (method '" + method + "'): " + params.size() + " != 0");
    }
    if (method.equals(FakeLeases.LIST_PARTICIPANTS)) {
      if (now.f3() == F3State.DISABLED) {
        return Answer.error(4, "f3 is disabled");
      }
      if (now.f3() == F3State.NOT_RUNNING) {
        return Answer.error(1, "f3 is not running");
      }
      return Answer.result(leases.listJson(published()));
    }
    String peerId = quote(leases.peerId().text());
    return Answer.result(
        method.equals("Filecoin.ID")
            ? peerId
            : "{\"ID\":" + peerId + ",\"Addrs\":[\"/ip4/127.0.0.1/tcp/1347\"]}");
  }

  /** The methods served, with their parameter counts. */
  private static final Map<String, Integer> METHODS =
      Map.ofEntries(
          Map.entry("Filecoin.F3GetManifest", 0), Map.entry("Filecoin.F3GetCertificate", 1),
          Map.entry("Filecoin.F3GetLatestCertificate", 0),
              Map.entry(NodeFaults.LOTUS_POWER_TABLE, 1),
          Map.entry(NodeFaults.FOREST_POWER_TABLE, 1), Map.entry("Filecoin.F3GetECPowerTable", 1),
          Map.entry("Filecoin.F3GetF3PowerTable", 1), Map.entry("Filecoin.F3GetProgress", 0),
          Map.entry("Filecoin.F3IsRunning", 0), Map.entry("Filecoin.ChainHead", 0),
          Map.entry("Filecoin.ChainGetTipSetByHeight", 2),
              Map.entry("Filecoin.StateNetworkName", 0),
          Map.entry("Filecoin.Version", 0), Map.entry("Filecoin.ChainReadObj", 1));

  /** Lotus's {@code ChainReadObj}: base64 of the block, or its blockstore's "not found". */
  private Answer readObject(NodeFaults now, JsonNode link) {
    Cid cid;
    try {
      cid = Cid.fromString(link.path("/").asText());
    } catch (F3Exception e) {
      return Answer.error(1, "unmarshaling params: " + e.getMessage());
    }
    String notFound = "blockstore get: ipld: could not find " + cid;
    if (now.missingBlocks().contains(cid)) {
      return Answer.error(1, notFound);
    }
    byte[] data;
    try {
      data = blocks.block(cid);
    } catch (BlockException e) {
      return Answer.error(
          1,
          e.reason() == BlockException.Reason.MISSING
              ? notFound
              : "blockstore get: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.error(1, "interrupted");
    }
    if (now.corruptedBlocks().contains(cid)) {
      data = data.length == 0 ? new byte[] {0} : data.clone();
      data[data.length / 2] ^= 0x01;
    }
    return Answer.result(quote(Base64.getEncoder().encodeToString(data)));
  }

  private Answer certificate(NodeFaults now, long instance) {
    if (instance < 0 || instance >= published() || now.missingCertificates().contains(instance)) {
      return Answer.error(1, "cert at " + instance + ": certificate not found");
    }
    return Answer.result(CertificateJson.toJson(certificates.get((int) instance)));
  }

  private Answer powerTableOfInstance(NodeFaults now, long instance) {
    if (instance < 0 || instance > published()) {
      return Answer.error(1, "cert at " + (instance - 1) + ": certificate not found");
    }
    PowerTable table = tables.get((int) instance);
    if (instance == 0 && now.wrongInitialPowerTable()) {
      return Answer.result(PowerTableJson.write(table.entries().subList(0, table.size() - 1)));
    }
    return Answer.result(PowerTableJson.write(table.entries()));
  }

  /** The table whose CID a tipset names (null or empty key: the head's). */
  private Answer powerTableAt(JsonNode key) {
    TipSet tipSet =
        key.isNull() || key.isEmpty()
            ? tipSetsByEpoch.lastEntry().getValue()
            : tipSetsByEpoch.values().stream()
                .filter(t -> keyJson(t).equals(key))
                .findFirst()
                .orElse(null);
    if (tipSet == null) {
      return Answer.error(1, "loading tipset: tipset not found");
    }
    return tables.stream()
        .filter(t -> t.cid().equals(tipSet.powerTable()))
        .findFirst()
        .map(t -> Answer.result(PowerTableJson.write(t.entries())))
        .orElse(Answer.error(1, "getting power table: state not found"));
  }

  private Answer chainHead() {
    LongSupplier epochs = chainHead;
    if (epochs == null) {
      return tipSet(tipSetsByEpoch.lastEntry());
    }
    long epoch = epochs.getAsLong();
    Map.Entry<Long, TipSet> below = tipSetsByEpoch.floorEntry(epoch);
    if (below == null) {
      below = tipSetsByEpoch.firstEntry();
    }
    return below == null ? tipSet(null) : tipSet(Map.entry(epoch, below.getValue()));
  }

  private String progress() {
    ObjectNode node = JSON.createObjectNode();
    int count = published();
    node.put("ID", count + (progressAdvances ? progressAnswers.getAndIncrement() : 0));
    node.put("Round", 0);
    node.put("Phase", 1);
    if (count == 0) {
      node.putNull("Input");
    } else {
      try {
        JsonNode last = JSON.readTree(CertificateJson.toJson(certificates.get(count - 1)));
        ArrayNode chain = (ArrayNode) last.get("ECChain");
        node.putArray("Input").add(chain.get(chain.size() - 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return node.toString();
  }

  private static Answer tipSet(Map.Entry<Long, TipSet> entry) {
    if (entry == null) {
      return Answer.error(1, "looking for tipset with height greater than start point");
    }
    ObjectNode node = JSON.createObjectNode();
    node.set("Cids", keyJson(entry.getValue()));
    node.putArray("Blocks");
    node.put("Height", entry.getKey());
    return Answer.result(node.toString());
  }

  private static ArrayNode keyJson(TipSet tipSet) {
    ArrayNode cids = JSON.createArrayNode();
    try {
      for (Cid cid : tipSet.keyCids()) {
        cids.addObject().put("/", cid.toString());
      }
    } catch (F3Exception e) {
      throw new IllegalStateException(e);
    }
    return cids;
  }

  private static String error(JsonNode id, long code, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put("jsonrpc", "2.0");
    node.set("id", id);
    node.putObject("error").put("code", code).put("message", message);
    return node.toString();
  }

  private static String quote(String text) {
    return JSON.getNodeFactory().textNode(text).toString();
  }

  /**
   * Sends the body with a Content-Length when small, chunked when larger, as Go's net/http does
   * once a handler has written more than its 4 KiB buffer.
   */
  private void reply(HttpExchange exchange, int status, String body) throws IOException {
    // The request stops counting as in flight before its answer leaves: a client may send its
    // next request as soon as it has read this one.
    finish(exchange);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(
        status, bytes.length == 0 ? -1 : bytes.length > GO_RESPONSE_BUFFER ? 0 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /**
   * Keys of the manifest files Lotus embeds that go-f3's {@code manifest.Manifest} no longer has.
   */
  private static final List<String> LEGACY_MANIFEST_KEYS =
      List.of("Pause", "ExplicitPower", "IgnoreECPower");

  /**
   * A manifest file as {@code F3GetManifest} serves it: Lotus decodes its embedded file into
   * go-f3's {@code manifest.Manifest} and marshals that, so the legacy keys are gone and the JSON
   * is compact; the values and their order are the file's.
   */
  static String asServed(String manifestFile) {
    try {
      ObjectNode manifest = (ObjectNode) JSON.readTree(manifestFile);
      manifest.remove(LEGACY_MANIFEST_KEYS);
      return manifest.toString();
    } catch (IOException | ClassCastException e) {
      throw new IllegalArgumentException("not a manifest: " + e.getMessage(), e);
    }
  }

  /**
   * The manifest as go-f3 marshals it (field order of {@code manifest.Manifest}, nanosecond
   * durations), with go-f3's defaults for everything a test does not choose.
   */
  static String manifest(String networkName, long bootstrapEpoch, Cid initialPowerTable) {
    return "{\"ProtocolVersion\":7,\"InitialInstance\":0,\"BootstrapEpoch\":"
        + bootstrapEpoch
        + ",\"NetworkName\":"
        + quote(networkName)
        + ",\"InitialPowerTable\":{\"/\":\""
        + initialPowerTable
        + "\"},\"CommitteeLookback\":10,\"CatchUpAlignment\":15000000000,"
        + "\"Gpbft\":{\"Delta\":6000000000,\"DeltaBackOffExponent\":2,\"QualityDeltaMultiplier\":1,"
        + "\"MaxLookaheadRounds\":5,\"ChainProposedLength\":100,\"RebroadcastBackoffBase\":"
        + "6000000000,\"RebroadcastBackoffExponent\":1.3,\"RebroadcastBackoffSpread\":0.1,"
        + "\"RebroadcastBackoffMax\":60000000000},\"EC\":{\"Period\":30000000000,\"Finality\":"
        + FINALITY
        + ",\"DelayMultiplier\":2,\"BaseDecisionBackoffTable\":[1.3,1.69,2.2,2.86,"
        + "3.71,4.83,6.27,7.5],\"HeadLookback\":4,\"Finalize\":true},\"CertificateExchange\":"
        + "{\"ClientRequestTimeout\":10000000000,\"ServerRequestTimeout\":60000000000,"
        + "\"MinimumPollInterval\":30000000000,\"MaximumPollInterval\":120000000000},\"PubSub\":"
        + "{\"CompressionEnabled\":true,\"ChainCompressionEnabled\":true,"
        + "\"GMessageSubscriptionBufferSize\":128,\"ValidatedMessageBufferSize\":128},"
        + "\"ChainExchange\":{\"SubscriptionBufferSize\":32,\"MaxChainLength\":100,"
        + "\"MaxInstanceLookahead\":10,\"MaxDiscoveredChainsPerInstance\":1000,"
        + "\"MaxWantedChainsPerInstance\":1000,\"RebroadcastInterval\":2000000000,"
        + "\"MaxTimestampAge\":8000000000},\"PartialMessageManager\":"
        + "{\"PendingDiscoveredChainsBufferSize\":100,\"PendingPartialMessagesBufferSize\":100,"
        + "\"PendingChainBroadcastsBufferSize\":100,\"PendingInstanceRemovalBufferSize\":10,"
        + "\"CompletedMessagesBufferSize\":100,\"MaxBufferedMessagesPerInstance\":25000,"
        + "\"MaxCachedValidatedMessagesPerInstance\":25000}}";
  }
}
