package io.f3console.core.rpc;

import io.f3console.core.F3Exception;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node's API address and token in Lotus's {@code FULLNODE_API_INFO} form, {@code TOKEN:ADDRESS}
 * or just {@code ADDRESS}, where the address is a multiaddr ({@code /ip4/127.0.0.1/tcp/1234/http};
 * also {@code /ip6}, {@code /dns}, {@code /dns4}, {@code /dns6}, and {@code /https}, {@code /ws},
 * {@code /wss} or nothing after the port) or a URL. As with Lotus, a multiaddr or a URL without a
 * path means the stable API, {@code /rpc/v1}; WebSocket schemes become their HTTP counterparts,
 * since the API answers plain POST on the same port.
 *
 * <p>The token is never part of {@link #toString()}, and errors never quote the value (it may hold
 * a token).
 *
 * @param token the bearer token, if the value carried one
 * @param endpoint the node's JSON-RPC URL
 */
public record ApiInfo(Optional<String> token, URI endpoint) {
  /** The environment variable Lotus and Forest tools read. */
  public static final String VARIABLE = "FULLNODE_API_INFO";

  /** The path of the stable API. */
  public static final String DEFAULT_PATH = "/rpc/v1";

  private static final Pattern URL_START = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern DNS_NAME =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");
  private static final List<String> TRANSPORTS = List.of("http", "https", "ws", "wss");

  public ApiInfo {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /** The value of {@link #VARIABLE} in {@code environment}, parsed, if it is set. */
  public static Optional<ApiInfo> fromEnvironment(Map<String, String> environment)
      throws F3Exception {
    String value = environment.get(VARIABLE);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parse(value, VARIABLE));
  }

  /**
   * Reads {@code TOKEN:ADDRESS} or {@code ADDRESS}.
   *
   * @param origin names the value in errors, e.g. {@code FULLNODE_API_INFO}
   * @throws F3Exception if the value is not of that form; the message never quotes the token
   */
  public static ApiInfo parse(String value, String origin) throws F3Exception {
    Objects.requireNonNull(value, "value");
    String text = value.strip();
    if (text.isEmpty()) {
      throw new F3Exception(
          origin
              + " is empty; expected TOKEN:ADDRESS, e.g. "
              + "TOKEN:/ip4/127.0.0.1/tcp/1234/http");
    }
    if (text.contains(",")) {
      throw new F3Exception(origin + " lists several nodes (separated by commas); give one");
    }
    if (text.startsWith("/") || URL_START.matcher(text).matches()) {
      return new ApiInfo(Optional.empty(), endpoint(text, origin));
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new F3Exception(
          origin
              + " has no address; expected TOKEN:ADDRESS, e.g. "
              + "TOKEN:/ip4/127.0.0.1/tcp/1234/http");
    }
    String token = text.substring(0, colon);
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new F3Exception(
            origin
                + ": the token before the first ':' holds a character a "
                + "token cannot have (position "
                + (i + 1)
                + ")");
      }
    }
    return new ApiInfo(Optional.of(token), endpoint(text.substring(colon + 1), origin));
  }

  /** Whether {@code other} is the same node (same host and port), so the token may go there. */
  public boolean pointsTo(URI other) {
    return endpoint.getHost() != null
        && other.getHost() != null
        && endpoint.getHost().equalsIgnoreCase(other.getHost())
        && port(endpoint) == port(other);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** The JSON-RPC URL of an address: a multiaddr or a URL. */
  public static URI endpoint(String address, String origin) throws F3Exception {
    if (address.startsWith("/")) {
      return fromMultiaddr(address, origin);
    }
    if (URL_START.matcher(address).matches()) {
      return fromUrl(address, origin);
    }
    throw new F3Exception(
        origin
            + ": the address \""
            + printable(address)
            + "\" is neither a "
            + "multiaddr (/ip4/127.0.0.1/tcp/1234/http) nor a URL (http://127.0.0.1:1234/rpc/v1)");
  }

  private static URI fromMultiaddr(String address, String origin) throws F3Exception {
    String[] parts = address.substring(1).split("/", -1);
    String problem = "the multiaddr \"" + printable(address) + "\"";
    if (parts.length < 4) {
      throw new F3Exception(
          origin
              + ": "
              + problem
              + " needs a host and a TCP port, e.g. "
              + "/ip4/127.0.0.1/tcp/1234/http");
    }
    String protocol = parts[0].toLowerCase(Locale.ROOT);
    String host = parts[1];
    switch (protocol) {
      case "ip4" ->
          require(IPV4.matcher(host).matches(), origin, problem + " has an invalid IPv4 address");
      case "ip6" -> {
        require(IPV6.matcher(host).matches(), origin, problem + " has an invalid IPv6 address");
        host = "[" + host + "]";
      }
      case "dns", "dns4", "dns6" ->
          require(
              DNS_NAME.matcher(host).matches() && host.length() <= 253,
              origin,
              problem + " has an invalid host name");
      default ->
          throw new F3Exception(
              origin
                  + ": "
                  + problem
                  + " starts with /"
                  + parts[0]
                  + "; expected /ip4, /ip6, /dns, /dns4 or /dns6");
    }
    require(parts[2].equalsIgnoreCase("tcp"), origin, problem + " needs /tcp/PORT after the host");
    int port = parsePort(parts[3], origin, problem);
    String transport = "http";
    if (parts.length > 4) {
      transport = parts[4].toLowerCase(Locale.ROOT);
      require(
          TRANSPORTS.contains(transport) && parts.length == 5,
          origin,
          problem + " may end only in /http, /https, /ws or /wss after the port");
    }
    String scheme = transport.equals("https") || transport.equals("wss") ? "https" : "http";
    try {
      return new URI(scheme + "://" + host + ":" + port + DEFAULT_PATH);
    } catch (URISyntaxException e) {
      // The address patterns are loose (e.g. "::::1" passes as IPv6); the URI parser is strict.
      throw new F3Exception(origin + ": " + problem + " has an invalid host: " + e.getReason());
    }
  }

  private static int parsePort(String text, String origin, String problem) throws F3Exception {
    require(text.matches("\\d{1,5}"), origin, problem + " has an invalid TCP port");
    int port = Integer.parseInt(text);
    require(port >= 1 && port <= 65535, origin, problem + " has a TCP port outside 1-65535");
    return port;
  }

  private static URI fromUrl(String address, String origin) throws F3Exception {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new F3Exception(
          origin + ": the URL \"" + printable(address) + "\" is malformed: " + e.getReason());
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    require(
        TRANSPORTS.contains(scheme),
        origin,
        "the URL \"" + printable(address) + "\" must be http, https, ws or wss");
    require(uri.getHost() != null, origin, "the URL \"" + printable(address) + "\" has no host");
    require(uri.getRawUserInfo() == null, origin, "the URL must not hold a user name or password");
    String path =
        uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")
            ? DEFAULT_PATH
            : uri.getRawPath();
    String http = scheme.equals("https") || scheme.equals("wss") ? "https" : "http";
    try {
      return new URI(http, null, uri.getHost(), uri.getPort(), path, uri.getQuery(), null);
    } catch (URISyntaxException e) {
      throw new F3Exception(origin + ": the URL is malformed: " + e.getReason());
    }
  }

  private static void require(boolean condition, String origin, String problem) throws F3Exception {
    if (!condition) {
      throw new F3Exception(origin + ": " + problem);
    }
  }

  /** An address as it may be quoted: one line, at most 120 characters. */
  private static String printable(String address) {
    String line = address.replaceAll("\\p{Cntrl}", "?");
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }

  @Override
  public String toString() {
    return "ApiInfo[token="
        + (token.isPresent() ? "(set)" : "(none)")
        + ", endpoint="
        + JsonRpcTransport.displayed(endpoint)
        + "]";
  }
}
