package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.validation.CertificateStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The snapshot outputs of {@code simulate}: an F3 snapshot and/or a Filecoin v2 snapshot CAR (CARv1
 * container, with the initial power table as an extra block), written from certificates as they are
 * generated. With both, the F3 snapshot just written is copied into the CAR, so the certificates
 * are generated once.
 *
 * @param f3snap the F3 snapshot written, if asked
 * @param car the CAR written, if asked
 * @param finalPowerTableCid the table the last certificate commits to
 */
record SimulatedSnapshots(
    Optional<SnapshotExport.Exported> f3snap,
    Optional<SnapshotExport.Exported> car,
    Optional<Cid> finalPowerTableCid) {

  static SimulatedSnapshots write(
      Optional<Path> f3snap,
      Optional<Path> car,
      F3SnapshotHeader header,
      CertificateStream certificates,
      SnapshotExport.Progress progress)
      throws F3Exception {
    FinalityCertificate[] last = new FinalityCertificate[1];
    CertificateStream tracked =
        () -> {
          Optional<FinalityCertificate> next = certificates.next();
          next.ifPresent(certificate -> last[0] = certificate);
          return next;
        };
    Optional<SnapshotExport.Exported> snapshot = Optional.empty();
    Optional<SnapshotExport.Exported> carFile = Optional.empty();
    if (f3snap.isPresent()) {
      snapshot =
          Optional.of(SnapshotExport.writeF3Snapshot(f3snap.get(), header, tracked, progress));
      if (car.isPresent()) {
        carFile =
            Optional.of(
                SnapshotExport.wrapInCar(car.get(), CarWriter.Format.V1, snapshot.get(), true));
      }
    } else if (car.isPresent()) {
      carFile =
          Optional.of(
              SnapshotExport.writeCar(
                  car.get(), CarWriter.Format.V1, header, tracked, true, progress));
    }
    Optional<Cid> finalCid =
        Optional.ofNullable(last[0])
            .flatMap(certificate -> certificate.supplementalData().powerTable());
    return new SimulatedSnapshots(snapshot, carFile, finalCid);
  }

  /** The F3 snapshot written, as JSON, if one was. */
  Optional<JsonFields> f3snapJson() {
    return f3snap.map(
        e ->
            JsonFields.object()
                .text("file", e.path().toString())
                .number("bytes", e.bytes())
                .cid("snapshotCid", e.snapshotCid()));
  }

  /** The CAR written, as JSON, if one was. */
  Optional<JsonFields> carJson() {
    return car.map(
        e ->
            JsonFields.object()
                .text("file", e.path().toString())
                .number("bytes", e.bytes())
                .cid("snapshotCid", e.snapshotCid())
                .cid("rootCid", e.rootCid()));
  }

  void print(PrintWriter text) {
    f3snap.ifPresent(
        e ->
            text.printf(
                "  F3 snapshot      %s, %,d bytes, CID %s%n",
                e.path(), e.bytes(), e.snapshotCid()));
    car.ifPresent(
        e ->
            text.printf(
                "  v2 snapshot CAR  %s, %,d bytes, root %s%n",
                e.path(), e.bytes(), e.rootCid().map(Cid::toString).orElse("?")));
  }
}
