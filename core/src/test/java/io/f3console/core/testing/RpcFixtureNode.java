package io.f3console.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP server on 127.0.0.1 that answers each JSON-RPC method with a fixed answer file from the
 * test resources ({@code vectors/rpc/...}), exactly as written except for its {@code id}, which
 * becomes the request's. A method without a file gets {@code fallback}'s answer (a method-not-found
 * error, as the node the fixtures describe would send).
 */
public final class RpcFixtureNode implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final String fallback;
  private final HttpServer server;

  private RpcFixtureNode(String fallback) throws IOException {
    this.fallback = fallback;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(FakeLotusNode.PATH, this::handle);
    server.start();
  }

  /** A node whose unknown methods get the answer in resource {@code fallback}. */
  public static RpcFixtureNode start(String fallback) throws IOException {
    return new RpcFixtureNode(fallback);
  }

  /** Answers {@code method} with the answer file {@code resource} (under {@code vectors/rpc/}). */
  public RpcFixtureNode answering(String method, String resource) {
    answers.put(method, resource);
    return this;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + FakeLotusNode.PATH);
  }

  /** The answer file, parsed. */
  public static JsonNode fixture(String resource) {
    try (InputStream in = RpcFixtureNode.class.getResourceAsStream("/vectors/rpc/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture vectors/rpc/" + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request;
      try (InputStream in = exchange.getRequestBody()) {
        request = JSON.readTree(in);
      }
      String resource = answers.getOrDefault(request.path("method").asText(), fallback);
      ObjectNode answer = (ObjectNode) fixture(resource);
      answer.set("id", request.path("id"));
      byte[] body = JSON.writeValueAsBytes(answer);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
