package io.f3console.app.ui.certificates;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.inspect.CertificateStatus;
import java.util.Optional;

/**
 * One line of the certificate list, ready to show.
 *
 * @param index the certificate's position in the loaded chain
 * @param instance the instance, grouped
 * @param status its status, empty when the chain was not validated
 * @param statusText icon and word, e.g. {@code ✔ valid}
 * @param tone the status colour
 * @param epochs the chain's epochs, base to head
 * @param signers the signer count, with the committee size when known
 */
public record CertificateRow(
    int index,
    String instance,
    Optional<CertificateStatus> status,
    String statusText,
    Tone tone,
    String epochs,
    String signers) {}
