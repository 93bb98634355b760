package io.f3console.core.store;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationData;
import io.f3console.core.participation.ParticipationSeries;
import io.f3console.core.trust.Trust;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A certificate store's participation as {@link ParticipationData}: the series read once from the
 * stored summaries, a miner's timeline and missing power asked of the store's index when wanted
 * (the store is opened for each question, so nothing is held open between them). A store that
 * cannot be read then fails the question with {@link StoreReadException}.
 */
public final class StoredParticipationData implements ParticipationData {
  private final Path file;
  private final String network;
  private final StoredParticipation.Range range;
  private final ParticipationSeries series;
  private final StoredParticipation.Verification verification;

  private StoredParticipationData(
      Path file,
      String network,
      StoredParticipation.Range range,
      ParticipationSeries series,
      StoredParticipation.Verification verification) {
    this.file = file;
    this.network = network;
    this.range = range;
    this.series = series;
    this.verification = verification;
  }

  /**
   * Reads the summaries of every stored instance of the store of the F3 network {@code network} at
   * {@code file}.
   *
   * @throws StoreException if there is no such store, it is another network's or it is empty
   */
  public static StoredParticipationData open(Path file, String network) throws StoreException {
    Objects.requireNonNull(file, "file");
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new StoreException(
          "no certificate store at "
              + file.toAbsolutePath()
              + ": fill one with f3console certs sync, or follow a node in the Health view");
    }
    try (CertificateStore store = CertificateStore.open(file, network)) {
      StoredParticipation stored = new StoredParticipation(store);
      StoredParticipation.Range range =
          stored
              .stored()
              .orElseThrow(
                  () ->
                      new StoreException(
                          "the certificate store "
                              + store.file()
                              + " holds no"
                              + " certificates yet"));
      if (range.size() > Integer.MAX_VALUE) {
        throw new StoreException(
            "the certificate store "
                + store.file()
                + " holds more"
                + " instances than can be shown at once");
      }
      List<InstanceParticipation> instances = stored.instances(range);
      ParticipationSeries.Builder builder = ParticipationSeries.builder(instances.size());
      for (InstanceParticipation p : instances) {
        builder.add(
            p.instance(), p.signedScaledPower(), p.scaledTotal(), p.baseOnly(), p.headEpoch());
      }
      return new StoredParticipationData(
          store.file(), network, range, builder.build(), stored.verification(range));
    }
  }

  public Path file() {
    return file;
  }

  /** The trust of the table the store started from. */
  public Trust trust() {
    return verification.start();
  }

  /** Stored certificates whose signatures were not checked. */
  public long unchecked() {
    return verification.unchecked();
  }

  /** Whether every result is proved: a verified start and every signature checked. */
  public boolean verified() {
    return verification.verified();
  }

  @Override
  public int size() {
    return series.size();
  }

  @Override
  public ParticipationSeries series() {
    return series;
  }

  @Override
  public MinerTimeline timeline(ActorId actor) {
    byte[] states = ask(stored -> stored.states(actor, range));
    long[] heads = new long[states.length];
    for (int i = 0; i < heads.length; i++) {
      heads[i] = series.headEpoch(i);
    }
    return MinerTimeline.ofStates(actor, range.first(), states, heads);
  }

  @Override
  public MissingPower missing(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, size());
    if (fromIndex == toIndex) {
      throw new IndexOutOfBoundsException("an empty range " + fromIndex + "–" + toIndex);
    }
    return ask(
        stored ->
            stored.missing(
                new StoredParticipation.Range(
                    range.first() + fromIndex, range.first() + toIndex - 1)));
  }

  @Override
  public boolean knows(ActorId actor) {
    return timeline(actor).everInCommittee();
  }

  /** A question to the store. */
  @FunctionalInterface
  private interface Question<T> {
    T ask(StoredParticipation stored) throws StoreException;
  }

  private <T> T ask(Question<T> question) {
    try (CertificateStore store = CertificateStore.open(file, network)) {
      return question.ask(new StoredParticipation(store));
    } catch (StoreException e) {
      throw new StoreReadException(e);
    }
  }

  /** A store that could not answer a question: its message says what and where. */
  public static final class StoreReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreReadException(StoreException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
