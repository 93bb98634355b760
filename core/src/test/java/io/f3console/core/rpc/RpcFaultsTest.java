package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.f3console.core.rpc.RpcException.Reason;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each way a node can fail gives its own reason, a plain message, and never a hang. */
class RpcFaultsTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofMillis(400), 0, 2);
  static SyntheticChain chain;
  FakeLotusNode node;
  LotusRpcClient client;

  /** A call that is expected to fail. */
  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  static RpcException failure(Call call) {
    RpcException e = catchThrowableOfType(RpcException.class, call::run);
    assertThat(e).as("the call should fail with an RpcException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(5, 6, 4, "f3faults")).generate();
  }

  @BeforeEach
  void start() throws Exception {
    node = FakeLotusNode.start(chain);
    client = LotusRpcClient.connect(node.endpoint(), OPTIONS);
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  @Test
  void disabledF3IsLotusErrorFour() {
    node.withFaults(NodeFaults.NONE.withF3(F3State.DISABLED));

    RpcException e = failure(client::manifest);

    assertThat(e.reason()).isEqualTo(Reason.F3_DISABLED);
    assertThat(e.code()).hasValue(4);
    assertThat(e.method()).isEqualTo("Filecoin.F3GetManifest");
    assertThat(e.getMessage())
        .isEqualTo(
            "F3GetManifest() at "
                + node.endpoint()
                + ": F3 is disabled on this node (error 4: f3 is disabled)");
    assertThat(failure(client::isRunning).reason()).isEqualTo(Reason.F3_DISABLED);
  }

  @Test
  void f3NotRunningFailsCertificateCallsButNotIsRunning() throws Exception {
    node.withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING));

    RpcException e = failure(() -> client.certificate(1));

    assertThat(e.reason()).isEqualTo(Reason.F3_NOT_RUNNING);
    assertThat(e.getMessage()).contains("not running");
    assertThat(client.isRunning()).isFalse();
    assertThat(client.manifest().networkName()).isEqualTo("f3faults");
  }

  @Test
  void aMissingCertificateNamesItsInstance() {
    node.withFaults(NodeFaults.NONE.withoutCertificate(2));

    RpcException e = failure(() -> client.certificate(2));

    assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_NOT_FOUND);
    assertThat(e.instance()).hasValue(2);
    assertThat(e.getMessage())
        .contains("no certificate for instance 2", "cert at 2: certificate not found");
    assertThat(failure(() -> client.certificate(99)).reason())
        .isEqualTo(Reason.CERTIFICATE_NOT_FOUND);
  }

  @Test
  void aMissingMethodIsMethodNotFoundThoughSentWithHttp500() {
    node.withFaults(NodeFaults.NONE.withoutMethod("Filecoin.F3GetProgress"));

    RpcException e = failure(client::progress);

    assertThat(e.reason()).isEqualTo(Reason.METHOD_NOT_FOUND);
    assertThat(e.code()).hasValue(-32601);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(e.getMessage()).contains("does not offer Filecoin.F3GetProgress");
  }

  @Test
  void anHttp500WithoutJsonIsAnHttpError() {
    node.withFaults(NodeFaults.NONE.withServerErrors(Integer.MAX_VALUE));

    RpcException e = failure(client::manifest);

    assertThat(e.reason()).isEqualTo(Reason.HTTP_ERROR);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(e.isTransient()).isTrue();
    assertThat(e.getMessage()).endsWith("HTTP 500: 500 Internal Server Error");
  }

  @Test
  void malformedJsonIsAMalformedResponse() {
    node.withFaults(NodeFaults.NONE.withMalformedJson());

    RpcException e = failure(() -> client.certificate(0));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("malformed answer", "not valid JSON");
  }

  @Test
  void aSlowNodeTimesOutAtTheLimit() {
    node.withFaults(NodeFaults.NONE.withDelay(Duration.ofSeconds(30)));

    RpcException e = failure(client::manifest);

    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
    assertThat(e.isTransient()).isTrue();
    assertThat(e.getMessage()).contains("no complete answer within 400 ms");
  }

  @Test
  void aClosedPortIsUnreachable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (LotusRpcClient nowhere =
        LotusRpcClient.connect(URI.create("http://127.0.0.1:" + port + "/rpc/v1"), OPTIONS)) {
      RpcException e = failure(nowhere::version);

      assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
      assertThat(e.getMessage())
          .startsWith("Version() at http://127.0.0.1:" + port + "/rpc/v1: cannot connect")
          .doesNotContain("Exception")
          .contains("is the node running");
    }
  }

  @Test
  void aMissingTokenIsUnauthorised() {
    node.requireToken("secret-for-this-test");

    RpcException e = failure(client::manifest);

    assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
    assertThat(e.httpStatus()).hasValue(401);
    assertThat(e.getMessage()).contains("HTTP 401 (no token was given)");
  }

  @Test
  void aPowerTableOtherThanTheManifestsIsServedWhenAsked() throws Exception {
    node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());

    assertThat(client.powerTableByInstance(0).cid())
        .isNotEqualTo(client.manifest().initialPowerTable().orElseThrow());
  }

  @Test
  void aCertificateForAnotherInstanceIsMalformed() throws Exception {
    String certificate =
        io.f3console.core.certs.CertificateJson.toJson(chain.certificates().get(1));
    node.answering("Filecoin.F3GetCertificate", certificate);

    RpcException e = failure(() -> client.certificate(0));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("asked for instance 0, the node sent 1");
  }

  @Test
  void aResultOfTheWrongShapeNamesThePath() throws Exception {
    node.answering(
        "Filecoin.F3GetManifest",
        "{\"ProtocolVersion\":7,\"InitialInstance\":0,\"BootstrapEpoch\":10,"
            + "\"NetworkName\":\"x\",\"InitialPowerTable\":null,\"CommitteeLookback\":10,"
            + "\"EC\":{\"Period\":\"30s\",\"Finality\":900}}");

    RpcException e = failure(client::manifest);

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .contains("result.EC.Period: expected a signed 64-bit integer," + " found a string");
  }

  @Test
  void aCertificateFieldErrorKeepsTheCertificateReadersPath() {
    String certificate =
        io.f3console.core.certs.CertificateJson.toJson(chain.certificates().get(0))
            .replaceFirst("\"Epoch\":(\\d+)", "\"Epoch\":\"$1\"");
    node.answering("Filecoin.F3GetCertificate", certificate);

    RpcException e = failure(() -> client.certificate(0));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("result: line 1, column", "ECChain[0].Epoch");
  }

  @Test
  void anAnswerLargerThanTheLimitIsRefused() {
    node.answering("Filecoin.StateNetworkName", "\"" + "a".repeat(RpcCall.SMALL_RESPONSE) + "\"");

    RpcException e = failure(client::stateNetworkName);

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .contains("StateNetworkName() at ")
        .contains("larger than 1 MiB, the most a valid answer can be for StateNetworkName");
  }

  @Test
  void aCertificateAnswerIsLimitedToWhatACertificateCanBe() {
    node.answering(
        "Filecoin.F3GetCertificate", "\"" + "a".repeat(RpcCall.CERTIFICATE_RESPONSE) + "\"");

    RpcException e = failure(() -> client.certificate(1));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .contains("F3GetCertificate(1) at ")
        .contains("larger than 8 MiB, the most a valid answer can be for F3GetCertificate");
    assertThat(BoundedBody.inFlight()).isZero();
  }

  @Test
  void aLatestCertificateOfNullIsEmpty() throws Exception {
    node.answering("Filecoin.F3GetLatestCertificate", "null");

    assertThat(client.latestCertificate()).isEmpty();
  }

  @Test
  void anErrorWithAnotherCodeKeepsTheNodesCodeAndWords() {
    node.failing("Filecoin.ChainHead", 1, "blockstore: block not found\nsecond line");

    RpcException e = failure(client::chainHead);

    assertThat(e.reason()).isEqualTo(Reason.NODE_ERROR);
    assertThat(e.code()).hasValue(1);
    assertThat(e.getMessage())
        .endsWith(
            "the node answered with an error (error 1: blockstore: block not found second line)");
  }

  @Test
  void thePermissionErrorIsUnauthorised() {
    node.failing(
        "Filecoin.F3GetManifest", 1, "missing permission to invoke 'F3GetManifest' (need 'read')");

    RpcException e = failure(client::manifest);

    assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
    assertThat(e.getMessage()).contains("the call needs a token");
  }
}
