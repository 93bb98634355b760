package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.open.Sources;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node as a source: tables, range and certificates that validate like the chain. */
class RpcSourceTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 1, 4);
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(31, 10, 25, "f3source")).generate();
  }

  static ValidationResult validate(DataSource source) throws Exception {
    SourcedTable initial = source.initialPowerTable();
    InstanceRange range = source.certificateRange();
    return new CertificateValidator("f3source", ValidatorOptions.withThreads(2))
        .validate(
            initial.table(),
            initial.instance(),
            Optional.empty(),
            source.certificates(range.first(), range.latest()),
            ValidationListener.NONE);
  }

  @Test
  void certificatesFromTheNodeValidateToTheChainsFinalTable() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain);
        DataSource source = Sources.open("rpc:" + node.endpoint(), OPTIONS)) {
      assertThat(source).isInstanceOf(RpcSource.class);
      assertThat(source.spec().toString()).isEqualTo("rpc:" + node.endpoint());
      assertThat(source.hasPowerTables()).isTrue();
      assertThat(source.hasCertificates()).isTrue();
      assertThat(source.certificateRange()).isEqualTo(new InstanceRange(0, 24));

      ValidationResult result = validate(source);

      assertThat(result.failure()).isEmpty();
      assertThat(result.nextInstance()).isEqualTo(25);
      assertThat(result.powerTable().cid()).isEqualTo(chain.finalTable().cid());
    }
  }

  @Test
  void theInitialTableIsTheManifestsInstanceAndSaysWhereItCameFrom() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain);
        RpcSource source =
            RpcSource.open(
                io.f3console.core.source.SourceSpec.parse(node.endpoint().toString()), OPTIONS)) {
      SourcedTable initial = source.initialPowerTable();

      assertThat(initial.instance()).isEqualTo(source.manifest().initialInstance());
      assertThat(initial.table()).isEqualTo(chain.initialTable());
      assertThat(initial.table().cid()).isEqualTo(source.manifest().initialPowerTable().get());
      assertThat(initial.origin())
          .isEqualTo("F3GetPowerTableByInstance(0) from " + node.endpoint());
      assertThat(source.powerTable(7).table()).isEqualTo(chain.tableOf(7));
    }
  }

  @Test
  void aBadSignatureFailsValidationAtItsInstance() throws Exception {
    SyntheticChain broken = chain.withFault(FailureReason.INVALID_SIGNATURE, 9);
    try (FakeLotusNode node = FakeLotusNode.start(broken);
        DataSource source = Sources.open("rpc:" + node.endpoint(), OPTIONS)) {
      ValidationResult result = validate(source);

      assertThat(result.failure()).isPresent();
      assertThat(result.failure().get().reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
      assertThat(result.failure().get().instance()).isEqualTo(9);
    }
  }

  @Test
  void aWrongInitialTableShowsAgainstTheManifest() throws Exception {
    try (FakeLotusNode node =
            FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withWrongInitialPowerTable());
        RpcSource source =
            RpcSource.open(
                io.f3console.core.source.SourceSpec.parse("rpc:" + node.endpoint()), OPTIONS)) {
      assertThat(source.initialPowerTable().table().cid())
          .isNotEqualTo(source.manifest().initialPowerTable().get());
    }
  }

  @Test
  void aNodeWithoutF3FailsWhenOpened() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(chain)
            .withFaults(NodeFaults.NONE.withF3(NodeFaults.F3State.DISABLED))) {
      assertThatThrownBy(() -> Sources.open("rpc:" + node.endpoint(), OPTIONS))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> assertThat(e.reason()).isEqualTo(RpcException.Reason.F3_DISABLED));
    }
  }

  @Test
  void aNodeWithoutCertificatesHasNoRange() throws Exception {
    try (FakeLotusNode node =
            FakeLotusNode.start(chain).answering("Filecoin.F3GetLatestCertificate", "null");
        DataSource source = Sources.open("rpc:" + node.endpoint(), OPTIONS)) {
      assertThatThrownBy(source::certificateRange)
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("has no finality certificate yet");
    }
  }

  @Test
  void theRealMainnetDataValidatesThroughTheNode() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet();
        RpcSource source =
            RpcSource.open(
                io.f3console.core.source.SourceSpec.parse("rpc:" + node.endpoint()), OPTIONS)) {
      F3Manifest manifest = source.manifest();
      assertThat(manifest.networkName()).isEqualTo("filecoin");
      assertThat(manifest.bootstrapEpoch()).isEqualTo(4920480);
      assertThat(manifest.initialPowerTable().get().toString())
          .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
      assertThat(source.initialPowerTable().table().cid())
          .isEqualTo(manifest.initialPowerTable().get());
      assertThat(manifest.initialPowerTableEpoch())
          .isEqualTo(node.certificates().get(0).chain().base().epoch());

      ValidationResult result =
          new CertificateValidator("filecoin", ValidatorOptions.withThreads(2))
              .validate(
                  source.initialPowerTable().table(),
                  0,
                  Optional.empty(),
                  source.certificates(0, 9),
                  ValidationListener.NONE);

      assertThat(result.failure()).isEmpty();
      assertThat(result.powerTable().cid().toString())
          .isEqualTo("bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i");
    }
  }
}
