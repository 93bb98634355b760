package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.ValidationFailure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validation report as Markdown, on mainnet's real certificates and on made-up chains. */
class ValidationMarkdownTest {
  private static final NetworkSelection MAINNET = NetworkProfiles.builtIn().resolve("mainnet");
  private static final String MAINNET_CID =
      MAINNET.profile().orElseThrow().initialPowerTableCid().orElseThrow();

  private static PowerTable table(String file) throws Exception {
    return PowerTableFiles.read(SharedData.file(file)).toTable();
  }

  private static ChainInspection inspect(PowerTable table, List<FinalityCertificate> certs)
      throws Exception {
    return new ChainInspector(MAINNET.f3NetworkName(), 2)
        .inspect(table, 0, certs, ChainInspector.Progress.NONE);
  }

  private static TrustedValidation judge(ChainInspection inspection) {
    return new TrustedValidation(
        inspection.result(),
        TrustAssessor.of(MAINNET)
            .table(inspection.initialTable().cid(), inspection.firstInstance()));
  }

  @Test
  void mainnetsCertificatesFromItsPublishedTableAreReportedValidWithTheNextTable()
      throws Exception {
    List<FinalityCertificate> certs =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));
    ChainInspection inspection = inspect(table("mainnet_initial_power_table.json"), certs);

    String markdown = ValidationMarkdown.of(inspection, Optional.of(judge(inspection)));

    // the table after certificate 9 is the one certificate 9 commits to
    String next = certs.get(9).supplementalData().powerTable().orElseThrow().toString();
    assertThat(markdown)
        .startsWith("# F3 certificate validation\n\n")
        .contains("- Network: `filecoin` (mainnet)\n")
        .contains("- Certificates: 10 (instances 0–9)\n")
        .contains("CID `" + MAINNET_CID + "`")
        .contains("- Trust: verified: ")
        .contains("- Result: **VALID**: 10 certificates, all valid; next instance 10\n")
        .contains("- Counts: 10 valid, 0 invalid, 0 not reached\n")
        .contains("- Next instance 10, validated by the power table with CID `" + next + "`")
        .contains("## Stages of instance 9\n")
        .doesNotContain("## Failure");
    for (Stage stage : Stage.values()) {
      assertThat(markdown).contains("| " + stage.title() + " | Passed: ");
    }
  }

  @Test
  void mainnetsCertificatesFromAnotherNetworksTableFailAtTheFirstWithTheirEvidence()
      throws Exception {
    List<FinalityCertificate> certs =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));
    ChainInspection inspection = inspect(table("calibnet_old_initial_power_table.json"), certs);
    ValidationFailure failure = inspection.result().failure().orElseThrow();

    String markdown = ValidationMarkdown.of(inspection, Optional.of(judge(inspection)));

    assertThat(failure.instance()).isZero();
    assertThat(markdown)
        .contains("- Result: **INVALID**: Validation stops at instance 0: ")
        .contains("- Trust: mismatch: ")
        .contains("- Counts: 0 valid, 1 invalid, 9 not reached\n")
        .contains("## Failure: " + failure.reason() + "\n")
        .contains(StageExplanation.concreteSentence(failure))
        .contains("**What it means:** " + failure.reason().meaning())
        .contains("## Stages of instance 0\n")
        .contains("| " + failure.stage().title() + " | Failed: ")
        .doesNotContain("- Next instance");
    for (Detail detail : failure.details()) {
      assertThat(markdown).contains("- " + detail.name() + ": `" + detail.value() + "`");
    }
    Stage last = Stage.values()[Stage.values().length - 1];
    if (last != failure.stage()) {
      assertThat(markdown).contains("| " + last.title() + " | Not run: ");
    }
  }

  @Test
  void aConsistentChainFromATableThatIsNotTheNetworksSaysSo() throws Exception {
    SyntheticChain impostor =
        SyntheticNetwork.of(SimulationSpec.of(11, 12, 4, "filecoin")).generate();
    ChainInspection inspection = inspect(impostor.initialTable(), impostor.certificates());
    TrustedValidation judged = judge(inspection);

    String markdown = ValidationMarkdown.of(inspection, Optional.of(judged));

    assertThat(markdown)
        .contains(
            "- Result: **UNTRUSTED_POWER_TABLE**: 4 certificates, all"
                + " valid; next instance 4\n")
        .contains("(expected CID `" + MAINNET_CID + "`)")
        .contains("\n" + judged.explanation().orElseThrow() + "\n");
  }

  @Test
  void withoutAJudgementAConsistentChainIsUnverified() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(5, 6, 3, "filecoin")).generate();
    ChainInspection inspection = inspect(chain.initialTable(), chain.certificates());

    String markdown = ValidationMarkdown.of(inspection, Optional.empty());

    assertThat(markdown)
        .contains("- Network: `filecoin`\n")
        .contains("- Result: **VALID (unverified)**: 3 certificates, all valid")
        .doesNotContain("- Trust:");
  }
}
