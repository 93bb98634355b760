package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.BackendUnavailableException;

/** The one place the facade turns a backend's "cannot run here" into its {@link BlsException}. */
final class BackendCalls {
  private BackendCalls() {}

  /** A call into a backend. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws BackendUnavailableException;
  }

  static <T> T call(Call<T> call) throws BlsException {
    try {
      return call.run();
    } catch (BackendUnavailableException e) {
      throw new BlsException(e.getMessage(), e);
    }
  }
}
