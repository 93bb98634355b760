package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import io.f3console.core.crypto.internal.BackendUnavailableException;
import org.junit.jupiter.api.Test;

class BackendCallsTest {
  @Test
  void aBackendThatCannotRunBecomesTheFacadesBlsExceptionWithItsMessage() {
    BackendUnavailableException unusable =
        new BackendUnavailableException("the BLS native library is not usable on riscv64");

    assertThatThrownBy(
            () ->
                BackendCalls.call(
                    () -> {
                      throw unusable;
                    }))
        .isInstanceOf(BlsException.class)
        .isInstanceOf(F3Exception.class)
        .hasMessage("the BLS native library is not usable on riscv64")
        .hasCause(unusable);
  }

  @Test
  void aBackendThatAnswersIsPassedThrough() throws Exception {
    assertThat(BackendCalls.call(() -> 42)).isEqualTo(42);
  }
}
