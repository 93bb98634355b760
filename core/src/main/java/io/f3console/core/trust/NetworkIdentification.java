package io.f3console.core.trust;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Says which known network data belongs to, when signatures fail at the first certificate: a wrong
 * network name makes every signature fail exactly as a forgery would, so before calling
 * certificates forged, try the other known networks' F3 names on the first certificate and look the
 * table up among the known initial tables.
 */
public final class NetworkIdentification {
  private final NetworkProfiles known;

  public NetworkIdentification(NetworkProfiles known) {
    this.known = Objects.requireNonNull(known, "known");
  }

  /** Identification against the built-in profiles. */
  public static NetworkIdentification builtIn() {
    return new NetworkIdentification(NetworkProfiles.builtIn());
  }

  /** How the data was found to belong to another network. */
  public enum Evidence {
    /** The first certificate's signature verifies under the other network's F3 name. */
    CERTIFICATE_SIGNED_FOR,
    /** The table is the other network's initial power table (signatures not conclusive). */
    TABLE_IS_INITIAL_OF
  }

  /**
   * What was found.
   *
   * @param network the profile key of the network the data belongs to
   * @param f3NetworkName that network's F3 name
   * @param evidence how it was found
   * @param sentence one sentence for a person
   */
  public record Finding(String network, String f3NetworkName, Evidence evidence, String sentence) {
    public Finding {
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(f3NetworkName, "f3NetworkName");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /**
   * Identifies the data of a validation that failed, if the failure is a bad signature on the first
   * certificate; otherwise (or when nothing is found) empty.
   *
   * @param checked the F3 network name the validation used
   * @param result the validation's result
   * @param table the starting table
   * @param first the first certificate
   * @param start the trust of the starting table
   */
  public Optional<Finding> identify(
      String checked,
      ValidationResult result,
      PowerTable table,
      Optional<FinalityCertificate> first,
      Trust start)
      throws InterruptedException {
    Objects.requireNonNull(checked, "checked");
    boolean signatureAtFirst =
        result
            .failure()
            .filter(f -> f.reason() == FailureReason.INVALID_SIGNATURE)
            .filter(f -> f.instance() == result.firstInstance())
            .isPresent();
    if (!signatureAtFirst || first.isEmpty()) {
      return Optional.empty();
    }
    for (NetworkProfile profile : known.all()) {
      if (profile.f3NetworkName().equals(checked)) {
        continue;
      }
      if (signs(profile.f3NetworkName(), table, result.firstInstance(), first.get())) {
        return Optional.of(
            new Finding(
                profile.key(),
                profile.f3NetworkName(),
                Evidence.CERTIFICATE_SIGNED_FOR,
                "Certificate "
                    + Long.toUnsignedString(first.get().instance())
                    + " is signed for "
                    + profile.key()
                    + " (F3 network "
                    + profile.f3NetworkName()
                    + "), not for \""
                    + checked
                    + "\": the data is "
                    + profile.key()
                    + "'s; choose that network."));
      }
    }
    Optional<NetworkProfile> owner = start.belongsTo().flatMap(known::byKey);
    return owner.map(
        profile ->
            new Finding(
                profile.key(),
                profile.f3NetworkName(),
                Evidence.TABLE_IS_INITIAL_OF,
                "The starting table is the initial power table of "
                    + profile.key()
                    + " (F3 network "
                    + profile.f3NetworkName()
                    + "), not of \""
                    + checked
                    + "\"."));
  }

  private static boolean signs(
      String f3Name, PowerTable table, long instance, FinalityCertificate certificate)
      throws InterruptedException {
    try {
      ValidationResult trial =
          new CertificateValidator(f3Name, ValidatorOptions.withThreads(1))
              .validate(
                  table,
                  instance,
                  Optional.empty(),
                  CertificateStream.of(List.of(certificate)),
                  ValidationListener.NONE);
      return trial.valid()
          || trial
              .failure()
              .filter(
                  f ->
                      f.reason() != FailureReason.INVALID_SIGNATURE
                          && f.stage().ordinal()
                              > FailureReason.INVALID_SIGNATURE.stage().ordinal())
              .isPresent();
    } catch (F3Exception e) {
      return false;
    }
  }
}
