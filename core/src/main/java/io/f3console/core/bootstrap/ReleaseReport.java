package io.f3console.core.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.bootstrap.CertificateZeroEvidence.Status;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ReleaseCheckResult} as a Markdown document a release engineer can attach to a release.
 * It carries no date or machine detail, so the same evidence always gives the same bytes.
 */
public final class ReleaseReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReleaseReport() {}

  /**
   * The manifest fields a release sets, in Lotus's manifest JSON form: {@code NetworkName}, {@code
   * InitialInstance}, {@code BootstrapEpoch} and {@code InitialPowerTable} as {@code {"/":
   * "<cid>"}} ({@code null} with no agreed CID).
   */
  public static String manifestFragment(NetworkProfile profile, Optional<Cid> cid) {
    ObjectNode node = JSON.createObjectNode();
    node.put("NetworkName", profile.f3NetworkName());
    node.put("InitialInstance", profile.initialInstance());
    node.put("BootstrapEpoch", profile.bootstrapEpoch());
    if (cid.isPresent()) {
      node.putObject("InitialPowerTable").put("/", cid.get().toString());
    } else {
      node.putNull("InitialPowerTable");
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** The report, ending with a newline. */
  public static String markdown(ReleaseCheckResult result) {
    Objects.requireNonNull(result, "result");
    NetworkProfile profile = result.profile();
    StringBuilder md = new StringBuilder();
    md.append("# F3 initial power table: release check for ").append(profile.key()).append("\n\n");
    md.append("- Network: ")
        .append(profile.key())
        .append(" (F3 network name `")
        .append(profile.f3NetworkName())
        .append("`)\n");
    md.append("- Initial instance: ")
        .append(Long.toUnsignedString(profile.initialInstance()))
        .append("; bootstrap epoch ")
        .append(profile.bootstrapEpoch())
        .append("; table taken at epoch ")
        .append(profile.powerTableEpoch())
        .append('\n');
    md.append("- Profile's expected CID: ")
        .append(profile.initialPowerTableCid().map(c -> "`" + c + "`").orElse("none (Release A)"))
        .append('\n');
    md.append("- Candidate: ")
        .append(result.candidate().map(c -> "`" + c + "`").orElse("none given"))
        .append('\n');
    md.append("- **Verdict: ").append(result.verdict()).append("**\n\n");

    md.append("## Sources\n\n");
    md.append("| source | table CID | entries | certificate 0 |\n");
    md.append("|---|---|---:|---|\n");
    for (SourceEvidence source : result.sources()) {
      md.append("| ")
          .append(cell(source.source()))
          .append(" | ")
          .append(source.tableCid().map(c -> "`" + c + "`").orElse("(certificates only)"))
          .append(" | ")
          .append(source.entries().map(String::valueOf).orElse(""))
          .append(" | ")
          .append(cell(zeroSummary(source.certificateZero())))
          .append(" |\n");
    }
    md.append('\n');

    md.append("## Agreement\n\n");
    result
        .agreedCid()
        .ifPresentOrElse(
            cid ->
                md.append("Every source that holds a table agrees on `")
                    .append(cid)
                    .append("`.\n\n"),
            () -> md.append("The sources do not agree on one table.\n\n"));

    md.append("## Certificate 0\n\n");
    boolean any = false;
    for (SourceEvidence source : result.sources()) {
      CertificateZeroEvidence zero = source.certificateZero();
      if (zero.status() == Status.NOT_AVAILABLE) {
        continue;
      }
      any = true;
      md.append("### Against the table of ").append(cell(source.source())).append("\n\n");
      md.append("- Certificate from: ")
          .append(cell(zero.certificateSource().orElseThrow()))
          .append('\n');
      md.append("- Instance: ")
          .append(Long.toUnsignedString(profile.initialInstance()))
          .append('\n');
      md.append("- Result: ")
          .append(
              zero.status() == Status.VALID
                  ? "**validates**"
                  : "**does not validate** ("
                      + zero.reason().orElseThrow()
                      + ": "
                      + zero.message()
                      + ")")
          .append('\n');
      md.append("- Signers: ")
          .append(zero.signers().orElse(0L))
          .append(source.entries().map(entries -> " of " + entries).orElse(""))
          .append(", scaled power ")
          .append(zero.signerScaledPower().orElse(0L))
          .append(" of ")
          .append(zero.scaledTotal().orElse(0L))
          .append(" (")
          .append(zero.powerShare().map(ReleaseReport::percent).orElse("?"))
          .append("); strong quorum needs ")
          .append(zero.threshold().orElse(0L))
          .append(" (2/3)\n");
      md.append("- Base epoch: ")
          .append(zero.baseEpoch().map(String::valueOf).orElse("none"))
          .append(" (expected ")
          .append(profile.powerTableEpoch())
          .append(", or earlier after null rounds)\n");
      md.append("- Base power table: ")
          .append(zero.basePowerTableCid().map(c -> "`" + c + "`").orElse("none"))
          .append('\n');
      md.append("- SupplementalData power table (next committee): ")
          .append(zero.nextPowerTableCid().map(c -> "`" + c + "`").orElse("none"))
          .append("\n\n");
    }
    if (!any) {
      md.append(
          "No source given holds certificate 0, so nothing shows the network signed with"
              + " this table.\n\n");
    }

    md.append("## Findings\n\n");
    result.findings().forEach(finding -> md.append("- ").append(finding).append('\n'));
    md.append('\n');

    md.append("## Verdict\n\n**").append(result.verdict()).append("**");
    md.append(
        result.confirmed()
            ? ": `"
                + result.agreedCid().orElseThrow()
                + "` may be set as the initial power table.\n\n"
            : "\n\n");
    if (!result.distrusted().isEmpty()) {
      md.append("Distrust: ").append(String.join(", ", result.distrusted())).append("\n\n");
    }
    result.remedy().ifPresent(remedy -> md.append("What to do: ").append(remedy).append("\n\n"));

    md.append("## Manifest fragment\n\n");
    if (result.confirmed()) {
      md.append("```json\n")
          .append(manifestFragment(profile, result.agreedCid()))
          .append("\n```\n");
    } else {
      md.append(
          "None: the check did not confirm a CID, so this report gives no"
              + " InitialPowerTable to put in a manifest.\n");
    }
    return md.toString();
  }

  /** One line on certificate 0 for the sources table. */
  public static String zeroSummary(CertificateZeroEvidence zero) {
    return switch (zero.status()) {
      case VALID ->
          "validates ("
              + zero.signers().orElse(0L)
              + " signers, "
              + zero.powerShare().map(ReleaseReport::percent).orElse("?")
              + " of power)";
      case INVALID -> "INVALID: " + zero.reason().orElseThrow() + ": " + zero.message();
      case NOT_AVAILABLE -> "not available: " + zero.message();
    };
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
