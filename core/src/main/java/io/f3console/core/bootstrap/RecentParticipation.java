package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The last instances' signatures, for the doctor's miner checks: from the network's certificate
 * store when it holds the newest instances, else from the last certificates fetched from the node
 * on the spot and validated (signatures included) from the committee the node serves for the first
 * of them. Counted once per doctor run, for every miner asked about.
 *
 * @param report who signed each counted instance
 * @param source where the certificates came from and how far they were checked, as a sentence
 */
record RecentParticipation(ParticipationReport report, String source) {
  RecentParticipation {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(source, "source");
  }

  /** The miner's counts over the instances counted, when it was in any of their committees. */
  Optional<MinerParticipation> of(ActorId miner) {
    return report.miner(miner);
  }

  /**
   * Counts the instances up to {@code latest}: the store's when it holds {@code latest}, else the
   * last {@code count} certificates from the node.
   *
   * @param store the network's certificate store, if there is one
   * @throws F3Exception if neither source gives a validated count (with what failed)
   */
  static RecentParticipation count(
      LotusRpcClient client,
      String networkName,
      long initialInstance,
      long latest,
      int count,
      Optional<Path> store)
      throws F3Exception, InterruptedException {
    if (store.isPresent() && Files.isRegularFile(store.get())) {
      Optional<RecentParticipation> stored = fromStore(store.get(), networkName, latest, count);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    return fromNode(client, networkName, initialInstance, latest, count);
  }

  private static Optional<RecentParticipation> fromStore(
      Path file, String networkName, long latest, int count) throws F3Exception {
    try (CertificateStore store = CertificateStore.open(file, networkName)) {
      StoredParticipation stored = new StoredParticipation(store);
      long first = Math.max(0, latest - count + 1);
      Optional<StoredParticipation.Range> range =
          stored.clip(OptionalLong.of(first), OptionalLong.of(latest));
      if (range.isEmpty() || range.get().last() != latest) {
        return Optional.empty();
      }
      StoredParticipation.Verification verification = stored.verification(range.get());
      String checked =
          verification.verified()
              ? "validated from a verified table"
              : verification.start().state().word()
                  + " start"
                  + (verification.unchecked() > 0
                      ? ", " + verification.unchecked() + " stored without their signatures checked"
                      : "");
      return Optional.of(
          new RecentParticipation(
              stored.report(range.get()),
              "instances "
                  + Long.toUnsignedString(range.get().first())
                  + "–"
                  + Long.toUnsignedString(range.get().last())
                  + " from the certificate store "
                  + file.getFileName()
                  + " ("
                  + checked
                  + ")"));
    }
  }

  private static RecentParticipation fromNode(
      LotusRpcClient client, String networkName, long initialInstance, long latest, int count)
      throws F3Exception, InterruptedException {
    long first = Math.max(initialInstance, latest - count + 1);
    PowerTable committee;
    try {
      committee = client.powerTableByInstance(first);
    } catch (RpcException e) {
      throw new F3Exception(
          "the committee of instance " + Long.toUnsignedString(first) + ": " + e.getMessage(), e);
    }
    Optional<String> committed = Optional.empty();
    if (first > initialInstance) {
      FinalityCertificate before = client.certificate(first - 1);
      if (!before.supplementalData().powerTable().map(committee.cid()::equals).orElse(false)) {
        throw new F3Exception(
            "the committee the node serves for instance "
                + Long.toUnsignedString(first)
                + " ("
                + committee.cid()
                + ") is not the table certificate "
                + Long.toUnsignedString(first - 1)
                + " commits to");
      }
      committed = Optional.of(", which certificate " + Long.toUnsignedString(first - 1) + " names");
    }
    ParticipationTally tally = new ParticipationTally();
    ValidationResult result =
        new CertificateValidator(networkName, ValidatorOptions.defaults())
            .validate(
                committee,
                first,
                Optional.empty(),
                client.certificates(first, latest),
                tally.listener(committee));
    if (result.failure().isPresent()) {
      throw new F3Exception(
          "the node's certificates did not validate: " + result.failure().get().message());
    }
    return new RecentParticipation(
        tally.report(),
        "the node's certificates "
            + Long.toUnsignedString(first)
            + "–"
            + Long.toUnsignedString(latest)
            + ", validated with their signatures from "
            + (first == initialInstance
                ? "the initial power table it serves (judged by the initial power table check)"
                : "the committee it serves for instance "
                    + Long.toUnsignedString(first)
                    + committed.orElse("")
                    + " (that committee itself is taken from the node)"));
  }
}
