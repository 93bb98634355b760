package io.f3console.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.cid.Cid;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback-only JSON-RPC server that answers {@code Filecoin.ChainReadObj} (base64 of the block,
 * or Lotus's "could not find" error) from a {@link BlockSource}, and nothing else: what the state
 * benchmark reads a power table through, so that the node path (HTTP, JSON, base64, hash checks) is
 * measured without a node. It binds 127.0.0.1 on a free port.
 */
public final class ChainReadObjServer implements AutoCloseable {
  private static final String PATH = "/rpc/v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK server writes headers and body apart; without TCP_NODELAY each small answer
    // waits for the client's delayed ACK (about 40 ms), which would be all the figure measured.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final BlockSource blocks;
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong requests = new AtomicLong();

  private ChainReadObjServer(BlockSource blocks) throws IOException {
    this.blocks = blocks;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "chainreadobj-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(PATH, this::handle);
    server.start();
  }

  /** Starts serving {@code blocks} on the loopback interface. */
  public static ChainReadObjServer start(BlockSource blocks) throws IOException {
    return new ChainReadObjServer(blocks);
  }

  /** The endpoint to give a client. */
  public URI endpoint() {
    return URI.create(
        "http://"
            + server.getAddress().getHostString()
            + ":"
            + server.getAddress().getPort()
            + PATH);
  }

  /** How many requests were answered. */
  public long requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      requests.incrementAndGet();
      String id = request.path("id").toString();
      String method = request.path("method").asText();
      String body;
      if (!method.equals("Filecoin.ChainReadObj")) {
        body = error(id, -32601, "method '" + method + "' not found");
      } else {
        body = readObject(id, request.path("params").path(0).path("/").asText());
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private String readObject(String id, String text) {
    Cid cid;
    try {
      cid = Cid.fromString(text);
    } catch (F3Exception e) {
      return error(id, 1, "unmarshaling params: " + e.getMessage());
    }
    try {
      byte[] data = blocks.block(cid);
      return "{\"jsonrpc\":\"2.0\",\"result\":\""
          + Base64.getEncoder().encodeToString(data)
          + "\",\"id\":"
          + id
          + "}";
    } catch (BlockException e) {
      return error(
          id,
          1,
          e.reason() == BlockException.Reason.MISSING
              ? "blockstore get: ipld: could not find " + cid
              : "blockstore get: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(id, 1, "interrupted");
    }
  }

  private static String error(String id, long code, String message) {
    return "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":"
        + code
        + ",\"message\":"
        + JSON.getNodeFactory().textNode(message)
        + "},\"id\":"
        + id
        + "}";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
