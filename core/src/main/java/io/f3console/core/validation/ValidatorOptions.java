package io.f3console.core.validation;

/**
 * How a validation runs. None of these settings changes a verdict.
 *
 * @param threads how many threads check signatures; 1 checks them on the calling thread in strict
 *     go-f3 order
 * @param trace whether stage events carry their inputs and outputs (costs some formatting)
 * @param retainChain whether the result keeps every finalised tipset (go-f3 returns them; a chain
 *     of millions of certificates would not fit in memory, so it is optional)
 * @param maxInFlight how many certificates may wait for their signature check at once; bounds
 *     memory when certificates stream in
 * @param checkSignatures whether the BLS signatures are checked; without, a chain is only
 *     consistent, never proved
 */
public record ValidatorOptions(
    int threads, boolean trace, boolean retainChain, int maxInFlight, boolean checkSignatures) {
  /** Options that check signatures. */
  public ValidatorOptions(int threads, boolean trace, boolean retainChain, int maxInFlight) {
    this(threads, trace, retainChain, maxInFlight, true);
  }

  public ValidatorOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
    }
  }

  /** One thread per available processor, no trace, no retained chain. */
  public static ValidatorOptions defaults() {
    return withThreads(Runtime.getRuntime().availableProcessors());
  }

  /** The given number of threads, no trace, no retained chain. */
  public static ValidatorOptions withThreads(int threads) {
    return new ValidatorOptions(threads, false, false, Math.max(4, threads * 4));
  }

  public ValidatorOptions traced() {
    return new ValidatorOptions(threads, true, retainChain, maxInFlight, checkSignatures);
  }

  public ValidatorOptions retainingChain() {
    return new ValidatorOptions(threads, trace, true, maxInFlight, checkSignatures);
  }

  /**
   * The same options without the signature check: every other stage still runs, and the signature
   * stages are neither run nor reported. What passes is consistent, not proved.
   */
  public ValidatorOptions withoutSignatures() {
    return new ValidatorOptions(threads, trace, retainChain, maxInFlight, false);
  }
}
