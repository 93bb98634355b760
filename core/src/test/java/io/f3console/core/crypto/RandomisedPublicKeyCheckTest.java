package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.TestJson.TableEntry;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random inputs: the check always returns a verdict, and the verdict agrees with the
 * independent model wherever the model is cheap (everything but the subgroup test), while every
 * VALID verdict is confirmed by the model's own subgroup test.
 */
class RandomisedPublicKeyCheckTest {
  private static final int SAMPLES_PER_SEED = 1_000;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20260101, 0x5eed_f3L})
  void randomKeysAlwaysGetAVerdictThatMatchesTheModel(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    for (int sample = 0; sample < SAMPLES_PER_SEED; sample++) {
      byte[] key = randomKey(random, sample);

      PublicKeyCheck check = Bls.checkPublicKey(key);

      assertThat(check).isNotNull();
      assertThat(check.length()).isEqualTo(key.length);
      Optional<KeyStatus> expected = G1Reference.expectedStatus(key, false);
      if (expected.isPresent()) {
        assertThat(check.status()).as("seed %d sample %d", seed, sample).isEqualTo(expected.get());
      } else {
        assertThat(check.status()).isIn(KeyStatus.NOT_IN_SUBGROUP, KeyStatus.VALID);
      }
      if (check.isValid()) {
        assertThat(G1Reference.expectedStatus(key, true)).contains(KeyStatus.VALID);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11, 13})
  void flippingAnyBitOfAMainnetKeyGivesAConsistentVerdict(long seed) throws Exception {
    List<TableEntry> table = TestJson.powerTable("mainnet_initial_power_table.json");
    SplittableRandom random = new SplittableRandom(seed);
    byte[] original = table.get(random.nextInt(table.size())).publicKey();
    int validCount = 0;

    for (int bit = 0; bit < original.length * 8; bit++) {
      byte[] mutated = original.clone();
      mutated[bit / 8] ^= (byte) (0x80 >>> (bit % 8));

      PublicKeyCheck check = Bls.checkPublicKey(mutated);

      assertThat(check).isNotNull();
      if (check.isValid()) {
        validCount++;
        assertThat(G1Reference.expectedStatus(mutated, true))
            .as("bit %d", bit)
            .contains(KeyStatus.VALID);
      }
    }
    // Bit 2 (the "largest y" flag) turns P into -P, which is in the subgroup as well.
    assertThat(validCount).isGreaterThanOrEqualTo(1);
  }

  /**
   * Half uniformly random bytes (mostly rejected on the flags), half forced to a compressed,
   * canonical, non-infinity encoding so that the curve and subgroup paths are exercised too.
   */
  private static byte[] randomKey(SplittableRandom random, int sample) {
    byte[] key = new byte[48];
    random.nextBytes(key);
    if (sample % 2 == 1) {
      BigInteger x = new BigInteger(1, key).mod(G1Reference.P);
      key = G1Reference.withFlags(x, random.nextBoolean() ? 0b100 : 0b101);
    }
    if (sample % 97 == 0) {
      key = Arrays.copyOf(key, random.nextInt(100));
    }
    return key;
  }
}
