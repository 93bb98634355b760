package io.f3console.core.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.PrintableText;
import io.f3console.core.Secrets;
import io.f3console.core.rpc.RpcException.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * JSON-RPC 2.0 over HTTP POST, as Lotus (go-jsonrpc) and Forest serve it: one request per call, a
 * fresh numeric id each time, {@code Authorization: Bearer} only when a token is set, and one time
 * limit for the whole exchange (connect, headers and body). Answers are read into memory up to a
 * per-method limit, within one budget for the whole process ({@link BoundedBody}). Every failure
 * becomes an {@link RpcException} with its reason; whatever the node sends back is cut to one short
 * line and cleaned of the token before it is quoted.
 */
final class JsonRpcTransport {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxNumberLength(64)
                          .maxStringLength(4 << 20)
                          .build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final int QUOTED_TEXT_LIMIT = 300;

  private final URI endpoint;
  private final String where;
  private final Optional<String> token;
  private final Duration timeout;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  JsonRpcTransport(URI endpoint, Optional<String> token, Duration timeout) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.token = Objects.requireNonNull(token, "token");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.where = displayed(endpoint);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The endpoint without user information, query or fragment: safe to print. */
  static String displayed(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + uri.getHost() + port + path;
  }

  String where() {
    return where;
  }

  /**
   * Sends the call and returns the exact bytes of its {@code result} (which may be {@code null}).
   */
  byte[] call(RpcCall call) throws RpcException {
    long id = ids.incrementAndGet();
    ObjectNode request = MAPPER.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("method", call.method());
    request.set("params", call.params());
    request.put("id", id);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request.toString()));
    token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
    HttpResponse<byte[]> response = exchange(call, builder.build());
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw failure(
          call,
          Reason.UNAUTHORISED,
          "the node refused the request with HTTP "
              + status
              + (token.isPresent() ? " (the token was not accepted)" : " (no token was given)"),
          null,
          status);
    }
    if (status != 200) {
      Optional<RpcException> error = errorInBody(call, response.body(), status);
      if (error.isPresent()) {
        throw error.get();
      }
      throw failure(
          call, Reason.HTTP_ERROR, "HTTP " + status + quoted(response.body()), null, status);
    }
    return result(call, response.body(), id);
  }

  private HttpResponse<byte[]> exchange(RpcCall call, HttpRequest request) throws RpcException {
    AtomicReference<BoundedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(request, BoundedBody.handler(call.maxResponseBytes(), body::set));
    try {
      return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      BoundedBody.abandon(body.get());
      throw failure(
          call, Reason.TIMEOUT, "no complete answer within " + seconds(timeout), null, null);
    } catch (InterruptedException e) {
      pending.cancel(true);
      BoundedBody.abandon(body.get());
      Thread.currentThread().interrupt();
      throw failure(
          call, Reason.INTERRUPTED, "interrupted while waiting for the answer", null, null);
    } catch (ExecutionException e) {
      BoundedBody.abandon(body.get());
      throw transportFailure(call, e.getCause());
    }
  }

  private RpcException transportFailure(RpcCall call, Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return failure(
          call, Reason.TIMEOUT, "no complete answer within " + seconds(timeout), null, null);
    }
    if (cause instanceof BoundedBody.TooLargeException tooLarge) {
      return failure(
          call, Reason.MALFORMED_RESPONSE, tooLarge.describeFor(shortName(call)), null, null);
    }
    if (cause instanceof ConnectException) {
      // the JDK's refusal carries no message: say in words what it means for an operator
      String why =
          cause.getMessage() == null || cause.getMessage().isBlank()
              ? ": nothing accepts connections there (is the node running, and is this its API"
                  + " address and port?)"
              : detail(cause);
      return new RpcException(
          Reason.UNREACHABLE,
          call.method(),
          prefix(call) + "cannot connect" + why,
          null,
          null,
          call.instance(),
          cause);
    }
    if (cause instanceof IOException) {
      return new RpcException(
          Reason.UNREACHABLE,
          call.method(),
          prefix(call) + "the connection failed" + detail(cause),
          null,
          null,
          call.instance(),
          cause);
    }
    return new RpcException(
        Reason.UNREACHABLE,
        call.method(),
        prefix(call) + "the request failed" + detail(cause),
        null,
        null,
        call.instance(),
        cause);
  }

  private String detail(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? " (" + cause.getClass().getSimpleName() + ")"
        : " (" + clean(message) + ")";
  }

  /** A JSON-RPC error object in a non-200 answer: go-jsonrpc sends some errors with HTTP 500. */
  private Optional<RpcException> errorInBody(RpcCall call, byte[] body, int status) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node != null && node.isObject() && node.path("error").isObject()) {
        return Optional.of(nodeError(call, node.get("error"), status));
      }
    } catch (IOException e) {
      // Not JSON: reported as a plain HTTP error.
    }
    return Optional.empty();
  }

  private byte[] result(RpcCall call, byte[] body, long id) throws RpcException {
    try (JsonParser parser = MAPPER.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw malformed(call, "the answer is not a JSON object");
      }
      byte[] result = null;
      JsonNode error = null;
      boolean versionSeen = false;
      boolean idSeen = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "jsonrpc" -> {
            if (value != JsonToken.VALUE_STRING || !"2.0".equals(parser.getText())) {
              throw malformed(call, "jsonrpc: expected \"2.0\"");
            }
            versionSeen = true;
          }
          case "id" -> {
            boolean sameId =
                value == JsonToken.VALUE_NUMBER_INT
                    && (parser.getNumberType() == JsonParser.NumberType.INT
                        || parser.getNumberType() == JsonParser.NumberType.LONG)
                    && parser.getLongValue() == id;
            if (!sameId) {
              throw malformed(call, "id: expected " + id + ", the id of the request");
            }
            idSeen = true;
          }
          case "result" -> result = rawValue(parser, body);
          case "error" -> error = parser.readValueAsTree();
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw malformed(call, "unexpected content after the answer object");
      }
      if (!versionSeen || !idSeen) {
        throw malformed(call, "missing field " + (versionSeen ? "id" : "jsonrpc"));
      }
      if (error != null && result != null) {
        throw malformed(call, "the answer has both result and error");
      }
      if (error != null) {
        if (!error.isObject()) {
          throw malformed(call, "error: expected an object");
        }
        throw nodeError(call, error, null);
      }
      if (result == null) {
        throw malformed(call, "the answer has neither result nor error");
      }
      return result;
    } catch (JsonProcessingException e) {
      throw malformed(call, "not valid JSON: " + clean(e.getOriginalMessage()) + at(e));
    } catch (IOException e) {
      throw malformed(call, "cannot read the answer: " + clean(e.getMessage()));
    }
  }

  /** The bytes of the value at the parser's current token, exactly as the node sent them. */
  private static byte[] rawValue(JsonParser parser, byte[] body) throws IOException {
    int start = (int) parser.currentTokenLocation().getByteOffset();
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      parser.getText();
    }
    parser.skipChildren();
    int end = (int) parser.currentLocation().getByteOffset();
    return Arrays.copyOfRange(body, start, end);
  }

  private RpcException nodeError(RpcCall call, JsonNode error, Integer status) {
    JsonNode codeNode = error.path("code");
    Long code =
        codeNode.canConvertToLong() && codeNode.isIntegralNumber() ? codeNode.longValue() : null;
    String message =
        error.path("message").isTextual()
            ? clean(error.get("message").textValue())
            : "(no message)";
    String lower = message.toLowerCase(Locale.ROOT);
    String said = " (error " + (code == null ? "without a code" : code) + ": " + message + ")";
    Reason reason;
    String problem;
    if (lower.contains("f3 is disabled") || Long.valueOf(ErrorCodes.F3_DISABLED).equals(code)) {
      reason = Reason.F3_DISABLED;
      problem = "F3 is disabled on this node" + said;
    } else if (lower.contains("f3 is not running")) {
      reason = Reason.F3_NOT_RUNNING;
      problem = "F3 is enabled on this node but not running (yet)" + said;
    } else if (lower.contains("certificate not found")) {
      reason = Reason.CERTIFICATE_NOT_FOUND;
      problem =
          "the node has no certificate for "
              + (call.instance() == null
                  ? "it"
                  : "instance " + Long.toUnsignedString(call.instance()))
              + said;
    } else if (Long.valueOf(ErrorCodes.METHOD_NOT_FOUND).equals(code)) {
      reason = Reason.METHOD_NOT_FOUND;
      problem = "the node does not offer " + call.method() + said;
    } else if (lower.contains("missing permission to invoke")) {
      reason = Reason.UNAUTHORISED;
      problem =
          (token.isPresent() ? "the token does not allow this call" : "the call needs a token")
              + said;
    } else {
      reason = Reason.NODE_ERROR;
      problem = "the node answered with an error" + said;
    }
    return new RpcException(
        reason, call.method(), prefix(call) + problem, code, status, call.instance(), null);
  }

  RpcException malformed(RpcCall call, String problem) {
    return failure(
        call, Reason.MALFORMED_RESPONSE, "malformed answer: " + clean(problem), null, null);
  }

  private RpcException failure(
      RpcCall call, Reason reason, String problem, Long code, Integer status) {
    return new RpcException(
        reason, call.method(), prefix(call) + problem, code, status, call.instance(), null);
  }

  private static String shortName(RpcCall call) {
    return call.method().startsWith("Filecoin.") ? call.method().substring(9) : call.method();
  }

  private String prefix(RpcCall call) {
    return call.describe() + " at " + where + ": ";
  }

  private String quoted(byte[] body) {
    String text =
        new String(body, 0, Math.min(body.length, 4 * QUOTED_TEXT_LIMIT), StandardCharsets.UTF_8)
            .strip();
    return text.isEmpty() ? "" : ": " + clean(text);
  }

  /**
   * Text from the node made safe to quote: the token removed, control characters (line breaks
   * included) turned into spaces, and cut to a few hundred characters.
   */
  String clean(String text) {
    if (text == null) {
      return "";
    }
    String safe = PrintableText.line(Secrets.scrub(text, token.orElse(null)));
    if (safe.length() > QUOTED_TEXT_LIMIT) {
      return safe.substring(0, QUOTED_TEXT_LIMIT).strip() + '…';
    }
    return safe.strip();
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at byte " + e.getLocation().getByteOffset();
  }

  static String seconds(Duration duration) {
    if (duration.toMillis() % 1000 == 0) {
      return duration.toSeconds() + " s";
    }
    return duration.toMillis() + " ms";
  }

  /** The JSON-RPC error codes the client tells apart. */
  static final class ErrorCodes {
    /** Lotus {@code api.EF3Disabled}: {@code jsonrpc.FirstUserCode} (2) + 2. */
    static final long F3_DISABLED = 4;

    /** JSON-RPC 2.0 "method not found". */
    static final long METHOD_NOT_FOUND = -32601;

    private ErrorCodes() {}
  }
}
