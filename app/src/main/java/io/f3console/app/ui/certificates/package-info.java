/**
 * The Certificates page: the loaded certificates with their status and, for the selected one,
 * go-f3's validation stages as a stepper with each stage's inputs, outputs, verdict and picture
 * (quorum bar, annotated signing payload, signers and absentees, CIDs compared), all from what the
 * workspace's inspection recorded ({@link io.f3console.app.ui.certificates.CertificatesViewModel},
 * {@link io.f3console.app.ui.certificates.StageDetails}); and the late-start dialog, which runs
 * core's {@code bootstrap.LateStart}. It builds on {@code ui}, {@code ui.context}, {@code
 * ui.controls}, {@code ui.workspace} and core; nothing depends on it but its FXML.
 */
package io.f3console.app.ui.certificates;
