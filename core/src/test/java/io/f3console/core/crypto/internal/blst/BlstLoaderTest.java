package io.f3console.core.crypto.internal.blst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.crypto.internal.BackendUnavailableException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BlstLoaderTest {

  @Test
  void loadsTheBundledNativeLibrary() throws Exception {
    BlstLoader.Outcome outcome = BlstLoader.load(BlstLoader.JNI_CLASS_NAME);

    assertThat(outcome.failure()).isEmpty();
    outcome.throwIfFailed();
    assertThat(BlstLoader.isLoaded()).isTrue();
    assertThat(BlstBackend.isAvailable()).isTrue();
  }

  @Test
  void reportsAMissingLibraryAsTheBackendsOwnExceptionWithAnOperatorFacingMessage() {
    BlstLoader.Outcome outcome = BlstLoader.load("supranational.blst.NoSuchJniClass");

    assertThat(outcome.failure()).isPresent();
    assertThatThrownBy(outcome::throwIfFailed)
        .isInstanceOf(BackendUnavailableException.class)
        .hasMessageContaining("BLS native library")
        .hasMessageContaining(System.getProperty("os.arch"))
        .hasMessageContaining("ClassNotFoundException")
        .hasMessageContaining("java.io.tmpdir")
        .hasCauseInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void decodesTheGeneratorAndAPointOutsideTheSubgroup() throws Exception {
    byte[] generator =
        HexFormat.of()
            .parseHex(
                "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb");
    byte[] xFour = new byte[48];
    xFour[0] = (byte) 0x80;
    xFour[47] = 4;

    assertThat(BlstBackend.decodeCompressedG1(generator))
        .isEqualTo(BlstBackend.G1Decoding.IN_SUBGROUP);
    assertThat(BlstBackend.decodeCompressedG1(xFour))
        .isEqualTo(BlstBackend.G1Decoding.OUTSIDE_SUBGROUP);
  }
}
