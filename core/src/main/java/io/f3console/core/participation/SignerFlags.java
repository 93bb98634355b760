package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;

/** Which members of an instance's committee signed its certificate, by committee index. */
public final class SignerFlags {
  private SignerFlags() {}

  /**
   * One flag per member of {@code committee}, set for those in the certificate's signers.
   *
   * @throws IllegalArgumentException if a signer index is outside the committee (never so for a
   *     validated certificate)
   */
  public static boolean[] of(FinalityCertificate certificate, PowerTable committee) {
    int size = committee.size();
    boolean[] signedBy = new boolean[size];
    certificate
        .signers()
        .forEach(
            index -> {
              if (index < 0 || index >= size) {
                throw new IllegalArgumentException(
                    "signer index "
                        + index
                        + " is outside the committee"
                        + " of "
                        + size
                        + " at instance "
                        + Long.toUnsignedString(certificate.instance()));
              }
              signedBy[(int) index] = true;
            });
    return signedBy;
  }
}
