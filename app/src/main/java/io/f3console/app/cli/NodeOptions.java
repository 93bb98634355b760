package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command reaches a Lotus or Forest node: its URL, its token and the time limits. The URL
 * and token default to {@code FULLNODE_API_INFO} (or {@code --api-info}), as with the Lotus
 * tools; that token is used only for the node it names, so it never goes to another host. The
 * token is never printed.
 */
final class NodeOptions {
  /** A token file is a JWT of a few hundred bytes; anything much larger is not one. */
  private static final int MAX_TOKEN_FILE = 64 << 10;

  @Option(names = "--rpc", paramLabel = "URL",
      description = "The node's JSON-RPC URL, e.g. http://127.0.0.1:1234/rpc/v1 (Forest: port"
          + " 2345). Default: the address in FULLNODE_API_INFO.")
  String rpc;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token for the node's API. Default: the token in FULLNODE_API_INFO"
          + " when it names the same node.")
  String token;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Read the token from FILE (Lotus keeps it in ~/.lotus/token).")
  Path tokenFile;

  @Option(names = "--api-info", paramLabel = "TOKEN:ADDRESS",
      description = "Lotus-style API info, e.g. TOKEN:/ip4/127.0.0.1/tcp/1234/http."
          + " Default: the FULLNODE_API_INFO environment variable.")
  String apiInfo;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Time limit for each request (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
      description = "How often a failed certificate request is tried again after a timeout,"
          + " a broken connection or HTTP 5xx (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "Certificate requests in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  /** The node to talk to and how. */
  record Node(URI endpoint, SourceOptions options) {}

  /** A client for the node (no request is made yet). */
  LotusRpcClient connect() throws F3Exception {
    Node node = resolve();
    return LotusRpcClient.connect(node.endpoint(), node.options());
  }

  Node resolve() throws F3Exception {
    if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      throw new F3Exception("--timeout must be between 0 and 3600 seconds");
    }
    if (retries < 0 || retries > 100) {
      throw new F3Exception("--retries must be between 0 and 100");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new F3Exception("--concurrency must be between 1 and 64");
    }
    if (token != null && tokenFile != null) {
      throw new F3Exception("give --token or --token-file, not both");
    }
    Optional<ApiInfo> info = apiInfo != null
        ? Optional.of(ApiInfo.parse(apiInfo, "--api-info"))
        : ApiInfo.fromEnvironment(System.getenv());
    URI endpoint;
    if (rpc != null) {
      String url = rpc.strip();
      endpoint = ApiInfo.endpoint(url.startsWith("rpc:") ? url.substring(4) : url, "--rpc");
    } else if (info.isPresent()) {
      endpoint = info.get().endpoint();
    } else {
      throw new F3Exception("no node given: use --rpc URL, or set FULLNODE_API_INFO "
          + "(TOKEN:/ip4/127.0.0.1/tcp/1234/http)");
    }
    Optional<String> chosen = Optional.ofNullable(token);
    if (tokenFile != null) {
      chosen = Optional.of(readTokenFile(tokenFile));
    }
    if (chosen.isEmpty() && info.isPresent() && info.get().pointsTo(endpoint)) {
      chosen = info.get().token();
    }
    if (chosen.isPresent() && chosen.get().isBlank()) {
      throw new F3Exception("the token is empty");
    }
    Duration timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    return new Node(endpoint, new SourceOptions(chosen.map(String::strip), timeout, retries,
        concurrency));
  }

  private static String readTokenFile(Path path) throws F3Exception {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_TOKEN_FILE + 1);
    } catch (NoSuchFileException e) {
      throw new F3Exception(path + ": no such token file");
    } catch (IOException e) {
      throw new F3Exception(path + ": cannot read the token file ("
          + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_TOKEN_FILE) {
      throw new F3Exception(path + ": larger than " + (MAX_TOKEN_FILE >> 10)
          + " KiB, so not a token file");
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw new F3Exception(path + ": the token file is empty");
    }
    return text;
  }

  /**
   * The secrets on a command line: the values of {@code --token} and the token part of
   * {@code --api-info}, so that error messages (picocli's included) can leave them out.
   */
  static List<String> secretsIn(String[] args) {
    List<String> secrets = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      for (String option : List.of("--token", "--api-info")) {
        String value = null;
        if (args[i].equals(option) && i + 1 < args.length) {
          value = args[i + 1];
        } else if (args[i].startsWith(option + "=")) {
          value = args[i].substring(option.length() + 1);
        }
        if (value != null && !value.isBlank()) {
          secrets.add(value);
          int colon = value.indexOf(':');
          if (option.equals("--api-info") && colon > 0 && !value.startsWith("/")) {
            secrets.add(value.substring(0, colon));
          }
        }
      }
    }
    return secrets;
  }

  /** {@code text} with every secret replaced by {@code [token]}. */
  static String withoutSecrets(String text, List<String> secrets) {
    String safe = text == null ? "" : text;
    for (String secret : secrets) {
      safe = safe.replace(secret, "[token]");
    }
    return safe;
  }

  /** What to do about a failed call, for the line after the error (if there is advice). */
  static Optional<String> hint(RpcException e) {
    return switch (e.reason()) {
      case UNAUTHORISED -> Optional.of("give the node's token with --token, --token-file or "
          + "FULLNODE_API_INFO (a read token is enough)");
      case F3_DISABLED -> Optional.of("the node runs without F3 (e.g. LOTUS_DISABLE_F3_SUBSYSTEM"
          + " is set, or it is a lite node); ask another node");
      case F3_NOT_RUNNING -> Optional.of("F3 starts at the manifest's bootstrap epoch and once "
          + "the node has its initial power table; check 'lotus f3 status' on the node");
      case METHOD_NOT_FOUND -> Optional.of("the node's version lacks this method; "
          + "F3GetPowerTableByInstance needs Lotus 1.33.1 or later");
      case TIMEOUT -> Optional.of("the node did not answer in time; raise --timeout or try "
          + "again later");
      case UNREACHABLE -> Optional.of("check the URL and that the node's API listens there "
          + "(Lotus: port 1234, Forest: port 2345)");
      default -> Optional.empty();
    };
  }
}
