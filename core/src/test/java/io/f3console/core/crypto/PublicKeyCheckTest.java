package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The value type's own rules: consistent facts, length and message validation. */
class PublicKeyCheckTest {

  @Test
  void validCheckStatesEveryFactAsTrue() {
    PublicKeyCheck check = new PublicKeyCheck(KeyStatus.VALID, 48, "fine");

    assertThat(check.isValid()).isTrue();
    assertThat(check.decodes()).isTrue();
    assertThat(check.onCurve()).contains(true);
    assertThat(check.inSubgroup()).contains(true);
    assertThat(check.notIdentity()).contains(true);
  }

  @Test
  void notOnCurveLeavesTheSubgroupUnknown() {
    PublicKeyCheck check = new PublicKeyCheck(KeyStatus.NOT_ON_CURVE, 48, "off the curve");

    assertThat(check.onCurve()).contains(false);
    assertThat(check.inSubgroup()).isEqualTo(Optional.empty());
    assertThat(check.notIdentity()).contains(true);
  }

  @ParameterizedTest
  @EnumSource(value = KeyStatus.class, names = "WRONG_LENGTH", mode = EnumSource.Mode.EXCLUDE)
  void statusesOtherThanWrongLengthRequire48Bytes(KeyStatus status) {
    assertThatThrownBy(() -> new PublicKeyCheck(status, 47, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("47");
  }

  @Test
  void wrongLengthCannotClaim48Bytes() {
    assertThatThrownBy(() -> new PublicKeyCheck(KeyStatus.WRONG_LENGTH, 48, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeLengthBlankAndMultiLineMessages() {
    assertThatThrownBy(() -> new PublicKeyCheck(KeyStatus.WRONG_LENGTH, -1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicKeyCheck(KeyStatus.VALID, 48, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicKeyCheck(KeyStatus.VALID, 48, "one\ntwo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicKeyCheck(null, 48, "x"))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @EnumSource(KeyStatus.class)
  void onlyWellFormedStatusesHaveCurveFacts(KeyStatus status) {
    assertThat(status.onCurve().isPresent()).isEqualTo(status.decodes());
    assertThat(status.notIdentity().isPresent()).isEqualTo(status.decodes());
    if (status.inSubgroup().isPresent()) {
      assertThat(status.onCurve()).contains(true);
    }
  }
}
