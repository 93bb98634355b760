package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command talks to a node it has been given: the token and the time limits. Commands that
 * take a source string ({@code rpc:URL}) use these alone; {@link NodeOptions} adds {@code --rpc}
 * for the commands that only ever talk to a node. A token from {@code --api-info} (or {@code
 * FULLNODE_API_INFO}, read only when no node is named on the command line) is used only for the
 * node it names, so it never goes to another host. The token is never printed.
 */
class NodeAccessOptions {
  /** A token file is a JWT of a few hundred bytes; anything much larger is not one. */
  private static final int MAX_TOKEN_FILE = 64 << 10;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Bearer token for the node's API. Visible to every local user (in the process"
              + " list) while the command runs: prefer --token-file. Default: the token of"
              + " --api-info, or of FULLNODE_API_INFO when no node is named, for that node only.")
  String token;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Read the token from FILE (Lotus keeps it in ~/.lotus/token); unlike --token, not"
              + " visible to other local users.")
  Path tokenFile;

  @Option(
      names = "--api-info",
      paramLabel = "TOKEN:ADDRESS",
      description =
          "Lotus-style API info, e.g. TOKEN:/ip4/127.0.0.1/tcp/1234/http; a token given"
              + " here is visible to every local user (in the process list) while the command"
              + " runs. Default: the FULLNODE_API_INFO environment variable, read only when no"
              + " node is named on the command line.")
  String apiInfo;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Time limit for each request (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "How often a failed certificate request is tried again after a timeout,"
              + " a broken connection or HTTP 5xx (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Certificate requests in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  /**
   * The API info given with {@code --api-info}, for a node named on the command line: then {@code
   * FULLNODE_API_INFO} is not read, so a broken value there cannot stop a command that names its
   * node.
   */
  Optional<ApiInfo> apiInfo() throws F3Exception {
    return apiInfo != null ? Optional.of(ApiInfo.parse(apiInfo, "--api-info")) : Optional.empty();
  }

  /**
   * The API info of {@code --api-info}, else {@code FULLNODE_API_INFO}'s: when no node is named.
   */
  Optional<ApiInfo> apiInfoOrEnvironment() throws F3Exception {
    return apiInfo != null ? apiInfo() : ApiInfo.fromEnvironment(System.getenv());
  }

  /**
   * The warning for a token given on the command line ({@code --token}, or {@code --api-info} with
   * a token), which every local user can read in the process list while the command runs.
   */
  static Optional<String> commandLineTokenWarning(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--token") || arg.startsWith("--token=")) {
        return Optional.of(TOKEN_WARNING.formatted("--token"));
      }
      String info =
          arg.equals("--api-info") && i + 1 < args.length
              ? args[i + 1]
              : arg.startsWith("--api-info=") ? arg.substring("--api-info=".length()) : null;
      if (info != null && !info.strip().startsWith("/") && info.indexOf(':') > 0) {
        String head = info.strip().substring(0, info.strip().indexOf(':'));
        if (!head.matches("[A-Za-z][A-Za-z0-9+.-]*")
            || !info.strip().substring(head.length()).startsWith("://")) {
          return Optional.of(TOKEN_WARNING.formatted("--api-info"));
        }
      }
    }
    return Optional.empty();
  }

  private static final String TOKEN_WARNING =
      "warning: the token given with %s can be read by every local user (in the process list)"
          + " while this command runs; prefer --token-file FILE";

  /** The token and time limits for the node at {@code endpoint}. */
  SourceOptions optionsFor(URI endpoint, Optional<ApiInfo> info) throws F3Exception {
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
    return new SourceOptions(chosen.map(String::strip), timeout, retries, concurrency);
  }

  /**
   * The token in the file at {@code path}, if it reads as one: so that a run can keep it out of
   * everything it records, whatever became of the command.
   */
  static Optional<String> tokenInFile(String path) {
    try {
      return Optional.of(readTokenFile(Path.of(path)));
    } catch (F3Exception | InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String readTokenFile(Path path) throws F3Exception {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_TOKEN_FILE + 1);
    } catch (NoSuchFileException e) {
      throw new F3Exception(path + ": no such token file");
    } catch (IOException e) {
      throw new F3Exception(
          path + ": cannot read the token file (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_TOKEN_FILE) {
      throw new F3Exception(
          path + ": larger than " + (MAX_TOKEN_FILE >> 10) + " KiB, so not a token file");
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw new F3Exception(path + ": the token file is empty");
    }
    return text;
  }
}
