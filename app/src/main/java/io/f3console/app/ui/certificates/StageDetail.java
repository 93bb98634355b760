package io.f3console.app.ui.certificates;

import io.f3console.core.inspect.PayloadAnnotation;
import io.f3console.core.inspect.StageExplanation.QuorumFigures;
import io.f3console.core.inspect.StageExplanation.Verdict;
import io.f3console.core.participation.InstanceRoll;
import io.f3console.core.validation.Stage;
import java.util.List;
import java.util.Optional;

/**
 * Everything the detail pane shows for the stage at the cursor, ready to display.
 *
 * @param stage the stage
 * @param step where the stage is in the pipeline, e.g. {@code stage 5 of 11}
 * @param verdict passed, failed or not run
 * @param verdictText one sentence on the verdict
 * @param timing how long the stage took, or empty
 * @param summary what the stage did, with its numbers, or empty
 * @param failure the failure box, when the stage failed
 * @param inputs what the stage looked at
 * @param outputs what it computed
 * @param evidence the failure's own details
 * @param quorum the quorum figures (quorum stage)
 * @param payload the signed bytes cut into fields (payload stage)
 * @param values long hex values shown whole (keys, points, signature)
 * @param deltas the power-table changes (power delta stage)
 * @param cids the committed and computed next-table CIDs (next table CID stage)
 * @param roll the signers and absentees with their scaled power (signers and quorum stages, when
 *     the committee is known)
 */
public record StageDetail(
    Stage stage,
    String step,
    Verdict verdict,
    String verdictText,
    String timing,
    String summary,
    Optional<FailureNote> failure,
    List<DetailRow> inputs,
    List<DetailRow> outputs,
    List<DetailRow> evidence,
    Optional<QuorumFigures> quorum,
    List<PayloadAnnotation.Part> payload,
    List<HexValue> values,
    Optional<DeltaTable> deltas,
    Optional<CidComparison> cids,
    Optional<InstanceRoll> roll) {

  /**
   * One named value of a stage.
   *
   * @param label the name for people, e.g. {@code Signer power}
   * @param value the value, grouped when a number
   * @param copyable whether it is a long identifier (hex, CID) to show shortened and copyable
   */
  public record DetailRow(String label, String value, boolean copyable) {}

  /**
   * The red box of a failed stage.
   *
   * @param headline e.g. {@code Instance 37 failed at quorum: …}
   * @param concrete the failure with its numbers
   * @param meaning what it means for an operator
   */
  public record FailureNote(String headline, String concrete, String meaning) {}

  /** A long hex value shown whole, e.g. the aggregate key. */
  public record HexValue(String title, String hex, String what) {}

  /**
   * The changes a certificate makes to the power table.
   *
   * @param rows one per change
   * @param entriesBefore table size before
   * @param entriesAfter table size after, or empty when the delta did not apply
   */
  public record DeltaTable(List<DeltaRow> rows, String entriesBefore, String entriesAfter) {}

  /**
   * One power-table change.
   *
   * @param participant {@code f0…}
   * @param delta the signed change in binary units
   * @param exactDelta the exact change in bytes
   * @param newKey the new worker key, or empty when it does not change
   */
  public record DeltaRow(String participant, String delta, String exactDelta, String newKey) {}

  /** The next-table CID the certificate commits to and the one computed from the delta. */
  public record CidComparison(String expected, String computed) {
    public boolean equal() {
      return expected.equals(computed);
    }

    /** The position of the first character that differs, or -1 when they are equal. */
    public int firstDifference() {
      int common = Math.min(expected.length(), computed.length());
      for (int i = 0; i < common; i++) {
        if (expected.charAt(i) != computed.charAt(i)) {
          return i;
        }
      }
      return expected.length() == computed.length() ? -1 : common;
    }
  }
}
