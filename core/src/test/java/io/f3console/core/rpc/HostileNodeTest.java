package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.rpc.RpcException.Reason;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.HostileNode;
import io.f3console.core.testing.HostileNode.Attack;
import io.f3console.core.validation.CertificateStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client against a node that attacks it: every attack ends in an {@link RpcException} with a
 * clear one-line message within the time limit, nothing stays held of the memory budget, and the
 * token goes nowhere but that node and is never quoted.
 */
@Isolated("it loads the machine and uses the process's memory budget")
class HostileNodeTest {
  static final String TOKEN = "hostile-Token-5ecret-1";
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.of(TOKEN), Duration.ofSeconds(3), 0, 4);
  static final Map<Attack, Reason> REASONS =
      Map.of(
          Attack.GIGABYTE_BODY, Reason.MALFORMED_RESPONSE,
          Attack.ENDLESS_BODY, Reason.MALFORMED_RESPONSE,
          Attack.SLOWLORIS, Reason.TIMEOUT,
          Attack.REDIRECT, Reason.HTTP_ERROR,
          Attack.GZIP_BOMB, Reason.MALFORMED_RESPONSE,
          Attack.DEEP_JSON, Reason.MALFORMED_RESPONSE,
          Attack.HUGE_NUMBERS, Reason.MALFORMED_RESPONSE,
          Attack.WRONG_ID, Reason.MALFORMED_RESPONSE,
          Attack.TOKEN_ECHO, Reason.NODE_ERROR);
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(31, 4, 6, "f3hostile")).generate();
  }

  @ParameterizedTest
  @EnumSource(Attack.class)
  void everyAttackEndsInAClearFailureWithinTheTimeLimit(Attack attack) throws Exception {
    try (HostileNode node = HostileNode.attacking(attack);
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      for (Call call :
          new Call[] {
            client::manifest, () -> client.certificate(3), client::listParticipants, client::peerId
          }) {
        RpcException e =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> catchThrowableOfType(call::run, RpcException.class));

        assertThat(e).as(attack.name()).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(REASONS.get(attack));
        assertThat(e.getMessage())
            .startsWith(e.method().substring("Filecoin.".length()))
            .contains(" at " + client.displayEndpoint())
            .doesNotContain(TOKEN)
            .doesNotContain("\u001b")
            .hasSizeLessThan(700);
      }
      assertThat(node.requestsElsewhere()).as("requests that followed a redirect").isEmpty();
      assertThat(node.authorizations()).allMatch(a -> a.equals("Bearer " + TOKEN));
    }
    assertThat(BoundedBody.inFlight()).as("bytes still held").isZero();
  }

  @Test
  void tooLargeAnswersNameTheMethodAndItsLimit() throws Exception {
    try (HostileNode node = HostileNode.attacking(Attack.GIGABYTE_BODY);
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      RpcException small = catchThrowableOfType(client::manifest, RpcException.class);
      RpcException certificate =
          catchThrowableOfType(() -> client.certificate(3), RpcException.class);

      assertThat(small.getMessage())
          .contains("larger than 1 MiB, the most a valid answer can be for F3GetManifest");
      assertThat(certificate.getMessage())
          .contains("larger than 8 MiB, the most a valid answer can be for F3GetCertificate");
    }
  }

  @Test
  void endlessCertificatesFetchedSixtyFourAtATimeStayWithinTheBudget() throws Exception {
    SourceOptions wide = new SourceOptions(Optional.of(TOKEN), Duration.ofSeconds(20), 0, 64);
    try (FakeLotusNode good = FakeLotusNode.start(chain);
        HostileNode node =
            HostileNode.attacking(
                Attack.ENDLESS_BODY, "Filecoin.F3GetCertificate", good.endpoint());
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), wide)) {
      long[] peak = {0};
      Thread watcher =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peak[0] = Math.max(peak[0], BoundedBody.inFlight());
                  Thread.onSpinWait();
                }
              });
      watcher.setDaemon(true);
      watcher.start();
      RpcException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(120),
              () ->
                  catchThrowableOfType(
                      () -> {
                        CertificateStream stream = client.certificates(0, 400);
                        while (stream.next().isPresent()) {
                          // drained until the first failure
                        }
                      },
                      RpcException.class));
      watcher.interrupt();
      watcher.join();

      assertThat(e).isNotNull();
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
      assertThat(e.getMessage())
          .contains("F3GetCertificate(")
          .containsAnyOf(
              "larger than 8 MiB, the most a valid answer can be for F3GetCertificate",
              "the answers in flight would hold more than 128 MiB at once");
      assertThat(peak[0]).as("bytes held at once").isLessThanOrEqualTo(BoundedBody.BUDGET);
    }
    // the calls still in flight when the stream failed give their bytes back as they stop
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (BoundedBody.inFlight() != 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(BoundedBody.inFlight()).as("bytes still held").isZero();
  }

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }
}
