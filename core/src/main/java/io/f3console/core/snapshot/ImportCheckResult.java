package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import io.f3console.core.validation.Detail;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link F3SnapshotImportCheck}: whether go-f3 would import the snapshot and, if
 * not, the first problem with go-f3's message.
 *
 * @param header the snapshot's header
 * @param problem the first problem; empty when the snapshot passes
 * @param message go-f3's error text for the problem; empty when it passes
 * @param details named values about the problem (instances, CIDs)
 * @param certificates how many certificates were read
 * @param lastInstance the instance of the last certificate read, if any
 * @param finalPowerTableCid the CID of the table rebuilt after the last certificate, when every
 *     certificate was read
 * @param powerTableChecks how many rebuilt tables were compared with a certificate's CID
 * @param snapshotCid the snapshot's CID, when the whole stream was read
 */
public record ImportCheckResult(
    F3SnapshotHeader header,
    Optional<ImportProblem> problem,
    String message,
    List<Detail> details,
    long certificates,
    Optional<Long> lastInstance,
    Optional<Cid> finalPowerTableCid,
    long powerTableChecks,
    Optional<Cid> snapshotCid) {
  public ImportCheckResult {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
    Objects.requireNonNull(lastInstance, "lastInstance");
    Objects.requireNonNull(finalPowerTableCid, "finalPowerTableCid");
    Objects.requireNonNull(snapshotCid, "snapshotCid");
  }

  /** Whether go-f3 would import the snapshot. */
  public boolean passed() {
    return problem.isEmpty();
  }
}
