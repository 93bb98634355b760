package io.f3console.core.bitfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vectors of {@code vectors/rleplus/vectors.json}, in every direction that applies. */
class RlePlusVectorTest {
  static List<RlePlusVectors.Canonical> canonical() {
    return RlePlusVectors.canonical();
  }

  static List<RlePlusVectors.Accepted> nonCanonical() {
    return RlePlusVectors.nonCanonical();
  }

  static List<RlePlusVectors.Rejected> rejected() {
    return RlePlusVectors.rejected();
  }

  static List<RlePlusVectors.AcceptedRunLengths> runLengths() {
    return RlePlusVectors.runLengths();
  }

  static List<RlePlusVectors.RejectedRunLengths> rejectedRunLengths() {
    return RlePlusVectors.rejectedRunLengths();
  }

  @Test
  void includesReferenceVectorOfGoBitfield() {
    assertThat(canonical())
        .filteredOn(vector -> vector.source().equals("go-bitfield"))
        .singleElement()
        .satisfies(
            vector -> {
              assertThat(HexFormat.of().formatHex(vector.bytes())).isEqualTo("7c472202");
              assertThat(vector.set().toArray(100))
                  .containsExactly(
                      0, 2, 4, 5, 6, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                      27);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void decodesCanonicalVector(RlePlusVectors.Canonical vector) throws Exception {
    assertThat(RlePlus.decode(vector.bytes())).isEqualTo(vector.set());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void encodesCanonicalVector(RlePlusVectors.Canonical vector) {
    assertThat(HexFormat.of().formatHex(RlePlus.encode(vector.set())))
        .isEqualTo(HexFormat.of().formatHex(vector.bytes()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void writesRunLengthsOfCanonicalVector(RlePlusVectors.Canonical vector) {
    assertThat(RlePlus.toRunLengths(vector.set())).containsExactly(vector.runLengths());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void readsRunLengthsOfCanonicalVector(RlePlusVectors.Canonical vector) throws Exception {
    assertThat(RlePlus.fromRunLengths(vector.runLengths())).isEqualTo(vector.set());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void printsSetInVectorNotation(RlePlusVectors.Canonical vector) {
    assertThat(SetNotation.parse(vector.set().toString())).isEqualTo(vector.set());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonCanonical")
  void acceptsNonCanonicalEncoding(RlePlusVectors.Accepted vector) throws Exception {
    Bitfield decoded = RlePlus.decode(vector.bytes());

    assertThat(decoded).isEqualTo(vector.set());
    assertThat(RlePlus.encode(decoded)).isNotEqualTo(vector.bytes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsInvalidEncoding(RlePlusVectors.Rejected vector) {
    assertThatThrownBy(() -> RlePlus.decode(vector.bytes()))
        .isInstanceOf(BitfieldDecodingException.class)
        .hasMessageStartingWith("RLE+ bitfield: ")
        .hasMessageContaining(vector.messageContains());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runLengths")
  void acceptsNonCanonicalRunLengths(RlePlusVectors.AcceptedRunLengths vector) throws Exception {
    Bitfield read = RlePlus.fromRunLengths(vector.runLengths());

    assertThat(read).isEqualTo(vector.set());
    assertThat(RlePlus.toRunLengths(read)).isNotEqualTo(vector.runLengths());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedRunLengths")
  void rejectsInvalidRunLengths(RlePlusVectors.RejectedRunLengths vector) {
    assertThatThrownBy(() -> RlePlus.fromRunLengths(vector.runLengths()))
        .isInstanceOf(BitfieldDecodingException.class)
        .hasMessageStartingWith("bitfield run lengths: ")
        .hasMessageContaining(vector.messageContains());
  }
}
