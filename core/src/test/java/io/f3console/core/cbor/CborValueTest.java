package io.f3console.core.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CborValueTest {

  @Test
  void integersExposeTheirMathematicalValue() {
    assertThat(new CborValue.UnsignedInteger(-1L).value())
        .isEqualTo(BigInteger.TWO.pow(64).subtract(BigInteger.ONE));
    assertThat(new CborValue.NegativeInteger(0).value()).isEqualTo(BigInteger.valueOf(-1));
    assertThat(new CborValue.NegativeInteger(-1L).value())
        .isEqualTo(BigInteger.TWO.pow(64).negate());
    assertThat(new CborValue.NegativeInteger(Long.MAX_VALUE).value())
        .isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
  }

  @Test
  void byteStringCopiesInAndOutAndComparesContents() {
    byte[] bytes = {1, 2};
    CborValue.ByteString value = new CborValue.ByteString(bytes);
    bytes[0] = 9;
    value.bytes()[1] = 9;

    assertThat(value.bytes()).containsExactly(1, 2);
    assertThat(value.length()).isEqualTo(2);
    assertThat(value)
        .isEqualTo(new CborValue.ByteString(new byte[] {1, 2}))
        .hasSameHashCodeAs(new CborValue.ByteString(new byte[] {1, 2}))
        .isNotEqualTo(new CborValue.ByteString(new byte[] {1}))
        .hasToString("h'0102'");
  }

  @Test
  void float64ComparesRawBits() {
    assertThatThrownBy(() -> new CborValue.Float64(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CborValue.Float64(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CborValue.Float64(0.0)).isNotEqualTo(new CborValue.Float64(-0.0));
    assertThat(new CborValue.Float64(1.5))
        .isEqualTo(new CborValue.Float64(1.5))
        .hasSameHashCodeAs(new CborValue.Float64(1.5));
  }

  @Test
  void containersCopyTheirLists() {
    List<CborValue> items = new ArrayList<>(List.of(CborValue.Null.INSTANCE));
    CborValue.Array array = new CborValue.Array(items);
    items.add(new CborValue.Bool(true));

    assertThat(array.items()).hasSize(1);
    assertThatThrownBy(() -> array.items().add(CborValue.Null.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mapValueLooksUpKeys() {
    CborValue.MapValue map =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("a", new CborValue.UnsignedInteger(1)),
                new CborValue.Entry("b", new CborValue.TextString("x"))));

    assertThat(map.get("b")).isEqualTo(new CborValue.TextString("x"));
    assertThat(map.get("c")).isNull();
  }

  @Test
  void refusesNullComponents() {
    assertThatThrownBy(() -> new CborValue.TextString(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CborValue.Entry(null, CborValue.Null.INSTANCE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CborValue.Entry("a", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CborValue.Link(null)).isInstanceOf(NullPointerException.class);
  }
}
