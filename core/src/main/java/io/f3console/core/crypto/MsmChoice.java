package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.nativeblst.NativeBackend;
import java.util.Locale;

/**
 * The default multiplication of {@link BdnCommittee#aggregate(int[])}, decided once: the system
 * property {@value BdnCommittee#MSM_PROPERTY} ({@code native}, {@code java}) if set, else native
 * blst when it loads, else Java.
 */
record MsmChoice(MsmMethod method, String description) {

  private static final class Holder {
    static final MsmChoice CHOICE = decide(System.getProperty(BdnCommittee.MSM_PROPERTY));
  }

  static MsmChoice current() {
    return Holder.CHOICE;
  }

  static MsmChoice decide(String property) {
    String forced = property == null ? "" : property.trim().toLowerCase(Locale.ROOT);
    String nativeDescription = "native blst_p1s_mult_pippenger (" + nativeStatus() + ")";
    String javaDescription = "java bucket method over jblst";
    switch (forced) {
      case "native":
        return new MsmChoice(
            MsmMethod.NATIVE, nativeDescription + ", forced by " + BdnCommittee.MSM_PROPERTY);
      case "java":
        return new MsmChoice(
            MsmMethod.JAVA, javaDescription + ", forced by " + BdnCommittee.MSM_PROPERTY);
      case "":
        break;
      default:
        javaDescription += " (ignoring unknown " + BdnCommittee.MSM_PROPERTY + "=" + property + ")";
        nativeDescription +=
            " (ignoring unknown " + BdnCommittee.MSM_PROPERTY + "=" + property + ")";
        break;
    }
    return nativeAvailable()
        ? new MsmChoice(MsmMethod.NATIVE, nativeDescription)
        : new MsmChoice(MsmMethod.JAVA, javaDescription + "; " + nativeStatus());
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
