package io.f3console.core.bitfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

class BitfieldTest {
  private static final long TWO_TO_60 = 1L << 60;

  @Test
  void emptySetHasNoIndexes() {
    Bitfield empty = Bitfield.empty();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.cardinality()).isZero();
    assertThat(empty.runs()).isEmpty();
    assertThat(empty.first()).isEmpty();
    assertThat(empty.last()).isEmpty();
    assertThat(empty.iterator().hasNext()).isFalse();
    assertThat(empty.toString()).isEqualTo("{}");
    assertThat(Bitfield.of()).isEqualTo(empty);
  }

  @Test
  void ofSortsAndMergesIndexesIntoRuns() {
    Bitfield set = Bitfield.of(9, 0, 2, 1, 8, 2, 0);

    assertThat(set.runs()).containsExactly(new Bitfield.Run(0, 3), new Bitfield.Run(8, 2));
    assertThat(set.toString()).isEqualTo("{0-2, 8-9}");
    assertThat(set.cardinality()).isEqualTo(5);
  }

  @Test
  void ordersIndexesAboveLongMaxValueAsUnsigned() {
    Bitfield set = Bitfield.of(-2L, Long.MIN_VALUE, 5, Long.MAX_VALUE);

    assertThat(set.toArray(10)).containsExactly(5, Long.MAX_VALUE, Long.MIN_VALUE, -2L);
    assertThat(set.toString())
        .isEqualTo("{5, 9223372036854775807-9223372036854775808, 18446744073709551614}");
    assertThat(set.last()).hasValue(Bitfield.MAX_INDEX);
  }

  @Test
  void rejectsIndexThatRlePlusCannotEncode() {
    assertThatThrownBy(() -> Bitfield.of(1, -1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18446744073709551615");
  }

  @Test
  void ofCopiesItsInput() {
    long[] indexes = {3, 4};
    Bitfield set = Bitfield.of(indexes);
    indexes[0] = 7;

    assertThat(set.toString()).isEqualTo("{3-4}");
  }

  @Test
  void fromRunsAcceptsSeparatedRuns() {
    Bitfield set = Bitfield.fromRuns(List.of(new Bitfield.Run(0, 3), new Bitfield.Run(8, 2)));

    assertThat(set).isEqualTo(Bitfield.of(0, 1, 2, 8, 9));
    assertThat(set.hashCode()).isEqualTo(Bitfield.of(0, 1, 2, 8, 9).hashCode());
  }

  @Test
  void fromRunsRejectsAdjacentRuns() {
    assertThatThrownBy(
            () -> Bitfield.fromRuns(List.of(new Bitfield.Run(0, 3), new Bitfield.Run(3, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run 1 (3-4) does not start after the end of run 0 (0-2)");
  }

  @Test
  void fromRunsRejectsOverlappingRuns() {
    assertThatThrownBy(
            () -> Bitfield.fromRuns(List.of(new Bitfield.Run(0, 3), new Bitfield.Run(2, 2))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromRunsRejectsUnsortedRuns() {
    assertThatThrownBy(
            () -> Bitfield.fromRuns(List.of(new Bitfield.Run(8, 2), new Bitfield.Run(0, 3))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromRunsComparesStartsAsUnsigned() {
    Bitfield set =
        Bitfield.fromRuns(
            List.of(new Bitfield.Run(Long.MAX_VALUE - 1, 1), new Bitfield.Run(Long.MIN_VALUE, 1)));

    assertThat(set.runCount()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                Bitfield.fromRuns(
                    List.of(new Bitfield.Run(Long.MIN_VALUE, 1), new Bitfield.Run(5, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runRejectsZeroLength() {
    assertThatThrownBy(() -> new Bitfield.Run(4, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runRejectsReachingPastLargestIndex() {
    assertThat(new Bitfield.Run(0, -1L).lastIndex()).isEqualTo(Bitfield.MAX_INDEX);
    assertThat(new Bitfield.Run(Bitfield.MAX_INDEX, 1).endExclusive()).isEqualTo(-1L);
    assertThatThrownBy(() -> new Bitfield.Run(1, -1L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bitfield.Run(-1L, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runsListIsUnmodifiable() {
    List<Bitfield.Run> runs = Bitfield.of(1, 2).runs();

    assertThatThrownBy(() -> runs.add(new Bitfield.Run(5, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void containsAnswersForHugeRunsWithoutVisitingThem() {
    Bitfield set =
        Bitfield.fromRuns(
            List.of(new Bitfield.Run(10, TWO_TO_60), new Bitfield.Run(Long.MIN_VALUE, 3)));

    assertThat(set.contains(9)).isFalse();
    assertThat(set.contains(10)).isTrue();
    assertThat(set.contains(TWO_TO_60 + 9)).isTrue();
    assertThat(set.contains(TWO_TO_60 + 10)).isFalse();
    assertThat(set.contains(Long.MIN_VALUE + 2)).isTrue();
    assertThat(set.contains(Long.MIN_VALUE + 3)).isFalse();
    assertThat(set.contains(-1L)).isFalse();
    assertThat(set.cardinality()).isEqualTo(TWO_TO_60 + 3);
  }

  @Test
  void cardinalitySaturatesAndExactCardinalityDoesNot() {
    Bitfield largest = Bitfield.fromRuns(List.of(new Bitfield.Run(0, -1L)));

    assertThat(largest.cardinality()).isEqualTo(Long.MAX_VALUE);
    assertThat(largest.exactCardinality())
        .isEqualTo(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    assertThat(Bitfield.of(1, 5).exactCardinality()).isEqualTo(BigInteger.TWO);
  }

  @Test
  void iteratesIndexesInAscendingOrder() {
    Bitfield set = Bitfield.of(27, 0, 4, 5, 6, 2);
    PrimitiveIterator.OfLong iterator = set.iterator();
    List<Long> seen = new ArrayList<>();
    while (iterator.hasNext()) {
      seen.add(iterator.nextLong());
    }

    assertThat(seen).containsExactly(0L, 2L, 4L, 5L, 6L, 27L);
    assertThatThrownBy(iterator::nextLong).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void iteratesRunEndingAtLargestIndex() {
    Bitfield set = Bitfield.fromRuns(List.of(new Bitfield.Run(Bitfield.MAX_INDEX - 2, 3)));
    List<Long> seen = new ArrayList<>();
    set.iterator().forEachRemaining((long index) -> seen.add(index));
    List<Long> visited = new ArrayList<>();
    set.forEach((long index) -> visited.add(index));

    assertThat(seen).containsExactly(-4L, -3L, -2L);
    assertThat(visited).isEqualTo(seen);
  }

  @Test
  void forEachVisitsIndexesInAscendingOrder() {
    List<Long> visited = new ArrayList<>();

    Bitfield.of(9, 8, 0, 1, 2).forEach((long index) -> visited.add(index));

    assertThat(visited).containsExactly(0L, 1L, 2L, 8L, 9L);
  }

  @Test
  void toArrayReturnsIndexesUpToLimit() {
    Bitfield set = Bitfield.of(0, 1, 2, 8, 9);

    assertThat(set.toArray(5)).containsExactly(0, 1, 2, 8, 9);
    assertThatThrownBy(() -> set.toArray(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bitfield has 5 indexes, more than the limit of 4");
    assertThatThrownBy(() -> set.toArray(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toArrayRefusesHugeSetWithoutMaterialisingIt() {
    Bitfield huge = Bitfield.fromRuns(List.of(new Bitfield.Run(0, -1L)));

    assertThatThrownBy(() -> huge.toArray(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18446744073709551615 indexes");
  }

  @Test
  void toArrayReturnsFreshArray() {
    Bitfield set = Bitfield.of(3);
    set.toArray(1)[0] = 4;

    assertThat(set.toArray(1)).containsExactly(3);
  }

  @Test
  void equalityDependsOnIndexesOnly() {
    assertThat(Bitfield.of(1, 2, 3)).isEqualTo(Bitfield.of(3, 2, 1, 1));
    assertThat(Bitfield.of(1, 2, 3)).isNotEqualTo(Bitfield.of(1, 2));
    assertThat(Bitfield.of(1, 2, 3)).isNotEqualTo(Bitfield.of(1, 3));
    assertThat(Bitfield.of(1)).isNotEqualTo("{1}");
  }

  @Test
  void firstAndLastAreSmallestAndLargestIndex() {
    Bitfield set = Bitfield.of(40, 3, 4, 17);

    assertThat(set.first()).hasValue(3);
    assertThat(set.last()).hasValue(40);
  }
}
