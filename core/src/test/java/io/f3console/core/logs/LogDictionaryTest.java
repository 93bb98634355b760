package io.f3console.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LogDictionaryTest {
  private static final LogDictionary BUILT_IN = LogDictionary.builtIn();

  @Test
  void theShippedDictionaryCoversTheThreeProjectsAndEveryClass() {
    List<KnownLogLine> entries = BUILT_IN.entries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
    assertThat(entries.stream().map(KnownLogLine::project).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(LogProject.values());
    assertThat(entries.stream().map(KnownLogLine::logClass).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(LogClass.BENIGN, LogClass.WORTH_A_LOOK, LogClass.PROBLEM);
    for (KnownLogLine entry : entries) {
      String prefix =
          switch (entry.project()) {
            case LOTUS -> "lotus:";
            case GO_F3 -> "go-f3:";
            case FOREST, FOREST_SIDECAR -> "forest:";
          };
      assertThat(entry.source()).as(entry.id()).startsWith(prefix);
      assertThat(entry.versions()).as(entry.id()).matches(".*v\\d+\\.\\d+\\.\\d+.*");
    }
  }

  /** Each composed line of dictionary-lines.log is the entry its comment names. */
  @Test
  void everyComposedLineIsTheEntryItWasWrittenFor() {
    Map<String, String> expected = composedLines();
    assertThat(expected).hasSameSizeAs(BUILT_IN.entries());
    expected.forEach((line, id) -> assertThat(matchedId(BUILT_IN, line)).as(line).contains(id));
  }

  /** The answer does not depend on the order of the entries (shadowing checked both ways). */
  @Test
  void reversingTheDictionaryChangesNoAnswer() {
    List<KnownLogLine> reversed = new ArrayList<>(BUILT_IN.entries());
    Collections.reverse(reversed);
    LogDictionary backwards = LogDictionary.of(reversed);
    for (String name : LogFixtures.ALL) {
      for (String line : LogFixtures.lines(name)) {
        assertThat(matchedId(backwards, line)).as(line).isEqualTo(matchedId(BUILT_IN, line));
      }
    }
  }

  @Test
  void everyEntryIsMatchedBySomeFixtureLine() {
    Set<String> matched = new TreeSet<>();
    for (String name : LogFixtures.ALL) {
      for (String line : LogFixtures.lines(name)) {
        matchedId(BUILT_IN, line).ifPresent(matched::add);
      }
    }
    Set<String> unmatched =
        BUILT_IN.entries().stream()
            .map(KnownLogLine::id)
            .filter(id -> !matched.contains(id))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(unmatched).as("entries no fixture line matches").isEmpty();
  }

  @Test
  void aSharedMessageGoesToTheProgramItsCallerNames() {
    String lotus =
        "2025-06-01T12:00:00.000+0200\tDEBUG\tf3\tlf3/f3.go:247\tminer with id 1000 is sending"
            + " message in F3";
    String sidecar =
        "2025-06-01T12:00:00.000+0200\tDEBUG\tf3/sidecar\tf3-sidecar/run.go:193\tminer with id"
            + " 1000 is sending message in F3";
    for (LogDictionary dictionary : bothOrders("lotus-miner-sending", "sidecar-miner-sending")) {
      assertThat(matchedId(dictionary, lotus)).contains("lotus-miner-sending");
      assertThat(matchedId(dictionary, sidecar)).contains("sidecar-miner-sending");
      // Without a caller both fit: the smaller id wins whatever the order.
      assertThat(dictionary.match("miner with id 1000 is sending message in F3", ""))
          .map(KnownLogLine::id)
          .contains("lotus-miner-sending");
    }
  }

  @Test
  void aWrappedErrorIsTheMoreSpecificEntryInBothOrders() {
    String wrapped =
        "Failed to import F3 snapshot: F3 initial power table CID in the snapshot(bafyA) does not"
            + " match that in the manifest(bafyB)";
    for (LogDictionary dictionary :
        bothOrders("forest-snapshot-f3-failed", "gof3-snapshot-ptcid-mismatch")) {
      assertThat(dictionary.match(wrapped, ""))
          .map(KnownLogLine::id)
          .contains("gof3-snapshot-ptcid-mismatch");
      assertThat(dictionary.match("Failed to import F3 snapshot: disk full", ""))
          .map(KnownLogLine::id)
          .contains("forest-snapshot-f3-failed");
    }
    String startError = "error when starting instance 0: the certificate of instance 0 is missing";
    for (LogDictionary dictionary :
        bothOrders("gof3-start-instance-error", "gof3-snapshot-cert-missing")) {
      assertThat(dictionary.match(startError, ""))
          .map(KnownLogLine::id)
          .contains("gof3-snapshot-cert-missing");
    }
  }

  @Test
  void aMessageMustBeWholeAndWhitespaceDoesNotMatter() {
    assertThat(
            BUILT_IN.match(
                "Too many failures while attempting to check F3 progress."
                    + " Restarting participation.",
                ""))
        .map(KnownLogLine::id)
        .contains("lotus-progress-failures");
    assertThat(BUILT_IN.match("  waiting   for\tbootstrap epoch ", ""))
        .map(KnownLogLine::id)
        .contains("gof3-waiting-bootstrap");
    assertThat(BUILT_IN.match("waiting for bootstrap epoch soon", "")).isEmpty();
    assertThat(BUILT_IN.match("still waiting for bootstrap epoch", "")).isEmpty();
    assertThat(BUILT_IN.match("started participating in F3 for miner 1000", ""))
        .map(KnownLogLine::id)
        .contains("lotus-started-participating");
  }

  @Test
  void badDocumentsAreRefusedWithTheEntryAndField() throws LogDictionaryException {
    String entry =
        "{\"id\": \"x-line\", \"project\": \"LOTUS\", \"source\": \"lotus:a.go\", \"versions\":"
            + " \"Lotus v1.30.0\", \"level\": \"WARN\", \"message\": \"hello *\", \"class\":"
            + " \"BENIGN\", \"meaning\": \"m\", \"action\": \"a\"%s}";
    byte[] good = document(entry.formatted("")).getBytes(StandardCharsets.UTF_8);
    assertThat(LogDictionary.parse(good, "d.json").entries())
        .singleElement()
        .satisfies(line -> assertThat(line.caller()).isEmpty());
    assertRefused(
        document(entry.formatted(", \"extra\": 1")), "entry 1 (x-line): unknown field \"extra\"");
    assertRefused(
        document(entry.formatted("").replace("\"level\": \"WARN\"", "\"level\": \"LOUD\"")),
        "entry 1 (x-line): \"level\" must be one of");
    assertRefused(
        document(entry.formatted("").replace("\"BENIGN\"", "\"FINE\"")),
        "entry 1 (x-line): \"class\" is not one of");
    assertRefused(
        document(entry.formatted("").replace("\"BENIGN\"", "\"UNKNOWN\"")),
        "entry 1 (x-line): x-line: a known line cannot be of class UNKNOWN");
    assertRefused(
        document(
            entry
                .formatted("")
                .replace("\"action\": \"a\", ", "")
                .replace(", \"action\": \"a\"", "")),
        "entry 1 (x-line): missing field \"action\"");
    assertRefused(
        document(entry.formatted("").replace("\"hello *\"", "\" * \"")),
        "entry 1 (x-line): x-line: the message has no fixed text");
    assertRefused(
        document(entry.formatted("") + ", " + entry.formatted("")),
        "d.json: two entries have the id x-line");
    assertRefused("{\"format\": 1, \"notes\": \"n\", \"entries\": []", "d.json: not valid JSON");
    assertRefused(
        "{\"format\": 2, \"notes\": \"n\", \"entries\": []}", "d.json: \"format\" must be 1");
  }

  private static String document(String entries) {
    return "{\"format\": 1, \"notes\": \"n\", \"entries\": [" + entries + "]}";
  }

  private static void assertRefused(String json, String message) {
    assertThatThrownBy(() -> LogDictionary.parse(json.getBytes(StandardCharsets.UTF_8), "d.json"))
        .isInstanceOf(LogDictionaryException.class)
        .hasMessageContaining(message);
  }

  private static List<LogDictionary> bothOrders(String first, String second) {
    KnownLogLine a = entry(first);
    KnownLogLine b = entry(second);
    return List.of(LogDictionary.of(List.of(a, b)), LogDictionary.of(List.of(b, a)));
  }

  private static KnownLogLine entry(String id) {
    return BUILT_IN.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  static Optional<String> matchedId(LogDictionary dictionary, String raw) {
    LogLine line = LogLineParser.parse(raw);
    return dictionary.match(line.message(), line.caller()).map(KnownLogLine::id);
  }

  /** dictionary-lines.log as line → the id its comment names. */
  static Map<String, String> composedLines() {
    Map<String, String> expected = new LinkedHashMap<>();
    String id = null;
    for (String line : LogFixtures.lines("dictionary-lines.log")) {
      if (line.startsWith("# ")) {
        id = line.substring(2);
      } else if (!line.isBlank()) {
        expected.put(line, id);
      }
    }
    return expected;
  }
}
