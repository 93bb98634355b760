package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.Secrets;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.source.SourceOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command reaches a Lotus or Forest node: its URL ({@code --rpc}), and the token and time
 * limits of {@link NodeAccessOptions}. The URL and token default to {@code --api-info}, else to
 * {@code FULLNODE_API_INFO} as with the Lotus tools; the environment is read only when no node is
 * named on the command line.
 */
final class NodeOptions extends NodeAccessOptions {
  @Option(
      names = "--rpc",
      paramLabel = "URL",
      description =
          "The node's JSON-RPC URL, e.g. http://127.0.0.1:1234/rpc/v1 (Forest: port"
              + " 2345). Default: the address of --api-info, else of FULLNODE_API_INFO."
              + " The doctor takes it more than once: the nodes behind one miner, each sent"
              + " the same token.")
  List<String> rpc = new ArrayList<>();

  /** The node to talk to and how. */
  record Node(URI endpoint, SourceOptions options) {}

  /** A client for the node (no request is made yet). */
  LotusRpcClient connect() throws F3Exception {
    Node node = resolve();
    return LotusRpcClient.connect(node.endpoint(), node.options());
  }

  /** Whether a node was named with {@code --rpc}. */
  boolean named() {
    return !rpc.isEmpty();
  }

  Node resolve() throws F3Exception {
    if (rpc.size() > 1) {
      throw new F3Exception("--rpc is given " + rpc.size() + " times: this command asks one node");
    }
    if (named()) {
      return node(rpc.get(0));
    }
    Optional<ApiInfo> info = apiInfoOrEnvironment();
    if (info.isEmpty()) {
      throw new F3Exception(
          "no node given: use --rpc URL, or set FULLNODE_API_INFO "
              + "(TOKEN:/ip4/127.0.0.1/tcp/1234/http)");
    }
    return new Node(info.get().endpoint(), optionsFor(info.get().endpoint(), info));
  }

  /**
   * Every node named with {@code --rpc}, in order (duplicates once), else the one node {@link
   * #resolve} finds.
   */
  List<Node> resolveAll() throws F3Exception {
    if (!named()) {
      return List.of(resolve());
    }
    List<Node> nodes = new ArrayList<>();
    for (String url : rpc) {
      Node node = node(url);
      if (nodes.stream().noneMatch(n -> n.endpoint().equals(node.endpoint()))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private Node node(String text) throws F3Exception {
    String url = text.strip();
    URI endpoint = ApiInfo.endpoint(url.startsWith("rpc:") ? url.substring(4) : url, "--rpc");
    return new Node(endpoint, optionsFor(endpoint, apiInfo()));
  }

  /**
   * The secrets on a command line: the values of {@code --token} and the token part of {@code
   * --api-info}, so that error messages (picocli's included) can leave them out.
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

  /** {@code text} with every secret scrubbed ({@link Secrets}). */
  static String withoutSecrets(String text, List<String> secrets) {
    return Secrets.scrub(text, secrets);
  }

  /** What to do about a failed call, for the line after the error (if there is advice). */
  static Optional<String> hint(RpcException e) {
    return hint(e.reason());
  }

  /** What to do about a call that failed for {@code reason}, if there is advice. */
  static Optional<String> hint(RpcException.Reason reason) {
    return switch (reason) {
      case UNAUTHORISED ->
          Optional.of(
              "give the node's token with --token, --token-file or "
                  + "FULLNODE_API_INFO (a read token is enough)");
      case F3_DISABLED ->
          Optional.of(
              "the node runs without F3 (e.g. LOTUS_DISABLE_F3_SUBSYSTEM"
                  + " is set, or it is a lite node); ask another node");
      case F3_NOT_RUNNING ->
          Optional.of(
              "F3 starts at the manifest's bootstrap epoch and once "
                  + "the node has its initial power table; check 'lotus f3 status' on the node");
      case METHOD_NOT_FOUND ->
          Optional.of(
              "the node's version lacks this method; "
                  + "F3GetPowerTableByInstance needs Lotus 1.33.1 or later");
      case TIMEOUT ->
          Optional.of("the node did not answer in time; raise --timeout or try " + "again later");
      case UNREACHABLE ->
          Optional.of(
              "check the URL and that the node's API listens there "
                  + "(Lotus: port 1234, Forest: port 2345)");
      default -> Optional.empty();
    };
  }
}
