package io.f3console.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.inspect.CertificateOutcome;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.ChainInspector;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo network is what the shipped settings say, the same on every run, healthy when it should
 * be and broken exactly where the settings say when it should be.
 */
class DemoNetworkTest {
  static DemoNetwork demo;
  static SyntheticChain healthy;

  @BeforeAll
  static void load() throws Exception {
    demo = DemoNetwork.builtIn();
    healthy = demo.generate(DemoNetwork.Scenario.HEALTHY);
  }

  static ChainInspection inspect(SyntheticChain chain) throws Exception {
    return new ChainInspector(chain.networkName(), 2)
        .inspect(chain.initialTable(), 0, chain.certificates(), ChainInspector.Progress.NONE);
  }

  static ObjectNode shippedSettings() throws Exception {
    try (InputStream in = DemoNetwork.class.getResourceAsStream(DemoNetwork.RESOURCE)) {
      assertThat(in).as("the shipped demo settings").isNotNull();
      return (ObjectNode) new ObjectMapper().readTree(in);
    }
  }

  @Test
  void theBuiltInDemoIsTheShippedSettings() throws Exception {
    ObjectNode settings = shippedSettings();

    assertThat(demo.spec().networkName()).isEqualTo("f3console-demo");
    assertThat(demo.spec().seed()).isEqualTo(settings.get("seed").asLong());
    assertThat(demo.spec().participants()).isEqualTo(settings.get("participants").asInt());
    assertThat(demo.spec().instances()).isEqualTo(settings.get("instances").asInt());
    assertThat(demo.spec().churn().keyRotation())
        .isEqualTo(settings.get("churn").get("keyRotation").asDouble());
    assertThat(demo.brokenReason().name()).isEqualTo(settings.get("broken").get("reason").asText());
    assertThat(demo.brokenInstance()).isEqualTo(settings.get("broken").get("instance").asInt());
  }

  @Test
  void generatingTheSameScenarioTwiceGivesTheSameChain() throws Exception {
    // kept once made: asking again (even through another instance of the same settings) gives
    // the chain already made, and it is the chain a fresh generation makes
    assertThat(DemoNetwork.builtIn().generate(DemoNetwork.Scenario.HEALTHY)).isSameAs(healthy);
    SyntheticChain again = SyntheticNetwork.of(demo.spec()).generate();

    assertThat(again.certificates()).isEqualTo(healthy.certificates());
    assertThat(again.initialTable().cid()).isEqualTo(healthy.initialTable().cid());
    assertThat(again.finalTable().cid()).isEqualTo(healthy.finalTable().cid());
    assertThat(healthy.certificates()).hasSize(demo.spec().instances());
    assertThat(healthy.networkName()).isEqualTo("f3console-demo");
  }

  @Test
  void theHealthyScenarioValidatesThroughout() throws Exception {
    ChainInspection inspection = inspect(healthy);

    assertThat(inspection.outcomes())
        .hasSize(demo.spec().instances())
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(CertificateStatus.VALID));
    assertThat(inspection.result().nextInstance()).isEqualTo(demo.spec().instances());
    assertThat(inspection.result().powerTable()).isEqualTo(healthy.finalTable());
  }

  @Test
  void theBrokenScenarioFailsExactlyAtTheBrokenInstance() throws Exception {
    SyntheticChain broken = demo.generate(DemoNetwork.Scenario.BROKEN);

    ChainInspection inspection = inspect(broken);

    int at = demo.brokenInstance();
    assertThat(inspection.firstFailureIndex()).contains(at);
    assertThat(inspection.outcomes().subList(0, at))
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(CertificateStatus.VALID));
    CertificateOutcome failed = inspection.outcomes().get(at);
    assertThat(failed.status()).isEqualTo(CertificateStatus.INVALID);
    assertThat(failed.failure().orElseThrow().reason()).isEqualTo(demo.brokenReason());
    assertThat(failed.failure().orElseThrow().instance()).isEqualTo(at);
    assertThat(inspection.count(CertificateStatus.NOT_REACHED))
        .isEqualTo(broken.certificates().size() - at - 1L);
    assertThat(broken.initialTable()).isEqualTo(healthy.initialTable());
  }

  @Test
  void scenariosAreNamedByTheirKey() {
    assertThat(DemoNetwork.Scenario.byKey("healthy")).contains(DemoNetwork.Scenario.HEALTHY);
    assertThat(DemoNetwork.Scenario.byKey("broken")).contains(DemoNetwork.Scenario.BROKEN);
    assertThat(DemoNetwork.Scenario.byKey("Healthy")).isEmpty();
    assertThat(DemoNetwork.Scenario.byKey("mainnet")).isEmpty();
    assertThat(DemoNetwork.Scenario.HEALTHY.source()).isEqualTo("demo:healthy");
    assertThat(DemoNetwork.Scenario.BROKEN.source()).isEqualTo("demo:broken");
    for (DemoNetwork.Scenario scenario : DemoNetwork.Scenario.values()) {
      assertThat(scenario.title()).contains("synthetic");
      assertThat(DemoNetwork.Scenario.byKey(scenario.key())).contains(scenario);
    }
  }

  @Test
  void settingsWithTheBrokenInstanceOutsideTheChainAreRefused() throws Exception {
    ObjectNode settings = shippedSettings();
    ((ObjectNode) settings.get("broken")).put("instance", settings.get("instances").asInt());

    assertThatThrownBy(() -> DemoNetwork.parse(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void settingsWithAnUnknownFailureReasonAreRefused() throws Exception {
    ObjectNode settings = shippedSettings();
    ((ObjectNode) settings.get("broken")).put("reason", "NOT_A_REASON");

    assertThatThrownBy(() -> DemoNetwork.parse(settings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDemoProfileStartsWhereTheGeneratedChainDoes() throws Exception {
    DemoNetwork demo = DemoNetwork.builtIn();
    SyntheticChain chain = demo.generate(DemoNetwork.Scenario.HEALTHY);
    var profile = demo.profile(chain.initialTable().cid());

    assertThat(profile.powerTableEpoch())
        .isEqualTo(chain.certificates().get(0).chain().base().epoch());
    assertThat(profile.initialPowerTableCid()).contains(chain.initialTable().cid().toString());
    assertThat(profile.f3NetworkName()).isEqualTo(demo.spec().networkName());
  }
}
