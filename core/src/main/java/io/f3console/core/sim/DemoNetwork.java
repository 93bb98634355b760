package io.f3console.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.cid.Cid;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkStatus;
import io.f3console.core.validation.FailureReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The synthetic network F3 Console opens when it is given nothing else: a chain made by {@link
 * SyntheticNetwork} from the settings shipped in {@code demo.json}, in two scenarios. Its data is
 * generated, never real, and every name it carries says so.
 *
 * @param spec what to generate
 * @param brokenReason the fault of the broken scenario
 * @param brokenInstance the instance of the broken certificate
 */
public record DemoNetwork(SimulationSpec spec, FailureReason brokenReason, int brokenInstance) {
  /** Where the settings sit on the classpath. */
  public static final String RESOURCE = "/io/f3console/core/sim/demo.json";

  /** Which chain: the settings and the scenario. */
  private record DemoChainKey(DemoNetwork demo, Scenario scenario) {}

  /** The chains made so far, the least recently used dropped past four. */
  private static final Map<DemoChainKey, SyntheticChain> GENERATED =
      Collections.synchronizedMap(
          new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DemoChainKey, SyntheticChain> eldest) {
              return size() > 4;
            }
          });

  /** The two demo scenarios. */
  public enum Scenario {
    /** Every certificate validates. */
    HEALTHY("healthy", "Demo network, healthy (synthetic)"),
    /** One certificate is deliberately broken. */
    BROKEN("broken", "Demo network, one broken certificate (synthetic)");

    private final String key;
    private final String title;

    Scenario(String key, String title) {
      this.key = key;
      this.title = title;
    }

    /** The name in source strings: {@code demo:healthy}, {@code demo:broken}. */
    public String key() {
      return key;
    }

    public String title() {
      return title;
    }

    /** The source string naming this scenario. */
    public String source() {
      return "demo:" + key;
    }

    /** The scenario a source string's name refers to. */
    public static Optional<Scenario> byKey(String key) {
      for (Scenario s : values()) {
        if (s.key.equals(key)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  public DemoNetwork {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(brokenReason, "brokenReason");
    if (brokenInstance < 0 || brokenInstance >= spec.instances()) {
      throw new IllegalArgumentException(
          "the broken instance "
              + brokenInstance
              + " is outside the demo's "
              + spec.instances()
              + " certificates");
    }
  }

  /** The demo network described by the shipped settings. */
  public static DemoNetwork builtIn() {
    try (InputStream in = DemoNetwork.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo settings " + RESOURCE + " are missing");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo settings " + RESOURCE, e);
    }
  }

  static DemoNetwork parse(JsonNode root) {
    JsonNode churn = root.required("churn");
    SimulationSpec spec =
        new SimulationSpec(
            root.required("seed").asLong(),
            root.required("participants").asInt(),
            root.required("instances").asInt(),
            root.required("networkName").asText(),
            new SimulationSpec.Churn(
                churn.required("powerChange").asDouble(),
                churn.required("join").asDouble(),
                churn.required("leave").asDouble(),
                churn.required("keyRotation").asDouble(),
                churn.required("exactThreshold").asDouble()));
    JsonNode broken = root.required("broken");
    return new DemoNetwork(
        spec,
        FailureReason.valueOf(broken.required("reason").asText()),
        broken.required("instance").asInt());
  }

  /**
   * Generates the chain of a scenario; the same bytes every time. A chain once made is kept (the
   * last few per process): making one signs every certificate, and the console opens the demo again
   * at every switch back to it. Chains are immutable, so sharing them is safe.
   */
  public SyntheticChain generate(Scenario scenario) throws BlsException {
    DemoChainKey key = new DemoChainKey(this, scenario);
    SyntheticChain kept = GENERATED.get(key);
    if (kept != null) {
      return kept;
    }
    SyntheticChain healthy = SyntheticNetwork.of(spec).generate();
    SyntheticChain chain =
        scenario == Scenario.HEALTHY ? healthy : healthy.withFault(brokenReason, brokenInstance);
    GENERATED.put(key, chain);
    return chain;
  }

  /** The profile key of the demo network in the console's network selector. */
  public static final String PROFILE_KEY = "demo";

  /**
   * The demo network as a network profile, so it can be chosen like a real one. Its expected
   * initial power-table CID is the generated table's own (the generator is the demo's only
   * authority), its bootstrap epoch is the one the generated chain starts from (certificate 0
   * builds on epoch {@code BootstrapEpoch - Finality}), and its description says it is synthetic.
   */
  public NetworkProfile profile(Cid initialTableCid) {
    long finality = 900;
    return new NetworkProfile(
        PROFILE_KEY,
        List.of(),
        NetworkStatus.CURRENT,
        "Synthetic demo network generated by F3 Console (seed "
            + spec.seed()
            + "); not a real Filecoin network.",
        spec.networkName(),
        Optional.empty(),
        ChainBuilder.FIRST_EPOCH + finality,
        finality,
        30,
        10,
        0,
        Optional.of(initialTableCid.toString()),
        StoragePower.of(2048),
        List.of("generated by F3 Console from its shipped demo settings"));
  }
}
