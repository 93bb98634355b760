package io.f3console.core.fuzz;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.SharedData;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON-RPC envelopes and answers as a fuzzing target: a loopback HTTP/1.1 server answers every
 * request with the fuzzed body (its {@code "id":0} replaced by the request's id, so that a seed is
 * a valid answer), and the RPC client asks it each method it decodes. An input is rejected if every
 * method rejects it.
 */
final class RpcTarget implements AutoCloseable {
  private static final Pattern REQUEST_ID = Pattern.compile("\"id\":(\\d+)");
  private static final byte[] ID_PLACEHOLDER = "\"id\":0".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final LotusRpcClient client;
  private volatile byte[] body = new byte[0];

  RpcTarget() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fuzz-rpc-server");
    acceptor.setDaemon(true);
    acceptor.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/rpc/v1");
    client =
        LotusRpcClient.connect(
            endpoint,
            new SourceOptions(Optional.empty(), Duration.ofSeconds(10), 0, 1),
            Duration.ZERO);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread connection = new Thread(() -> serve(socket), "fuzz-rpc-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  /**
   * Answers each request of a kept-alive connection with the current body, in one write (a plain
   * socket with TCP_NODELAY: the JDK's HTTP server leaves each answer waiting for delayed ACKs).
   */
  private void serve(Socket socket) {
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      socket.setTcpNoDelay(true);
      while (true) {
        int length = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
          if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
            length = Integer.parseInt(line.substring(15).strip());
          }
        }
        String request = new String(in.readNBytes(Math.max(length, 0)), StandardCharsets.UTF_8);
        Matcher id = REQUEST_ID.matcher(request);
        byte[] answer = withId(body, id.find() ? id.group(1) : "0");
        byte[] head =
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + answer.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] response = new byte[head.length + answer.length];
        System.arraycopy(head, 0, response, 0, head.length);
        System.arraycopy(answer, 0, response, head.length, answer.length);
        out.write(response);
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // the client closed the connection
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  FuzzTarget target() {
    return new FuzzTarget("rpc.LotusRpcClient answers", seeds(), this::askEverything);
  }

  private void askEverything(byte[] input) throws Exception {
    body = input;
    F3Exception rejected = null;
    boolean accepted = false;
    List<RpcCall> calls =
        List.of(
            client::manifest,
            () -> client.certificate(0),
            client::latestCertificate,
            () -> client.ecPowerTable(List.of()),
            client::progress,
            client::isRunning,
            client::chainHead,
            () -> client.tipSetByHeight(100),
            client::stateNetworkName,
            client::version,
            () -> client.chainReadObj(Cid.makeCid(new byte[] {(byte) 0x80})));
    for (RpcCall call : calls) {
      try {
        call.call();
        accepted = true;
      } catch (F3Exception e) {
        rejected = e;
      }
    }
    if (!accepted && rejected != null) {
      throw rejected;
    }
  }

  @FunctionalInterface
  private interface RpcCall {
    Object call() throws Exception;
  }

  private static List<byte[]> seeds() {
    List<String> results = new ArrayList<>();
    results.add(firstCertificate(SharedData.text("mainnet_certs_0_9.json")));
    results.add(SharedData.text("calibnet_old_cert_instance_6204.json"));
    results.add(SharedData.text("calibnet_old_initial_power_table.json"));
    results.add(SharedData.text("lotus_f3manifest_mainnet.json"));
    results.add(SharedData.text("lotus_f3manifest_calibnet.json"));
    results.add("{\"ID\":6,\"Round\":0,\"Phase\":3,\"Input\":[]}");
    results.add("true");
    results.add("\"calibrationnet\"");
    results.add("{\"Version\":\"1.34.0+mainnet\",\"APIVersion\":67840,\"BlockDelay\":30}");
    results.add(
        "{\"Cids\":[{\"/\":\"bafy2bzacecnamqgqmifpluoeldx7zzglxcljo6oja4vrmtj7432rphldpdmm2\"}],"
            + "\"Blocks\":[],\"Height\":100}");
    results.add("\"" + Base64.getEncoder().encodeToString(new byte[] {(byte) 0x80}) + "\"");
    results.add("null");
    List<byte[]> seeds = new ArrayList<>();
    for (String result : results) {
      seeds.add(
          ("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":" + result.strip() + "}")
              .getBytes(StandardCharsets.UTF_8));
    }
    seeds.add(
        "{\"jsonrpc\":\"2.0\",\"id\":0,\"error\":{\"code\":1,\"message\":\"not found\"}}"
            .getBytes(StandardCharsets.UTF_8));
    return seeds;
  }

  /** The first certificate of a JSON array of them, as its own JSON text. */
  private static String firstCertificate(String array) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          new com.fasterxml.jackson.databind.ObjectMapper();
      return mapper.writeValueAsString(mapper.readTree(array).get(0));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] withId(byte[] body, String id) {
    int at = indexOf(body, ID_PLACEHOLDER);
    if (at < 0) {
      return body;
    }
    byte[] replacement = ("\"id\":" + id).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[body.length - ID_PLACEHOLDER.length + replacement.length];
    System.arraycopy(body, 0, out, 0, at);
    System.arraycopy(replacement, 0, out, at, replacement.length);
    System.arraycopy(
        body,
        at + ID_PLACEHOLDER.length,
        out,
        at + replacement.length,
        body.length - at - ID_PLACEHOLDER.length);
    return out;
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() {
    client.close();
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
