package io.f3console.core.gpbft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cid.Cid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ECChainTest {
  private static final Cid PT = TipSetTest.PT;

  private static TipSet tipSet(long epoch) {
    return TipSet.ofBlocks(epoch, List.of(TipSetTest.block("block-" + epoch)), PT, new byte[32]);
  }

  private static ECChain chainOf(long... epochs) {
    List<TipSet> tipSets = new ArrayList<>();
    for (long epoch : epochs) {
      tipSets.add(tipSet(epoch));
    }
    return ECChain.of(tipSets);
  }

  @Test
  void zeroChainIsValidAndHasNoBaseOrHead() {
    assertThat(ECChain.of(List.of())).isSameAs(ECChain.ZERO);
    assertThat(ECChain.ZERO.isZero()).isTrue();
    assertThat(ECChain.ZERO.validationError()).isEmpty();
    assertThat(ECChain.ZERO.suffix()).isEmpty();
    assertThat(ECChain.ZERO.key()).isEqualTo(new byte[32]);
    assertThatThrownBy(ECChain.ZERO::base).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(ECChain.ZERO::head).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void baseHeadAndSuffix() {
    ECChain chain = chainOf(3, 4, 7);
    assertThat(chain.base()).isEqualTo(tipSet(3));
    assertThat(chain.head()).isEqualTo(tipSet(7));
    assertThat(chain.suffix()).containsExactly(tipSet(4), tipSet(7));
    assertThat(chain.get(1)).isEqualTo(tipSet(4));
    assertThat(chainOf(3).suffix()).isEmpty();
    assertThat(chainOf(3).head()).isEqualTo(chainOf(3).base());
    assertThat(chain.toString()).isEqualTo("ECChain[3 tipsets, epochs 3..7]");
  }

  @Test
  void acceptsTheLongestValidChain() {
    long[] epochs = new long[ECChain.MAX_LENGTH];
    for (int i = 0; i < epochs.length; i++) {
      epochs[i] = i;
    }
    assertThat(chainOf(epochs).validationError()).isEmpty();
  }

  @Test
  void refusesAChainOf129() {
    long[] epochs = new long[ECChain.MAX_LENGTH + 1];
    for (int i = 0; i < epochs.length; i++) {
      epochs[i] = i;
    }
    assertThat(chainOf(epochs).validationError()).contains("chain too long");
  }

  @Test
  void wrapsTipSetErrorsWithTheirIndex() {
    List<TipSet> tipSets = new ArrayList<>(chainOf(1, 2).tipSets());
    tipSets.add(TipSet.of(3, new byte[0], PT, new byte[32]));
    assertThat(ECChain.of(tipSets).validationError())
        .contains("tipset 2: tipset key must not be empty");
    tipSets.set(2, TipSet.of(3, new byte[761], PT, new byte[32]));
    assertThat(ECChain.of(tipSets).validationError()).contains("tipset 2: tipset key too long");
  }

  @Test
  void refusesEpochsThatDoNotIncrease() {
    assertThat(chainOf(5, 5).validationError())
        .contains("chain must have increasing epochs 5 <= 5");
    assertThat(chainOf(5, 6, 4).validationError())
        .contains("chain must have increasing epochs 4 <= 6");
  }

  @Test
  void refusesANegativeFirstEpoch() {
    assertThat(chainOf(-1, 0).validationError())
        .contains("chain must have increasing epochs -1 <= -1");
    assertThat(chainOf(0, 1).validationError()).isEmpty();
  }

  @Test
  void keyIsComputedOnceAndCopied() {
    ECChain chain = chainOf(1, 2, 3);
    byte[] key = chain.key();
    key[0] ^= 1;
    assertThat(chain.key()).isNotEqualTo(key).isEqualTo(chainOf(1, 2, 3).key());
    assertThat(chain.key()).isNotEqualTo(chainOf(1, 2).key());
  }

  @Test
  void cborTakesNullOrEmptyAsTheZeroChain() throws Exception {
    assertThat(ECChainCbor.encode(ECChain.ZERO)).containsExactly(0x80);
    assertThat(ECChainCbor.decode(new byte[] {(byte) 0x80})).isSameAs(ECChain.ZERO);
    assertThat(ECChainCbor.decode(new byte[] {(byte) 0xf6})).isSameAs(ECChain.ZERO);
    ECChain chain = chainOf(1, 2);
    assertThat(ECChainCbor.decode(ECChainCbor.encode(chain))).isEqualTo(chain);
  }

  @Test
  void cborRefusesMoreThan8192Tipsets() {
    byte[] header = {(byte) 0x99, 0x20, 0x01}; // array(8193)
    assertThatThrownBy(() -> ECChainCbor.decode(header))
        .isInstanceOf(CborDecodingException.class)
        .hasMessageContaining("ECChain")
        .hasMessageContaining("8192");
  }
}
