package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.rpc.RpcException;
import io.f3console.core.validation.Detail;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The doctor's remedies as the console says them: console controls, never a CLI flag. */
class ConsoleRemediesTest {
  @ParameterizedTest
  @EnumSource(RpcException.Reason.class)
  void noRemedyForAFailedCallNamesACommandLineFlag(RpcException.Reason reason) {
    assertThat(ConsoleRemedies.phrase(DoctorRemedies.of(reason))).doesNotContainPattern("--[a-z]");
  }

  @Test
  void theWrongNetworkRemedyNamesTheDoctorViewsNetworkBox() {
    assertThat(DoctorRemedies.WRONG_NETWORK).contains("--network");

    String phrased = ConsoleRemedies.phrase(DoctorRemedies.WRONG_NETWORK);

    assertThat(phrased).doesNotContain("--").contains("Network box");
  }

  @Test
  void aStateTooLargeForTheDoctorPointsToTheChainStateView() {
    assertThat(LookbackStateCheck.TOO_LARGE_REMEDY).contains("powertable from-state");
    assertThat(ConsoleRemedies.phrase(LookbackStateCheck.TOO_LARGE_REMEDY))
        .contains("Chain state view")
        .doesNotContain("powertable from-state");
  }

  @Test
  void commandLineCommandsBecomeConsoleControls() {
    String phrased =
        ConsoleRemedies.phrase(
            "The certificate or the table is not the network's:"
                + " compare both with another node (f3console certs validate, powertable check).");

    assertThat(phrased).doesNotContain("f3console").contains("File ▸ Connect to a node");
  }

  @Test
  void aCheckKeepsEverythingButItsRemedysWording() {
    DoctorCheck check =
        new DoctorCheck(
            Doctor.NETWORK,
            "The node runs the chosen network",
            CheckVerdict.FAIL,
            List.of("The node's F3 network is calibrationnet2, not filecoin."),
            List.of(new Detail("expected", "filecoin")),
            Optional.of(DoctorRemedies.WRONG_NETWORK),
            Optional.of(DoctorReason.WRONG_F3_NETWORK),
            List.of(
                "Certificate 0 cannot validate"
                    + " (f3console certs validate, powertable check)."));
    DoctorReport report =
        new DoctorReport("http://node", "filecoin", Optional.of("mainnet"), List.of(check));

    DoctorCheck phrased = ConsoleRemedies.phrase(report).checks().get(0);

    assertThat(phrased.id()).isEqualTo(check.id());
    assertThat(phrased.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(phrased.evidence()).isEqualTo(check.evidence());
    assertThat(phrased.details()).isEqualTo(check.details());
    assertThat(phrased.remedy().orElseThrow()).contains("Network box").doesNotContain("--");
    assertThat(phrased.reason()).isEqualTo(check.reason());
    assertThat(phrased.consequences())
        .singleElement()
        .asString()
        .contains("File ▸ Connect to a node")
        .doesNotContain("f3console ");
  }
}
