package io.f3console.core.sim;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of power-actor states with every case the power-table computation tells apart,
 * which also says which table the state must give: it works the outcome of each claim out from its
 * own inputs (the rules of Lotus's {@code getPowerTableLotusTSK}, restated here), not by running
 * the computation.
 *
 * <p>{@code aboveMinimum} miners have raw power at or above the minimum (one exactly at it); the
 * others are below it (some at zero). With 4 or more above, the minimum applies and claims below it
 * are never read, so they get no actor; with fewer, every claim with raw power is read. Among the
 * claims that are read, in turn: fee debt, a consensus fault ending at the height, one ending after
 * it, one ending just before it (included), zero QA power, QA power above 2^64, and ties on QA
 * power (broken by ID).
 */
public final class StateGenerator {
  /** Why a claim is or is not in the table (the names of the computation's decisions). */
  public enum Outcome {
    INCLUDED,
    BELOW_MINIMUM_POWER,
    ZERO_RAW_POWER,
    ZERO_QA_POWER,
    FEE_DEBT,
    CONSENSUS_FAULT
  }

  /** go-f3's order, restated: power descending, then ID ascending. */
  private static final Comparator<PowerEntry> ORDER =
      Comparator.comparing((PowerEntry e) -> e.power().value(), Comparator.reverseOrder())
          .thenComparing(e -> e.id().bits(), Long::compareUnsigned);

  private static final int CASES = 13;
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private StateGenerator() {}

  /**
   * A generated state with its expected outcome.
   *
   * @param spec what to write
   * @param minimum the consensus minimum the outcome assumes
   * @param outcomes each miner's outcome, by ID
   * @param expected the table the state gives, in canonical order
   */
  public record Generated(
      SyntheticState.Spec spec,
      StoragePower minimum,
      Map<Long, Outcome> outcomes,
      List<PowerEntry> expected) {
    public Generated {
      outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
      expected = List.copyOf(expected);
    }
  }

  /**
   * Generates a state of {@code claims} claims, {@code aboveMinimum} of them at or above {@code
   * minimum}, for a tipset at {@code height}.
   */
  public static Generated generate(
      long seed,
      int claims,
      int aboveMinimum,
      StoragePower minimum,
      long height,
      SyntheticState.Layout layout) {
    if (claims < 0 || aboveMinimum < 0 || aboveMinimum > claims) {
      throw new IllegalArgumentException(
          "need 0 <= aboveMinimum <= claims, not " + aboveMinimum + " of " + claims);
    }
    if (minimum.signum() <= 0) {
      throw new IllegalArgumentException("the minimum must be positive");
    }
    Random random = new Random(seed);
    BigInteger min = minimum.value();
    boolean minimumApplies = aboveMinimum >= 4;
    List<Long> ids = new ArrayList<>(claims);
    for (int i = 0; i < claims; i++) {
      ids.add(1000L + 2L * i + random.nextInt(2));
    }
    Collections.shuffle(ids, random);
    BigInteger tie = min.multiply(BigInteger.valueOf(7));
    List<SyntheticState.Miner> miners = new ArrayList<>(claims);
    Map<Long, Outcome> outcomes = new LinkedHashMap<>();
    List<PowerEntry> expected = new ArrayList<>();
    int read = 0;
    for (int i = 0; i < claims; i++) {
      long id = ids.get(i);
      long proof = 5 + random.nextInt(10);
      BigInteger raw;
      if (i < aboveMinimum) {
        raw = i == 0 ? min : min.add(randomBelow(random, min.multiply(BigInteger.TEN)));
      } else {
        raw = random.nextInt(8) == 0 ? BigInteger.ZERO : randomBelow(random, min);
      }
      boolean eligible = minimumApplies ? raw.compareTo(min) >= 0 : raw.signum() > 0;
      BigInteger qa = raw.multiply(BigInteger.valueOf(1 + random.nextInt(10)));
      BigInteger feeDebt = BigInteger.ZERO;
      long faultEnd = -1;
      byte[] key = new byte[48];
      random.nextBytes(key);
      if (eligible) {
        switch (read++ % CASES) {
          case 1 -> feeDebt = BigInteger.valueOf(1 + random.nextInt(1_000_000));
          case 2 -> faultEnd = height;
          case 3 -> faultEnd = height + 1 + random.nextInt(1000);
          case 4 -> faultEnd = height - 1;
          case 5 -> qa = BigInteger.ZERO;
          case 6 -> qa = TWO_TO_64.add(randomBelow(random, TWO_TO_64.shiftLeft(8)));
          case 7, 8 -> qa = tie;
          default -> {}
        }
      }
      miners.add(new SyntheticState.Miner(id, proof, raw, qa, feeDebt, faultEnd, key, eligible));
      Outcome outcome;
      if (!eligible) {
        outcome = minimumApplies ? Outcome.BELOW_MINIMUM_POWER : Outcome.ZERO_RAW_POWER;
      } else if (qa.signum() <= 0) {
        outcome = Outcome.ZERO_QA_POWER;
      } else if (feeDebt.signum() != 0) {
        outcome = Outcome.FEE_DEBT;
      } else if (height <= faultEnd) {
        outcome = Outcome.CONSENSUS_FAULT;
      } else {
        outcome = Outcome.INCLUDED;
        expected.add(new PowerEntry(ActorId.of(id), StoragePower.of(qa), PubKey.of(key)));
      }
      outcomes.put(id, outcome);
    }
    expected.sort(ORDER);
    SyntheticState.Spec spec = new SyntheticState.Spec(height, aboveMinimum, layout, miners);
    return new Generated(spec, minimum, outcomes, expected);
  }

  private static BigInteger randomBelow(Random random, BigInteger bound) {
    BigInteger value;
    do {
      value = new BigInteger(bound.bitLength(), random);
    } while (value.compareTo(bound) >= 0);
    return value;
  }
}
