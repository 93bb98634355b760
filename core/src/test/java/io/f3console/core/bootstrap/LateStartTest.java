package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.CertificateReader;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.Fact;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.ValidatorOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LateStartTest {
  static SyntheticChain chain;
  static int changed;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(31, 6, 16, "f3late")).generate();
    changed = firstChangeFrom(6);
  }

  /** The first instance at or after {@code from} whose committee differs from the one before. */
  static int firstChangeFrom(int from) {
    for (int i = from; i < chain.certificates().size(); i++) {
      if (!chain.tableOf(i).cid().equals(chain.tableOf(i - 1).cid())) {
        return i;
      }
    }
    throw new AssertionError("the generated chain never changes its committee after " + from);
  }

  static LateStart lateStart(SyntheticChain of) {
    return new LateStart(of.networkName(), ValidatorOptions.withThreads(2));
  }

  Path certificateFile(SyntheticChain of) throws Exception {
    Path file = dir.resolve("certs.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CertificateJson.write(of.certificates(), out);
    }
    return file;
  }

  LateStartResult fromFile(
      SyntheticChain of, PowerTable trusted, List<LateStartKnownCommittee> known) throws Exception {
    try (CertificateReader reader = CertificateFiles.open(certificateFile(of))) {
      return lateStart(of).run(trusted, reader::next, known, LateStart.Listener.NONE);
    }
  }

  @Test
  void fromTheTableOfAnInstanceReachesTheNewestCertificateWithTheFinalTable() throws Exception {
    LateStartResult result = fromFile(chain, chain.tableOf(changed), List.of());

    assertThat(result.method()).isEqualTo(LateStartMethod.COMMITTED_BY_CERTIFICATE);
    assertThat(result.startInstance()).isEqualTo(changed);
    assertThat(result.reachedInstance()).isEqualTo(chain.certificates().size());
    assertThat(result.validated()).isEqualTo(chain.certificates().size() - changed);
    assertThat(result.finalTableCid()).isEqualTo(chain.finalTable().cid());
    assertThat(result.failure()).isEmpty();
    assertThat(result.valid()).isTrue();
    assertThat(result.certificatesRead())
        .contains(new InstanceRange(0, chain.certificates().size() - 1));
  }

  @Test
  void startsAtTheEarliestInstanceWhoseCommitteeIsTheTable() throws Exception {
    int later = chain.certificates().size() - 1;
    PowerTable trusted = chain.tableOf(later);
    int earliest = later;
    while (earliest > 0 && chain.tableOf(earliest - 1).cid().equals(trusted.cid())) {
      earliest--;
    }

    LateStartResult result = fromFile(chain, trusted, List.of());

    assertThat(result.startInstance()).isEqualTo(earliest);
    assertThat(result.finalTableCid()).isEqualTo(chain.finalTable().cid());
  }

  @Test
  void fromAnF3SnapshotSource() throws Exception {
    int latest = chain.certificates().size() - 1;
    Path snapshot =
        SnapshotExport.writeF3Snapshot(
                dir.resolve("chain.f3snap"),
                F3SnapshotHeader.of(0, latest, chain.initialTable()),
                CertificateStream.of(chain.certificates()),
                SnapshotExport.Progress.NONE)
            .path();

    try (DataSource source = Sources.open("f3snap:" + snapshot, SourceOptions.defaults())) {
      LateStartResult result =
          lateStart(chain).run(chain.tableOf(changed), source, List.of(), LateStart.Listener.NONE);

      assertThat(result.startInstance()).isEqualTo(changed);
      assertThat(result.reachedInstance()).isEqualTo(latest + 1);
      assertThat(result.finalTableCid()).isEqualTo(chain.finalTable().cid());
    }
  }

  @Test
  void fromTheDemoNetwork() throws Exception {
    SyntheticChain demo = DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY);
    int last = demo.certificates().size() - 1;

    try (DataSource source = Sources.open("demo:healthy", SourceOptions.defaults())) {
      LateStartResult result =
          lateStart(demo).run(demo.tableOf(last), source, List.of(), LateStart.Listener.NONE);

      assertThat(result.valid()).as(result.toString()).isTrue();
      assertThat(demo.tableOf((int) result.startInstance()).cid())
          .isEqualTo(demo.tableOf(last).cid());
      assertThat(result.reachedInstance()).isEqualTo(last + 1);
      assertThat(result.finalTableCid()).isEqualTo(demo.finalTable().cid());
    }
  }

  @Test
  void fromAFakeNode() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain);
        DataSource source = Sources.open("rpc:" + node.endpoint(), SourceOptions.defaults())) {
      LateStartResult result =
          lateStart(chain).run(chain.tableOf(changed), source, List.of(), LateStart.Listener.NONE);

      assertThat(result.method()).isEqualTo(LateStartMethod.COMMITTED_BY_CERTIFICATE);
      assertThat(result.startInstance()).isEqualTo(changed);
      assertThat(result.reachedInstance()).isEqualTo(chain.certificates().size());
      assertThat(result.finalTableCid()).isEqualTo(chain.finalTable().cid());
    }
  }

  @Test
  void theInitialTableOfASourceStartsAtItsFirstInstance() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain);
        DataSource source = Sources.open("rpc:" + node.endpoint(), SourceOptions.defaults())) {
      LateStartResult result =
          lateStart(chain).run(chain.initialTable(), source, List.of(), LateStart.Listener.NONE);

      assertThat(result.method()).isEqualTo(LateStartMethod.INITIAL_TABLE);
      assertThat(result.startInstance()).isZero();
      assertThat(result.validated()).isEqualTo(chain.certificates().size());
      assertThat(result.finalTableCid()).isEqualTo(chain.finalTable().cid());
    }
  }

  @Test
  void aKnownInitialTableStartsAFileAtInstanceZero() throws Exception {
    LateStartResult result =
        fromFile(
            chain,
            chain.initialTable(),
            List.of(
                new LateStartKnownCommittee(
                    0, chain.initialTable().cid(), LateStartMethod.INITIAL_TABLE)));

    assertThat(result.method()).isEqualTo(LateStartMethod.INITIAL_TABLE);
    assertThat(result.startInstance()).isZero();
    assertThat(result.reachedInstance()).isEqualTo(chain.certificates().size());
  }

  @Test
  void aSourcesTableForItsFirstCertificateIsAStart() throws Exception {
    List<FinalityCertificate> tail =
        chain.certificates().subList(changed, chain.certificates().size());

    LateStartResult result =
        lateStart(chain)
            .run(
                chain.tableOf(changed),
                CertificateStream.of(tail),
                List.of(
                    new LateStartKnownCommittee(
                        changed, chain.tableOf(changed).cid(), LateStartMethod.SOURCE_TABLE)),
                LateStart.Listener.NONE);

    assertThat(result.method()).isEqualTo(LateStartMethod.SOURCE_TABLE);
    assertThat(result.startInstance()).isEqualTo(changed);
    assertThat(result.validated()).isEqualTo(tail.size());
  }

  @Test
  void aTableNoCertificateCommitsToIsNotFoundWithTheRangeSearched() throws Exception {
    PowerTable stranger =
        SyntheticNetwork.of(SimulationSpec.of(99, 4, 1, "f3late")).generate().initialTable();

    LateStartResult result = fromFile(chain, stranger, List.of());

    assertThat(result.method()).isEqualTo(LateStartMethod.NOT_FOUND);
    assertThat(result.found()).isFalse();
    assertThat(result.valid()).isFalse();
    assertThat(result.validated()).isZero();
    assertThat(result.certificatesRead())
        .contains(new InstanceRange(0, chain.certificates().size() - 1));
  }

  @Test
  void noCertificatesIsNotFoundWithNothingSearched() throws Exception {
    LateStartResult result =
        lateStart(chain)
            .run(
                chain.initialTable(),
                CertificateStream.of(List.of()),
                List.of(),
                LateStart.Listener.NONE);

    assertThat(result.method()).isEqualTo(LateStartMethod.NOT_FOUND);
    assertThat(result.certificatesRead()).isEmpty();
  }

  @Test
  void aBrokenCertificateAfterTheStartFailsAtItsInstance() throws Exception {
    int broken = chain.certificates().size() - 2;
    SyntheticChain faulty = chain.withFault(FailureReason.INVALID_SIGNATURE, broken);

    LateStartResult result = fromFile(faulty, chain.tableOf(changed), List.of());

    assertThat(result.startInstance()).isEqualTo(changed);
    assertThat(result.reachedInstance()).isEqualTo(broken);
    assertThat(result.validated()).isEqualTo(broken - changed);
    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
              assertThat(failure.instance()).isEqualTo(broken);
            });
    assertThat(result.valid()).isFalse();
  }

  @Test
  void reportsTheSearchAndTheStart() throws Exception {
    long[] searched = {0};
    String[] started = {"none"};
    LateStart.Listener listener =
        new LateStart.Listener() {
          @Override
          public void searched(long instance) {
            searched[0]++;
          }

          @Override
          public void started(LateStartMethod method, long instance) {
            started[0] = method + "@" + instance;
          }
        };

    lateStart(chain)
        .run(
            chain.tableOf(changed),
            CertificateStream.of(chain.certificates()),
            List.of(),
            listener);

    assertThat(searched[0]).isEqualTo(changed);
    assertThat(started[0]).isEqualTo("COMMITTED_BY_CERTIFICATE@" + changed);
  }

  @Test
  void theKnownCommitteesAreDecidedOnceFromTheNetworkProfile() throws Exception {
    List<LateStartKnownCommittee> mainnet =
        LateStart.knownCommittees(NetworkProfiles.builtIn().resolve("mainnet"));

    assertThat(mainnet)
        .containsExactly(
            new LateStartKnownCommittee(
                0,
                Cid.fromString("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu"),
                LateStartMethod.INITIAL_TABLE));
    assertThat(LateStart.knownCommittees(NetworkProfiles.builtIn().resolve("butterfly"))).isEmpty();
    assertThat(LateStart.knownCommittees(NetworkSelection.raw("f3late"))).isEmpty();
  }

  @Test
  void aPlanFromSourceStringsUsesTheTokenForTheNodeAndNamesTheCommittingCertificate()
      throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).requireToken("late-token-5")) {
      LateStartPlan plan =
          new LateStartPlan(
              NetworkSelection.raw(chain.networkName()),
              "rpc:" + node.endpoint(),
              Optional.of((long) changed),
              "rpc:" + node.endpoint());

      LateStartPlan.Run run =
          plan.run(
              SourceOptions.defaults().withToken("late-token-5"),
              ValidatorOptions.withThreads(2),
              LateStart.Listener.NONE);

      assertThat(run.trusted().cid()).isEqualTo(chain.tableOf(changed).cid());
      assertThat(run.result().valid()).isTrue();
      assertThat(run.result().startDescription())
          .isEqualTo("committed to by certificate " + (changed - 1));
      assertThat(LateStartMethod.COMMITTED_BY_CERTIFICATE.describe(changed))
          .isEqualTo("committed to by certificate " + (changed - 1));
      SessionRecord session =
          SessionOutcomes.lateStart(
                  SessionRecord.builder(SessionOrigin.CLI, SessionKind.LATE_START, "test"),
                  run.result())
              .build();
      assertThat(session.summary()).contains("(committed to by certificate " + (changed - 1) + ")");
      assertThat(session.facts())
          .contains(new Fact("start found by", "committed to by certificate " + (changed - 1)));
      assertThatThrownBy(
              () ->
                  plan.run(
                      SourceOptions.defaults(),
                      ValidatorOptions.withThreads(1),
                      LateStart.Listener.NONE))
          .isInstanceOf(F3Exception.class);
    }
  }
}
