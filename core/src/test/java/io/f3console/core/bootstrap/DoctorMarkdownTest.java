package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.validation.Detail;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoctorMarkdownTest {
  @Test
  void aDiagnosisOfAnUnreachableNodeReadsInOrderWithItsRemedyAndNoToken() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    DoctorReport report;
    try (LotusRpcClient client =
        LotusRpcClient.connect(
            URI.create("http://127.0.0.1:" + port + "/rpc/v1"), DoctorTest.OPTIONS)) {
      report =
          new Doctor(
                  client,
                  io.f3console.core.network.NetworkSelection.of(
                      io.f3console.core.network.NetworkProfiles.builtIn()
                          .byKey("mainnet")
                          .orElseThrow()),
                  DoctorTest.DOCTOR)
              .run();
    }

    String markdown = DoctorMarkdown.of(report);

    assertThat(markdown)
        .startsWith("# F3 bootstrap doctor\n")
        .contains("- Node: `" + report.target() + "`")
        .contains(
            "- Result: **failed** (0 passed, 0 warned, 1 failed, "
                + report.count(CheckVerdict.SKIPPED)
                + " skipped)")
        .doesNotContain("secret-token-123");
    int at = -1;
    for (DoctorCheck check : report.checks()) {
      int here = markdown.indexOf("## " + check.title() + ": ");
      assertThat(here).as(check.title()).isGreaterThan(at);
      at = here;
    }
    DoctorCheck first = report.checks().get(0);
    assertThat(markdown).contains("**What to do:** " + first.remedy().orElseThrow());
  }

  @Test
  void oneCheckHasItsEvidenceConsequencesAndRemedy() {
    DoctorCheck check =
        new DoctorCheck(
            Doctor.NETWORK,
            "The node runs the chosen network",
            CheckVerdict.FAIL,
            List.of("The node's F3 network is calibrationnet2, not filecoin.", "two\nlines"),
            List.of(new Detail("expected", "filecoin")),
            Optional.of("Point the node at mainnet."),
            Optional.of(DoctorReason.WRONG_F3_NETWORK),
            List.of("Certificate 0 cannot validate."));

    assertThat(DoctorMarkdown.of(check))
        .isEqualTo(
            "## The node runs the chosen network: failed\n\n"
                + "- The node's F3 network is calibrationnet2, not filecoin.\n"
                + "- two\n  lines\n"
                + "\nConsequences of this failure:\n\n"
                + "- Certificate 0 cannot validate.\n"
                + "\n**What to do:** Point the node at mainnet.\n");
  }
}
