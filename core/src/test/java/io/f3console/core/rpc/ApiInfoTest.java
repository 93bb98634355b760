package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FULLNODE_API_INFO: token and multiaddr or URL, as Lotus reads it. */
class ApiInfoTest {
  static final String JWT =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJBbGxvdyI6WyJyZWFkIl19"
          + ".sGbsDaUNqjKyjYWBDnHkWvz3cPGUjAuw0Ii2wIrl6pk";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/ip4/127.0.0.1/tcp/1234/http, http://127.0.0.1:1234/rpc/v1",
    "/ip4/127.0.0.1/tcp/1234, http://127.0.0.1:1234/rpc/v1",
    "/ip4/10.0.0.5/tcp/2345/ws, http://10.0.0.5:2345/rpc/v1",
    "/ip4/10.0.0.5/tcp/443/https, https://10.0.0.5:443/rpc/v1",
    "/ip4/10.0.0.5/tcp/443/wss, https://10.0.0.5:443/rpc/v1",
    "/ip6/::1/tcp/1234/http, http://[::1]:1234/rpc/v1",
    "/dns/node.example.org/tcp/1234/https, https://node.example.org:1234/rpc/v1",
    "/dns4/localhost/tcp/1234/http, http://localhost:1234/rpc/v1",
    "/dns6/localhost/tcp/1234/http, http://localhost:1234/rpc/v1",
    "http://127.0.0.1:1234/rpc/v1, http://127.0.0.1:1234/rpc/v1",
    "https://api.node.example.org, https://api.node.example.org/rpc/v1",
    "https://api.node.example.org/, https://api.node.example.org/rpc/v1",
    "ws://127.0.0.1:1234/rpc/v0, http://127.0.0.1:1234/rpc/v0",
    "wss://api.node.example.org/rpc/v2, https://api.node.example.org/rpc/v2"
  })
  void addressesBecomeRpcUrls(String address, String url) throws F3Exception {
    ApiInfo withToken = ApiInfo.parse(JWT + ":" + address, "FULLNODE_API_INFO");
    ApiInfo withoutToken = ApiInfo.parse(address, "FULLNODE_API_INFO");

    assertThat(withToken.endpoint()).isEqualTo(URI.create(url));
    assertThat(withToken.token()).contains(JWT);
    assertThat(withoutToken.endpoint()).isEqualTo(URI.create(url));
    assertThat(withoutToken.token()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}]{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''| is empty",
        "Sekret| has no address",
        "Sekret:/ip4/127.0.0.1/tcp/1234/http,Sekret:/ip4/127.0.0.2/tcp/1234/http| lists several nodes",
        "Sekret:/ip4/300.0.0.1/tcp/1234/http| has an invalid IPv4 address",
        "Sekret:/ip4/127.0.0.1/udp/1234/http| needs /tcp/PORT after the host",
        "Sekret:/ip4/127.0.0.1/tcp/99999/http| has a TCP port outside 1-65535",
        "Sekret:/ip4/127.0.0.1/tcp/port/http| has an invalid TCP port",
        "Sekret:/ip4/127.0.0.1/tcp/1234/quic| may end only in /http, /https, /ws or /wss",
        "Sekret:/ip4/127.0.0.1/tcp/1234/http/p2p| may end only in /http",
        "Sekret:/ip4/127.0.0.1| needs a host and a TCP port",
        "Sekret:/unix/lotus.sock/x/y| starts with /unix",
        "Sekret:/ip6/zz::1/tcp/1234| has an invalid IPv6 address",
        "Sekret:/ip6/:::1/tcp/1234/http| has an invalid IPv6 address",
        "Sekret:/ip6/1:2:3:4:5:6:7:8:9/tcp/1234| has an invalid IPv6 address",
        "Sekret:http://[:::1]:1234/rpc/v1| is malformed",
        "Sekret:http://127.0.0.1:99999/rpc/v1| has a TCP port outside 1-65535",
        // Found by the fuzzing harness: these passed the address pattern and then crashed.
        "Sekret:/ip6/::::1/tcp/1234/http| has an invalid",
        "Sekret:/ip6/1:1/tcp/1234/http| has an invalid",
        "Sekret:/ip6/::.1/tcp/1234/http| has an invalid",
        "Sekret:/ip6/:/tcp/1234/http| has an invalid",
        "Sekret:/dns/bad_name/tcp/1234| has an invalid host name",
        "Sekret:ftp://host/rpc/v1| must be http, https, ws or wss",
        "Sekret:http://user:pw@host/rpc/v1| must not hold a user name or password",
        "Sekret:127.0.0.1:1234| is neither a multiaddr",
      })
  void malformedValuesSayWhatIsWrong(String value, String problem) {
    assertThatThrownBy(() -> ApiInfo.parse(value, "FULLNODE_API_INFO"))
        .isInstanceOf(F3Exception.class)
        .hasMessageStartingWith("FULLNODE_API_INFO")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sekret"));
  }

  @Test
  void refusalsNeverQuoteTheCredentialsOfAUrl() {
    assertThatThrownBy(() -> ApiInfo.parse("ftp://user:Sekret99@host/rpc/v1?token=Sekret77", "X"))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("must be http")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sekret"));
  }

  @Test
  void aTokenWithSpacesIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> ApiInfo.parse("my secret:/ip4/127.0.0.1/tcp/1234", "X"))
        .hasMessageContaining("character a token cannot have (position 3)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void theEnvironmentVariableIsOptional() throws F3Exception {
    assertThat(ApiInfo.fromEnvironment(Map.of())).isEmpty();
    assertThat(ApiInfo.fromEnvironment(Map.of("FULLNODE_API_INFO", " "))).isEmpty();
    assertThat(
            ApiInfo.fromEnvironment(
                    Map.of("FULLNODE_API_INFO", JWT + ":/ip4/127.0.0.1/tcp/1234/http"))
                .orElseThrow()
                .token())
        .contains(JWT);
  }

  @Test
  void toStringHidesTheToken() throws F3Exception {
    ApiInfo info = ApiInfo.parse(JWT + ":/ip4/127.0.0.1/tcp/1234/http", "X");

    assertThat(info.toString())
        .doesNotContain(JWT)
        .isEqualTo("ApiInfo[token=(set), endpoint=http://127.0.0.1:1234/rpc/v1]");
  }

  @Test
  void theTokenBelongsToTheSameHostAndPortOnly() throws F3Exception {
    ApiInfo info = ApiInfo.parse(JWT + ":/ip4/127.0.0.1/tcp/1234/http", "X");

    assertThat(info.pointsTo(URI.create("http://127.0.0.1:1234/rpc/v0"))).isTrue();
    assertThat(info.pointsTo(URI.create("http://127.0.0.1:2345/rpc/v1"))).isFalse();
    assertThat(info.pointsTo(URI.create("http://10.1.1.1:1234/rpc/v1"))).isFalse();
    assertThat(
            ApiInfo.parse("https://node.example.org", "X")
                .pointsTo(URI.create("https://node.example.org:443/rpc/v1")))
        .isTrue();
    assertThat(Optional.of(info.endpoint().getPath())).contains("/rpc/v1");
  }
}
