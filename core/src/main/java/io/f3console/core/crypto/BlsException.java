package io.f3console.core.crypto;

import io.f3console.core.F3Exception;

/**
 * The BLS12-381 implementation cannot be used: in practice, the blst native library bundled in
 * jblst could not be loaded on this machine (unsupported operating system or processor, or a
 * temporary directory that does not allow executing the extracted library).
 *
 * <p>This is a checked exception on purpose: it is an environmental condition that the console
 * reports to the operator (with the hint in the message), not a programming error. An invalid
 * signature is never an exception (it is a {@link SignatureCheck}); a key that must be usable but
 * is not (in a committee's key list, for example) is the subclass {@link
 * InvalidPublicKeyException}, while {@link Bls#checkPublicKey} reports keys as verdicts ({@link
 * KeyStatus}).
 */
public class BlsException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public BlsException(String message) {
    super(message);
  }

  public BlsException(String message, Throwable cause) {
    super(message, cause);
  }
}
