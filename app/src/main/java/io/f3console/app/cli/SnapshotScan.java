package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.F3SnapshotImportCheck;
import io.f3console.core.snapshot.F3SnapshotReader;
import io.f3console.core.snapshot.ImportCheckResult;
import io.f3console.core.snapshot.ImportExpectations;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * One streaming pass over a snapshot's F3 data: go-f3's import check, then (if it stopped early)
 * the rest of the blocks, so that the totals and the snapshot CID are always of the whole file.
 *
 * @param check go-f3's import check
 * @param certificateBlocks every certificate block in the file
 * @param f3Bytes the F3 snapshot's length
 * @param headerLength the header block's length
 * @param largestBlock the longest certificate block
 * @param blocksWithTrailingBytes blocks with bytes after their CBOR value
 * @param snapshotCid the F3 snapshot's CID
 * @param expectedCid the CID the CAR's metadata names for it, for a CAR
 */
record SnapshotScan(ImportCheckResult check, long certificateBlocks, long f3Bytes,
    int headerLength, int largestBlock, long blocksWithTrailingBytes, Cid snapshotCid,
    Optional<Cid> expectedCid) {

  static SnapshotScan run(SnapshotFile file, Optional<ImportExpectations> manifest,
      ProgressOptions.Reporter progress) throws F3Exception {
    try (F3SnapshotReader reader = file.openF3()) {
      ImportCheckResult check = new F3SnapshotImportCheck(manifest).check(reader, progress);
      while (reader.skip()) {
        // Only the totals are wanted from here on.
      }
      return new SnapshotScan(check, reader.certificateBlocks(), reader.position(),
          reader.headerLength(), reader.largestCertificateBlock(),
          reader.blocksWithTrailingBytes(), reader.snapshotCid().orElseThrow(),
          file.expectedCid());
    } catch (IOException e) {
      throw new F3Exception(file.path() + ": cannot close: " + e.getMessage(), e);
    }
  }

  /** Whether the F3 data hashes to the CID the CAR names (true for a bare F3 snapshot). */
  boolean cidMatches() {
    return expectedCid.map(snapshotCid::equals).orElse(true);
  }

  /** Whether go-f3 would import it and, for a CAR, Lotus would accept its F3 block. */
  boolean passed() {
    return check.passed() && cidMatches();
  }

  ObjectNode toJson() {
    ObjectNode node = JsonOutput.object();
    node.set("header", SnapshotJson.header(check.header()));
    node.put("certificateBlocks", certificateBlocks);
    node.put("f3Bytes", f3Bytes);
    node.put("headerBlockBytes", headerLength);
    node.put("largestCertificateBlockBytes", largestBlock);
    node.put("blocksWithTrailingBytes", blocksWithTrailingBytes);
    node.put("snapshotCid", snapshotCid.toString());
    expectedCid.ifPresent(cid -> node.put("f3DataCid", cid.toString())
        .put("f3DataCidMatches", cidMatches()));
    node.set("importCheck", SnapshotJson.importCheck(check));
    return node;
  }

  void print(PrintWriter out) {
    var header = check.header();
    out.println("F3 header      version " + header.version() + ", instances "
        + Long.toUnsignedString(header.firstInstance()) + "–"
        + Long.toUnsignedString(header.latestInstance()) + " ("
        + header.declaredCertificates() + " certificates announced)");
    out.println("Initial table  " + header.initialPowerTable().size() + " entries, CID "
        + header.initialPowerTableCid());
    out.printf("Certificates   %,d blocks, the largest %,d bytes; header block %,d bytes;"
        + " %,d bytes in all%n", certificateBlocks, largestBlock, headerLength, f3Bytes);
    if (blocksWithTrailingBytes > 0) {
      out.println("Note           " + blocksWithTrailingBytes + " blocks hold bytes after their"
          + " CBOR value (go-f3 ignores them)");
    }
    if (check.passed()) {
      out.println("Import check   passed: instances follow on to the latest, "
          + check.powerTableChecks() + " power-table checkpoints, final table "
          + check.finalPowerTableCid().map(Cid::toString).orElse("?"));
    } else {
      out.println("Import check   FAILED, " + check.problem().orElseThrow() + ": "
          + check.message());
      out.println("  What it means: " + check.problem().orElseThrow().meaning());
    }
    out.println("Snapshot CID   " + snapshotCid + expectedCid.map(cid -> cidMatches()
        ? " (the F3Data CID: matches)"
        : " — DIFFERS from the F3Data CID " + cid + " (F3Data CID mismatch)").orElse(""));
  }
}
