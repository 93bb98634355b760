package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.snapshot.F3SnapshotHeader;
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
record SnapshotScan(
    ImportCheckResult check,
    long certificateBlocks,
    long f3Bytes,
    int headerLength,
    int largestBlock,
    long blocksWithTrailingBytes,
    Cid snapshotCid,
    Optional<Cid> expectedCid) {

  static SnapshotScan run(
      SnapshotFile file, Optional<ImportExpectations> manifest, ProgressOptions.Reporter progress)
      throws F3Exception {
    try (F3SnapshotReader reader = file.openF3()) {
      ImportCheckResult check = new F3SnapshotImportCheck(manifest).check(reader, progress);
      while (reader.skip()) {
        // Only the totals are wanted from here on.
      }
      return new SnapshotScan(
          check,
          reader.certificateBlocks(),
          reader.position(),
          reader.headerLength(),
          reader.largestCertificateBlock(),
          reader.blocksWithTrailingBytes(),
          reader.snapshotCid().orElseThrow(),
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

  /**
   * Writes what the pass found into a session: the header's initial table (kept), the totals, the
   * snapshot CID against the CAR's, and the import check, whose problem is the reason.
   */
  void record(SessionRecord.Builder session) {
    F3SnapshotHeader header = check.header();
    session.table(
        "initial power table", Optional.of(header.firstInstance()), header.initialPowerTable());
    session.fact(
        "instances",
        Long.toUnsignedString(header.firstInstance())
            + " to "
            + Long.toUnsignedString(header.latestInstance())
            + " ("
            + header.declaredCertificates()
            + " certificates announced)");
    session.fact(
        "initial power table",
        header.initialPowerTable().size() + " entries, CID " + header.initialPowerTableCid());
    session.fact("certificate blocks", certificateBlocks);
    session.fact("F3 snapshot bytes", f3Bytes);
    session.cid(
        expectedCid.isPresent()
            ? RecordedCid.compared(
                "F3 snapshot against the CAR's F3Data CID", snapshotCid, expectedCid.get())
            : RecordedCid.computed("F3 snapshot", snapshotCid));
    check.lastInstance().ifPresent(session::instanceReached);
    if (check.passed()) {
      session.fact(
          "import check", "passed: " + check.powerTableChecks() + " power-table checkpoints");
      check
          .finalPowerTableCid()
          .ifPresent(
              cid ->
                  session.cid(RecordedCid.computed("power table after the last certificate", cid)));
    } else {
      session.fact(
          "import check", "FAILED, " + check.problem().orElseThrow() + ": " + check.message());
      session.reason(check.problem().orElseThrow().name());
    }
    if (check.passed() && !cidMatches()) {
      session.reason("F3DATA_CID_MISMATCH");
    }
  }

  /** One sentence on the pass, for a session's summary. */
  String summary() {
    F3SnapshotHeader header = check.header();
    String range =
        "instances "
            + Long.toUnsignedString(header.firstInstance())
            + " to "
            + Long.toUnsignedString(header.latestInstance())
            + ", initial power table "
            + header.initialPowerTableCid();
    if (!check.passed()) {
      return "Import check FAILED ("
          + check.problem().orElseThrow()
          + "): "
          + check.message()
          + "; "
          + range;
    }
    return cidMatches()
        ? "Import check passed; " + range
        : "The F3 data hashes to "
            + snapshotCid
            + ", not to the CAR's F3Data CID "
            + expectedCid.orElseThrow()
            + "; "
            + range;
  }

  /**
   * Adds what the pass found to a command's JSON: {@code header}, the totals, {@code snapshotCid},
   * {@code f3DataCid} and {@code f3DataCidMatches} (null for a bare F3 snapshot) and {@code
   * importCheck}.
   */
  JsonFields addTo(JsonFields json) {
    json.object("header", SnapshotJson.header(check.header()))
        .number("certificateBlocks", certificateBlocks)
        .number("f3Bytes", f3Bytes)
        .number("headerBlockBytes", headerLength)
        .number("largestCertificateBlockBytes", largestBlock)
        .number("blocksWithTrailingBytes", blocksWithTrailingBytes)
        .cid("snapshotCid", snapshotCid)
        .cid("f3DataCid", expectedCid);
    return json.bool("f3DataCidMatches", expectedCid.map(expected -> cidMatches()))
        .object("importCheck", SnapshotJson.importCheck(check));
  }

  /** The keys of {@link #addTo}, each null: a file without F3 data to scan. */
  static JsonFields addAbsent(JsonFields json) {
    for (String key :
        new String[] {
          "header",
          "certificateBlocks",
          "f3Bytes",
          "headerBlockBytes",
          "largestCertificateBlockBytes",
          "blocksWithTrailingBytes",
          "snapshotCid",
          "f3DataCid",
          "f3DataCidMatches",
          "importCheck"
        }) {
      json.nothing(key);
    }
    return json;
  }

  void print(PrintWriter out) {
    F3SnapshotHeader header = check.header();
    out.println(
        "F3 header      version "
            + header.version()
            + ", instances "
            + Long.toUnsignedString(header.firstInstance())
            + "–"
            + Long.toUnsignedString(header.latestInstance())
            + " ("
            + header.declaredCertificates()
            + " certificates announced)");
    out.println(
        "Initial table  "
            + header.initialPowerTable().size()
            + " entries, CID "
            + header.initialPowerTableCid());
    out.printf(
        "Certificates   %,d blocks, the largest %,d bytes; header block %,d bytes;"
            + " %,d bytes in all%n",
        certificateBlocks, largestBlock, headerLength, f3Bytes);
    if (blocksWithTrailingBytes > 0) {
      out.println(
          "Note           "
              + blocksWithTrailingBytes
              + " blocks hold bytes after their"
              + " CBOR value (go-f3 ignores them)");
    }
    if (check.passed()) {
      out.println(
          "Import check   passed: instances follow on to the latest, "
              + check.powerTableChecks()
              + " power-table checkpoints, final table "
              + check.finalPowerTableCid().map(Cid::toString).orElse("?"));
    } else {
      out.println(
          "Import check   FAILED, " + check.problem().orElseThrow() + ": " + check.message());
      out.println("  What it means: " + check.problem().orElseThrow().meaning());
    }
    out.println(
        "Snapshot CID   "
            + snapshotCid
            + expectedCid
                .map(
                    cid ->
                        cidMatches()
                            ? " (the F3Data CID: matches)"
                            : " — DIFFERS from the F3Data CID " + cid + " (F3Data CID mismatch)")
                .orElse(""));
  }
}
