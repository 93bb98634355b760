package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Golden outputs of {@code bench}, text and JSON, for the validator, the state and the store
 * benchmarks on small generated inputs. Timings, rates, heap sizes and what depends on the machine
 * are replaced by {@code <figure>}; every other line, key and count is compared as it is.
 */
class BenchGoldenTest {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The JSON keys whose values are measured, not computed. */
  static final Set<String> MEASURED =
      Set.of(
          "msm",
          "processors",
          "floorMillisPerCertificate",
          "ratioToFloor",
          "millisPerCertificate",
          "certificatesPerSecond",
          "scaling",
          "microsPerCertificate",
          "generateSeconds",
          "indexHeapBytes",
          "maxHeapBytes",
          "seconds",
          "peakHeapBytes",
          "validatePerSecond",
          "syncPerSecond",
          "syncShare",
          "writeSeconds");

  /** In text, each measured figure by the words around it. */
  static final Map<Pattern, String> MEASURED_TEXT =
      Map.ofEntries(
          Map.entry(Pattern.compile("\\(generated in [0-9.]+ s\\)"), "(generated in <figure> s)"),
          Map.entry(Pattern.compile("(?m)^MSM          .*$"), "MSM          <figure>"),
          Map.entry(Pattern.compile("(?m)^Processors   \\d+$"), "Processors   <figure>"),
          Map.entry(Pattern.compile("(?m)^Floor        .*$"), "Floor        <figure>"),
          Map.entry(
              Pattern.compile("(?m)^Validator +[0-9.]+ ms/certificate +[0-9.]+ certificates/s"),
              "Validator <figure> ms/certificate <figure> certificates/s"),
          Map.entry(Pattern.compile("(?m)^Ratio        \\S+×"), "Ratio        <figure>×"),
          Map.entry(Pattern.compile("(?m)^Scaling      \\S+×"), "Scaling      <figure>×"),
          Map.entry(Pattern.compile("(?m)^(  .{16}) +[0-9.]+ µs$"), "$1 <figure> µs"),
          Map.entry(Pattern.compile("\\(written in [0-9.]+ s\\)"), "(written in <figure> s)"),
          Map.entry(Pattern.compile("off the heap, \\d+ on it"), "off the heap, <figure> on it"),
          Map.entry(Pattern.compile("(?m)^(From CAR|Through node) +[0-9.]+ s"), "$1 <figure> s"),
          Map.entry(Pattern.compile("peak heap +\\d+ MiB"), "peak heap <figure> MiB"),
          Map.entry(Pattern.compile("(?m)^Heap limit   \\d+ MiB$"), "Heap limit   <figure> MiB"),
          Map.entry(
              Pattern.compile("(?m)^(Validate|Sync) +[0-9.]+ certificates/s"),
              "$1 <figure> certificates/s"),
          Map.entry(Pattern.compile("stored: [0-9.]+ % of"), "stored: <figure> % of"),
          Map.entry(
              Pattern.compile("written in [0-9.]+ s \\(\\d+ per second\\)"),
              "written in <figure> s (<figure> per second)"),
          Map.entry(Pattern.compile("(?m)^ +[0-9.]+ s  "), "  <figure> s  "),
          Map.entry(Pattern.compile("(?m)^(bench: .*) in [0-9.]+ s$"), "$1 in <figure> s"));

  static String text(CliRun run) {
    String text = GoldenOutput.transcript(run);
    for (Map.Entry<Pattern, String> figure : MEASURED_TEXT.entrySet()) {
      Matcher matcher = figure.getKey().matcher(text);
      text = matcher.replaceAll(figure.getValue());
    }
    return text;
  }

  static String json(CliRun run) throws Exception {
    JsonNode tree = JSON.readTree(run.out());
    measured(tree);
    return JSON.writeValueAsString(tree) + "\n";
  }

  private static void measured(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      object
          .fieldNames()
          .forEachRemaining(
              key -> {
                if (!MEASURED.contains(key)) {
                  measured(object.get(key));
                }
              });
      MEASURED.stream().filter(object::has).forEach(key -> object.put(key, "<figure>"));
    } else if (node.isArray()) {
      node.forEach(BenchGoldenTest::measured);
    }
  }

  private static void assertGolden(String name, CliRun text, CliRun json) throws Exception {
    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(json.status()).as(json.toString()).isZero();
    GoldenOutput.assertConventions(json.out());
    GoldenOutput.assertMatches(name + ".txt", text(text));
    GoldenOutput.assertJsonMatches(name + ".json", json(json));
  }

  @Test
  void validator() throws Exception {
    String[] args = {
      "--no-history",
      "bench",
      "--participants",
      "30",
      "--instances",
      "6",
      "--rounds",
      "1",
      "--threads",
      "1,2"
    };
    CliRun text = CliRun.of(args);
    CliRun json = CliRun.of(append(args, "--json"));

    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("runs").get(1).get("threads").asInt()).isEqualTo(2);
    assertGolden("bench", text, json);
  }

  @Test
  void state() throws Exception {
    String[] args = {"--no-history", "bench", "--state", "--claims", "3000", "--eligible", "60"};
    assertGolden("bench-state", CliRun.of(args), CliRun.of(append(args, "--json")));
  }

  @Test
  void store() throws Exception {
    String[] args = {
      "--no-history",
      "bench",
      "--store",
      "--participants",
      "20",
      "--instances",
      "4",
      "--stored",
      "300",
      "--threads",
      "1"
    };
    assertGolden("bench-store", CliRun.of(args), CliRun.of(append(args, "--json")));
  }

  private static String[] append(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }
}
