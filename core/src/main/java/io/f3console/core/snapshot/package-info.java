/**
 * F3 snapshots and the CAR files that carry them: the varint-framed F3 snapshot of FRC-0108
 * (header, then one certificate per block; {@link io.f3console.core.snapshot.F3SnapshotReader},
 * {@link io.f3console.core.snapshot.F3SnapshotWriter}), go-f3's import checks ({@link
 * io.f3console.core.snapshot.F3SnapshotImportCheck}), CARv1 and CARv2 files with every block
 * checked against its CID ({@link io.f3console.core.snapshot.CarReader}, {@link
 * io.f3console.core.snapshot.CarWriter}) and Filecoin v2 snapshots whose second block is F3 data
 * ({@link io.f3console.core.snapshot.CarSnapshot}). Everything streams: a snapshot of millions of
 * certificates is read one block at a time.
 */
package io.f3console.core.snapshot;
