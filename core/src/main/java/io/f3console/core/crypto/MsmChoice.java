package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.util.Locale;

/**
 * The one place the {@link SignatureVerifier#chosen() chosen} verifier (and with it the default
 * multiplication of {@link BdnCommittee#aggregate(int[])}) is decided, once: the system property
 * {@value SignatureVerifier#MSM_PROPERTY} ({@code native}, {@code java}) if set, else native blst
 * when it loads, else Java.
 */
record MsmChoice(MsmMethod method, String description) {
  /** What the Java path is, for an operator. */
  static final String JAVA_DESCRIPTION = "java bucket method over jblst";

  private static final String PROPERTY = SignatureVerifier.MSM_PROPERTY;

  private static final class Holder {
    static final MsmChoice CHOICE = decide(System.getProperty(PROPERTY));
    static final SignatureVerifier VERIFIER = CHOICE.newVerifier();
  }

  static MsmChoice current() {
    return Holder.CHOICE;
  }

  static MsmChoice decide(String property) {
    String forced = property == null ? "" : property.trim().toLowerCase(Locale.ROOT);
    String nativeDescription = nativeDescription();
    String javaDescription = JAVA_DESCRIPTION;
    switch (forced) {
      case "native":
        return new MsmChoice(MsmMethod.NATIVE, nativeDescription + ", forced by " + PROPERTY);
      case "java":
        return new MsmChoice(MsmMethod.JAVA, javaDescription + ", forced by " + PROPERTY);
      case "":
        break;
      default:
        javaDescription += " (ignoring unknown " + PROPERTY + "=" + property + ")";
        nativeDescription += " (ignoring unknown " + PROPERTY + "=" + property + ")";
        break;
    }
    return nativeAvailable()
        ? new MsmChoice(MsmMethod.NATIVE, nativeDescription)
        : new MsmChoice(MsmMethod.JAVA, javaDescription + "; " + nativeStatus());
  }

  /** The verifier of the process-wide choice (one instance). */
  SignatureVerifier verifier() {
    return this == Holder.CHOICE ? Holder.VERIFIER : newVerifier();
  }

  private SignatureVerifier newVerifier() {
    return method == MsmMethod.NATIVE
        ? new NativeBlstVerifier(description)
        : new JblstVerifier(description);
  }

  /** What the native path is and whether it loads, for an operator. */
  static String nativeDescription() {
    return "native blst_p1s_mult_pippenger (" + nativeStatus() + ")";
  }

  static boolean nativeAvailable() {
    try {
      return NativeBackend.isAvailable();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** Fails with the reason when native blst cannot be called (JNA absent included). */
  static void requireNative() throws BlsException {
    if (!nativeAvailable()) {
      throw new BlsException(nativeStatus());
    }
  }

  private static String nativeStatus() {
    try {
      return NativeBackend.description();
    } catch (LinkageError e) {
      return "native blst not usable: " + e;
    }
  }
}
