package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.open.Sources;
import io.f3console.core.rpc.RpcException.Reason;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The token goes to the node as a bearer header and nowhere else. */
class TokenSecrecyTest {
  static final String TOKEN = "tok-Zq7Xv93-distinctive-secret";
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(3, 5, 3, "f3token")).generate();
  }

  static SourceOptions options(String token) {
    return new SourceOptions(Optional.of(token), Duration.ofMillis(500), 1, 2);
  }

  /** Everything a failure shows: message, toString and stack trace of the whole cause chain. */
  static String everything(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text + "\n" + e;
  }

  @Test
  void theTokenIsSentAsABearerHeader() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken(TOKEN);
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(TOKEN))) {
      assertThat(client.manifest().networkName()).isEqualTo("f3token");
      assertThat(client.certificate(1)).isEqualTo(chain.certificates().get(1));
    }
  }

  @Test
  void aWrongTokenIsUnauthorisedAndNotQuoted() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken("another-token");
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(TOKEN))) {
      RpcException e = RpcFaultsTest.failure(client::manifest);

      assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
      assertThat(e.getMessage()).contains("the token was not accepted");
      assertThat(everything(e)).doesNotContain(TOKEN);
    }
  }

  @Test
  void noFailureShowsTheTokenEvenWhenTheNodeEchoesIt() throws Exception {
    List<Throwable> failures = new ArrayList<>();
    try (FakeLotusNode node =
        FakeLotusNode.start(chain)
            .requireToken(TOKEN)
            .failing("Filecoin.ChainHead", 1, "bad header: Bearer " + TOKEN)
            .failing("Filecoin.F3GetCertificate", 1, "cert at 1: certificate not found " + TOKEN)
            .answering("Filecoin.F3GetProgress", "{\"" + TOKEN + "\":1}")) {
      LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(TOKEN));
      failures.add(RpcFaultsTest.failure(client::chainHead));
      failures.add(RpcFaultsTest.failure(() -> client.certificate(1)));
      failures.add(RpcFaultsTest.failure(() -> client.certificates(1, 2).next()));
      failures.add(RpcFaultsTest.failure(client::progress));
      client.close();
      try (DataSource source = Sources.open("rpc:" + node.endpoint(), options(TOKEN))) {
        failures.add(RpcFaultsTest.failure(() -> source.certificates(1, 1).next()));
        assertThat(source.toString()).doesNotContain(TOKEN);
      }
      assertThat(client.toString()).doesNotContain(TOKEN).contains("token=(set)");
      assertThat(options(TOKEN).toString()).doesNotContain(TOKEN);
    }

    assertThat(failures).hasSize(5);
    assertThat(failures).allSatisfy(e -> assertThat(everything(e)).doesNotContain(TOKEN));
    assertThat(failures.get(0).getMessage()).contains("bad header: Bearer [token]");
  }
}
