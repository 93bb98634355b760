package io.f3console.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A JSON-RPC endpoint on loopback that attacks its client: for one method (or all) it answers with
 * one {@link Attack}, and passes every other call on to a well-behaved node when one is given, so
 * that a command gets past its first calls to the one under attack. It speaks HTTP/1.1 on raw
 * sockets, so that it can send what no server library would: endless bodies, a byte every few
 * seconds, lies about lengths. It keeps every {@code Authorization} header it receives, and a
 * redirect points at a second listener ({@link #elsewhere()}) that records whatever reaches it.
 */
public final class HostileNode implements AutoCloseable {
  /** What the node does instead of answering. */
  public enum Attack {
    /** A body of 1 GiB, its length declared. */
    GIGABYTE_BODY,
    /** A chunked body that never ends. */
    ENDLESS_BODY,
    /** Headers, then one byte of the body every few seconds. */
    SLOWLORIS,
    /** HTTP 307 to another host (port), which would get the request again. */
    REDIRECT,
    /** A small gzip body, declared {@code Content-Encoding: gzip}, inflating to 1 GiB of zeros. */
    GZIP_BOMB,
    /** A result nested 100,000 arrays deep. */
    DEEP_JSON,
    /** Numbers of 200,000 digits where a certificate's fields are. */
    HUGE_NUMBERS,
    /** A well-formed answer carrying another request's id. */
    WRONG_ID,
    /** An error whose message repeats the Authorization header it was sent. */
    TOKEN_ECHO
  }

  private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final byte[] ZEROS = new byte[1 << 16];

  private final Attack attack;
  private final Optional<String> target;
  private final Optional<URI> upstream;
  private final ServerSocket server;
  private final ServerSocket other;
  private final ExecutorService threads = Executors.newCachedThreadPool(HostileNode::daemon);
  private final HttpClient relay = HttpClient.newHttpClient();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<String> elsewhere = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private HostileNode(Attack attack, Optional<String> target, Optional<URI> upstream)
      throws IOException {
    this.attack = attack;
    this.target = target;
    this.upstream = upstream;
    if (attack == Attack.GZIP_BOMB) {
      gzipBomb(); // made before listening, so that it is not the client's time limit that pays
    }
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(() -> accept(server, this::serve));
    threads.execute(() -> accept(other, this::record));
  }

  /** A node that attacks every call. */
  public static HostileNode attacking(Attack attack) throws IOException {
    return new HostileNode(attack, Optional.empty(), Optional.empty());
  }

  /** A node that attacks calls of {@code method} and passes the others on to {@code upstream}. */
  public static HostileNode attacking(Attack attack, String method, URI upstream)
      throws IOException {
    return new HostileNode(attack, Optional.of(method), Optional.of(upstream));
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/rpc/v1");
  }

  /** The other host (port) redirects point at. */
  public URI elsewhere() {
    return URI.create("http://127.0.0.1:" + other.getLocalPort() + "/rpc/v1");
  }

  /** Every {@code Authorization} header the node received. */
  public List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  /** The request heads (and any Authorization) that reached {@link #elsewhere()}. */
  public List<String> requestsElsewhere() {
    return List.copyOf(elsewhere);
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
      other.close();
    } catch (IOException ignored) {
      // closing a listener: nothing to do
    }
    threads.shutdownNow();
  }

  private interface Handler {
    void handle(Socket socket) throws IOException, InterruptedException;
  }

  private void accept(ServerSocket listener, Handler handler) {
    while (!closed) {
      try {
        Socket socket = listener.accept();
        threads.execute(
            () -> {
              try (socket) {
                handler.handle(socket);
              } catch (IOException | InterruptedException | RuntimeException ignored) {
                // the client hung up on us: that is the point
              }
            });
      } catch (IOException | RuntimeException e) {
        return;
      }
    }
  }

  private record Request(String head, String body) {
    Optional<String> header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return Optional.of(line.substring(colon + 1).trim());
        }
      }
      return Optional.empty();
    }

    String method() {
      Matcher m = METHOD.matcher(body);
      return m.find() ? m.group(1) : "";
    }

    long id() {
      Matcher m = ID.matcher(body);
      return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
  }

  private static Request read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed");
      }
      head.write(b);
      matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    Request headOnly = new Request(text, "");
    int length = headOnly.header("Content-Length").map(Integer::parseInt).orElse(0);
    return new Request(text, new String(in.readNBytes(length), StandardCharsets.UTF_8));
  }

  private void record(Socket socket) throws IOException {
    Request request = read(socket.getInputStream());
    elsewhere.add(request.head());
    reply(socket.getOutputStream(), 200, "", answer(request.id(), "\"elsewhere\""));
  }

  private void serve(Socket socket) throws IOException, InterruptedException {
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    while (!closed) {
      Request request = read(in);
      request.header("Authorization").ifPresent(authorizations::add);
      if (upstream.isPresent() && !target.get().equals(request.method())) {
        relay(request, out);
        continue;
      }
      attack(request, out);
      return;
    }
  }

  private void relay(Request request, OutputStream out) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(upstream.get())
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request.body()));
    request.header("Authorization").ifPresent(value -> builder.header("Authorization", value));
    HttpResponse<String> answer = relay.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    reply(out, answer.statusCode(), "", answer.body());
  }

  private void attack(Request request, OutputStream out) throws IOException, InterruptedException {
    long id = request.id();
    switch (attack) {
      case GIGABYTE_BODY -> {
        long size = 1L << 30;
        out.write(head(200, "Content-Length: " + size + "\r\n"));
        out.write(("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":\"").getBytes());
        for (long sent = 0; sent < size; sent += ZEROS.length) {
          out.write(ZEROS);
        }
      }
      case ENDLESS_BODY -> {
        out.write(head(200, "Transfer-Encoding: chunked\r\n"));
        byte[] piece = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(2048).getBytes();
        byte[] size = (Integer.toHexString(piece.length) + "\r\n").getBytes();
        out.write(chunk(("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":\"").getBytes()));
        while (!closed) {
          out.write(size);
          out.write(piece);
          out.write("\r\n".getBytes());
        }
      }
      case SLOWLORIS -> {
        out.write(head(200, "Transfer-Encoding: chunked\r\n"));
        out.flush();
        while (!closed) {
          out.write(chunk(" ".getBytes()));
          out.flush();
          Thread.sleep(3000);
        }
      }
      case REDIRECT -> {
        out.write(head(307, "Location: " + elsewhere() + "\r\nContent-Length: 0\r\n")); // no body
      }
      case GZIP_BOMB -> reply(out, 200, "Content-Encoding: gzip\r\n", gzipBomb());
      case DEEP_JSON -> {
        int depth = 100_000;
        reply(
            out,
            200,
            "",
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"result\":"
                + "[".repeat(depth)
                + "]".repeat(depth)
                + "}");
      }
      case HUGE_NUMBERS -> {
        String huge = "9".repeat(200_000);
        reply(
            out,
            200,
            "",
            answer(id, "{\"GPBFTInstance\":" + huge + ",\"ProtocolVersion\":" + huge + "}"));
      }
      case WRONG_ID -> reply(out, 200, "", answer(id + 1000, "null"));
      case TOKEN_ECHO -> {
        String said = request.header("Authorization").orElse("no header");
        reply(
            out,
            200,
            "",
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"error\":{\"code\":1,\"message\":\"denied: "
                + said
                + " \\u001b[31m"
                + said.replace("Bearer ", "")
                + "\"}}");
      }
    }
    out.flush();
  }

  private static byte[] bomb;

  /** 1 GiB of zeros, gzipped (about 1 MB), made once. */
  private static synchronized byte[] gzipBomb() throws IOException {
    if (bomb == null) {
      bomb = gzipped();
    }
    return bomb;
  }

  private static byte[] gzipped() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      for (int i = 0; i < (1 << 30) / ZEROS.length; i++) {
        gzip.write(ZEROS);
      }
    }
    return bytes.toByteArray();
  }

  private static String answer(long id, String result) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}";
  }

  private static byte[] head(int status, String headers) {
    return ("HTTP/1.1 "
            + status
            + " "
            + (status == 200 ? "OK" : "Moved")
            + "\r\nContent-Type: application/json\r\n"
            + headers
            + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] chunk(byte[] data) {
    byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes();
    byte[] all = new byte[size.length + data.length + 2];
    System.arraycopy(size, 0, all, 0, size.length);
    System.arraycopy(data, 0, all, size.length, data.length);
    all[all.length - 2] = '\r';
    all[all.length - 1] = '\n';
    return all;
  }

  private static void reply(OutputStream out, int status, String headers, String body)
      throws IOException {
    reply(out, status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void reply(OutputStream out, int status, String headers, byte[] body)
      throws IOException {
    out.write(head(status, headers + "Content-Length: " + body.length + "\r\n"));
    out.write(body);
    out.flush();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "hostile-node");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public String toString() {
    return "HostileNode[" + attack.name().toLowerCase(Locale.ROOT) + "]";
  }
}
