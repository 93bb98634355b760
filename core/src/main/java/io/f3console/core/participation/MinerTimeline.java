package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One miner's state in each instance looked at: it signed the certificate, it was in the committee
 * and did not sign, or it was not in the committee. Kept as one byte per instance, bucketed for a
 * timeline strip, and summarised as counts and as rates over the last hour, day, week and 30 days
 * ({@link RateWindow}). Immutable.
 */
public final class MinerTimeline {
  private final ActorId actor;
  private final long[] instances;
  private final long[] headEpochs;
  private final byte[] states;

  private MinerTimeline(ActorId actor, long[] instances, long[] headEpochs, byte[] states) {
    this.actor = actor;
    this.instances = instances;
    this.headEpochs = headEpochs;
    this.states = states;
  }

  /**
   * The states of {@code actor} in each certificate, each read against the committee of its own
   * instance ({@code committees.get(i)} for {@code certificates.get(i)}).
   */
  public static MinerTimeline of(
      ActorId actor, List<FinalityCertificate> certificates, List<PowerTable> committees) {
    Objects.requireNonNull(actor, "actor");
    if (certificates.size() != committees.size()) {
      throw new IllegalArgumentException(
          committees.size() + " committees for " + certificates.size() + " certificates");
    }
    int n = certificates.size();
    long[] instances = new long[n];
    long[] heads = new long[n];
    byte[] states = new byte[n];
    for (int i = 0; i < n; i++) {
      FinalityCertificate certificate = certificates.get(i);
      instances[i] = certificate.instance();
      heads[i] = certificate.chain().head().epoch();
      Optional<Integer> index = committees.get(i).indexOf(actor);
      MinerState state =
          index.isEmpty()
              ? MinerState.OUT
              : certificate.signers().contains(index.get()) ? MinerState.SIGNED : MinerState.ABSENT;
      states[i] = state.code();
    }
    return new MinerTimeline(actor, instances, heads, states);
  }

  /**
   * The states of {@code actor} in consecutive instances from {@code firstInstance}, one {@link
   * MinerState#code()} each (taken over, not copied). Without the instances' head epochs ({@code
   * headEpochs} null) there are no window rates.
   */
  public static MinerTimeline ofStates(
      ActorId actor, long firstInstance, byte[] states, long[] headEpochs) {
    Objects.requireNonNull(actor, "actor");
    if (headEpochs != null && headEpochs.length != states.length) {
      throw new IllegalArgumentException(
          headEpochs.length + " head epochs for " + states.length + " instances");
    }
    long[] instances = new long[states.length];
    for (int i = 0; i < instances.length; i++) {
      instances[i] = firstInstance + i;
    }
    return new MinerTimeline(actor, instances, headEpochs, states);
  }

  /**
   * A stretch of the strip.
   *
   * @param fromIndex the first index (inclusive)
   * @param toIndex one past the last index
   * @param firstInstance the first instance
   * @param lastInstance the last instance
   * @param signed instances signed
   * @param absent instances in the committee, not signed
   * @param out instances not in the committee
   */
  public record StripBucket(
      int fromIndex,
      int toIndex,
      long firstInstance,
      long lastInstance,
      int signed,
      int absent,
      int out) {
    /**
     * The state to colour the stretch with: absent if it missed any instance it was in the
     * committee of, else signed if it signed any, else out.
     */
    public MinerState shown() {
      return absent > 0 ? MinerState.ABSENT : signed > 0 ? MinerState.SIGNED : MinerState.OUT;
    }

    /** signed / (signed + absent), or 0 when never in the committee. */
    public double rate() {
      return signed + absent == 0 ? 0 : (double) signed / (signed + absent);
    }
  }

  /**
   * The rate over one window.
   *
   * @param window the window
   * @param newestHeadEpoch the head epoch the window ends at
   * @param instances instances whose head epoch is in the window
   * @param signed of those, the ones the miner signed
   * @param absent the ones it was in the committee of and did not sign
   */
  public record WindowRate(
      RateWindow window, long newestHeadEpoch, int instances, int signed, int absent) {
    /** Instances in the window whose committee the miner was in. */
    public int inCommittee() {
      return signed + absent;
    }

    /** signed / in committee, or empty when it was in no committee of the window. */
    public Optional<Double> rate() {
      return inCommittee() == 0 ? Optional.empty() : Optional.of((double) signed / inCommittee());
    }
  }

  public ActorId actor() {
    return actor;
  }

  /** How many instances were looked at. */
  public int size() {
    return states.length;
  }

  public long instance(int index) {
    return instances[index];
  }

  public MinerState state(int index) {
    return MinerState.ofCode(states[index]);
  }

  /** Whether the miner was in any committee looked at. */
  public boolean everInCommittee() {
    for (byte s : states) {
      if (s != MinerState.OUT.code()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The counts and streaks over every instance looked at, with the tally's meanings (an instance
   * out of the committee ends an absence streak).
   */
  public MinerParticipation summary() {
    MinerCounter counter = new MinerCounter(actor);
    for (int i = 0; i < states.length; i++) {
      counter.add(instances[i], MinerState.ofCode(states[i]));
    }
    return counter.result();
  }

  /**
   * The strip from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive) in at most {@code
   * maxBuckets} stretches of nearly equal size.
   */
  public List<StripBucket> strip(int fromIndex, int toIndex, int maxBuckets) {
    Objects.checkFromToIndex(fromIndex, toIndex, states.length);
    if (maxBuckets < 1) {
      throw new IllegalArgumentException("at least one bucket, got " + maxBuckets);
    }
    int n = toIndex - fromIndex;
    int count = Math.min(n, maxBuckets);
    List<StripBucket> strip = new ArrayList<>(count);
    for (int b = 0; b < count; b++) {
      int start = fromIndex + (int) ((long) b * n / count);
      int end = fromIndex + (int) ((long) (b + 1) * n / count);
      int[] tally = new int[3];
      for (int i = start; i < end; i++) {
        tally[states[i]]++;
      }
      strip.add(
          new StripBucket(
              start,
              end,
              instances[start],
              instances[end - 1],
              tally[MinerState.SIGNED.code()],
              tally[MinerState.ABSENT.code()],
              tally[MinerState.OUT.code()]));
    }
    return strip;
  }

  /**
   * The rate over {@code window}, ending at the head epoch of the newest instance looked at; empty
   * when no instance was looked at or their head epochs are not known.
   */
  public Optional<WindowRate> rate(RateWindow window) {
    if (states.length == 0 || headEpochs == null) {
      return Optional.empty();
    }
    long newest = Long.MIN_VALUE;
    for (long head : headEpochs) {
      newest = Math.max(newest, head);
    }
    int in = 0;
    int signed = 0;
    int absent = 0;
    for (int i = 0; i < states.length; i++) {
      if (window.contains(headEpochs[i], newest)) {
        in++;
        if (states[i] == MinerState.SIGNED.code()) {
          signed++;
        } else if (states[i] == MinerState.ABSENT.code()) {
          absent++;
        }
      }
    }
    return Optional.of(new WindowRate(window, newest, in, signed, absent));
  }

  /** The rates over every window, shortest first; empty when no instance was looked at. */
  public List<WindowRate> rates() {
    List<WindowRate> rates = new ArrayList<>();
    for (RateWindow window : RateWindow.values()) {
      rate(window).ifPresent(rates::add);
    }
    return rates;
  }
}
