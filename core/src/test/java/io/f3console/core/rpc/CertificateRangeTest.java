package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.rpc.RpcException.Reason;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.validation.CertificateStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ranges of certificates: in order, within the concurrency limit, retried when it may help. */
class CertificateRangeTest {
  static final Duration BACKOFF = Duration.ofMillis(1);
  static SyntheticChain chain;
  FakeLotusNode node;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(21, 6, 40, "f3range")).generate();
  }

  @BeforeEach
  void start() throws Exception {
    node = FakeLotusNode.start(chain);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  static SourceOptions options(int retries, int concurrency) {
    return new SourceOptions(Optional.empty(), Duration.ofSeconds(5), retries, concurrency);
  }

  static List<FinalityCertificate> drain(CertificateStream stream) throws Exception {
    List<FinalityCertificate> certificates = new ArrayList<>();
    Optional<FinalityCertificate> next;
    while ((next = stream.next()).isPresent()) {
      certificates.add(next.get());
    }
    return certificates;
  }

  @Test
  void aRangeComesInOrderAndEqualsTheChain() throws Exception {
    node.withFaults(NodeFaults.NONE.withDelay(Duration.ofMillis(2)));
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(0, 4), BACKOFF)) {
      List<FinalityCertificate> fetched = drain(client.certificates(0, 39));

      assertThat(fetched).containsExactlyElementsOf(chain.certificates());
      assertThat(node.maxConcurrentRequests()).isBetween(1, 4);
      assertThat(node.requests("Filecoin.F3GetCertificate")).isEqualTo(40);
    }
  }

  @Test
  void aSubRangeStartsAndEndsWhereAsked() throws Exception {
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(0, 3), BACKOFF)) {
      assertThat(drain(client.certificates(7, 7))).containsExactly(chain.certificates().get(7));
      assertThat(drain(client.certificates(30, 39)))
          .containsExactlyElementsOf(chain.certificates().subList(30, 40));
    }
  }

  @Test
  void oneRequestAtATimeWithAConcurrencyOfOne() throws Exception {
    node.withFaults(NodeFaults.NONE.withDelay(Duration.ofMillis(1)));
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(0, 1), BACKOFF)) {
      assertThat(drain(client.certificates(0, 9))).hasSize(10);
      assertThat(node.maxConcurrentRequests()).isEqualTo(1);
    }
  }

  @Test
  void retriesRecoverFromTransientServerErrors() throws Exception {
    node.withFaults(NodeFaults.NONE.withServerErrors(2));
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(2, 4), BACKOFF)) {
      assertThat(drain(client.certificates(0, 9)))
          .containsExactlyElementsOf(chain.certificates().subList(0, 10));
      assertThat(node.requests("Filecoin.F3GetCertificate")).isEqualTo(30);
    }
  }

  @Test
  void retriesStopAfterTheLimit() throws Exception {
    node.withFaults(NodeFaults.NONE.withServerErrors(2));
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(1, 1), BACKOFF)) {
      CertificateStream stream = client.certificates(3, 5);

      RpcException e = RpcFaultsTest.failure(stream::next);

      assertThat(e.reason()).isEqualTo(Reason.HTTP_ERROR);
      assertThat(e.instance()).hasValue(3);
      assertThat(e.getMessage())
          .contains("F3GetCertificate(3)", "HTTP 500", "gave up after 2 attempts");
      assertThat(RpcFaultsTest.failure(stream::next)).isSameAs(e);
    }
  }

  @Test
  void aMissingCertificateEndsTheStreamWithItsInstanceAndIsNotRetried() throws Exception {
    node.withFaults(NodeFaults.NONE.withoutCertificate(4));
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), options(3, 1), BACKOFF)) {
      CertificateStream stream = client.certificates(2, 6);

      assertThat(stream.next()).contains(chain.certificates().get(2));
      assertThat(stream.next()).contains(chain.certificates().get(3));
      RpcException e = RpcFaultsTest.failure(stream::next);

      assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_NOT_FOUND);
      assertThat(e.instance()).hasValue(4);
      assertThat(e.getMessage()).doesNotContain("attempts");
    }
  }

  @Test
  void timeoutsAreRetriedToo() {
    node.withFaults(NodeFaults.NONE.withDelay(Duration.ofSeconds(30)));
    SourceOptions quick = new SourceOptions(Optional.empty(), Duration.ofMillis(100), 1, 2);
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), quick, BACKOFF)) {
      RpcException e = RpcFaultsTest.failure(client.certificates(0, 1)::next);

      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e.getMessage()).contains("gave up after 2 attempts");
    }
  }

  @Test
  void theBackoffDoublesUpToItsCap() {
    CertificateRange range =
        new CertificateRange(i -> null, null, 1, 3, Duration.ofMillis(250), 0, 0);

    assertThat(range.pause(0)).isEqualTo(Duration.ofMillis(250));
    assertThat(range.pause(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(range.pause(40)).isEqualTo(CertificateRange.MAX_BACKOFF);
  }
}
