package io.f3console.app.ui.certificates;

import io.f3console.app.ui.controls.Tone;

/**
 * The facts of the selected certificate, above its stages.
 *
 * @param title e.g. {@code Instance 37}
 * @param statusText icon and word
 * @param tone the status colour
 * @param epochs base to head epoch
 * @param tipsets how many tipsets the chain holds
 * @param signers signers over committee size
 * @param nextPowerTableCid the power-table CID its supplemental data commits to, or empty
 * @param note one sentence on where the certificate stands
 */
public record CertificateHeader(
    String title,
    String statusText,
    Tone tone,
    String epochs,
    String tipsets,
    String signers,
    String nextPowerTableCid,
    String note) {}
