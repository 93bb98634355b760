package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Golden outputs of the command line: what a command prints, compared byte for byte with a file
 * under {@code src/test/resources/golden/cli} that a person read and accepted. Run the tests with
 * {@code -Dgolden.update=true} to write the files again after a deliberate change, then read the
 * diff before committing it.
 *
 * <p>Every JSON output also has to follow the conventions of {@link JsonFields}: keys in lower
 * camelCase, every instance an unsigned number, every epoch or height a number (never a string).
 */
final class GoldenOutput {
  private static final Path DIR = Path.of("src", "test", "resources", "golden", "cli");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INSTANCE_KEY = Pattern.compile("instance|.*Instance");
  private static final Pattern EPOCH_KEY = Pattern.compile("(epoch|height)|.*(Epoch|Height)");

  private GoldenOutput() {}

  /**
   * A run as golden text: its exit status, stdout and stderr, with the folder of each file named
   * replaced by {@code <dir>} so that the file is the same on every machine.
   */
  static String transcript(CliRun run, Path... files) {
    return normalised(
        "exit " + run.status() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err(), files);
  }

  /** {@code text} with the folder of each file replaced by {@code <dir>}. */
  static String normalised(String text, Path... files) {
    String result = text;
    for (Path file : files) {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        result = result.replace(parent.toString(), "<dir>");
      }
    }
    return result;
  }

  /** {@code actual} equals the golden file {@code name} (written instead under update). */
  static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s (run with -Dgolden.update=true to create it)", file)
          .exists();
      assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Like {@link #assertMatches}, for a JSON output, which must follow the conventions too. */
  static void assertJsonMatches(String name, String actual) {
    assertConventions(actual);
    assertMatches(name, actual);
  }

  /**
   * Every object key in lower camelCase, every instance, epoch or height a number or null; {@code
   * json} is one object or one object per line.
   */
  static void assertConventions(String json) {
    try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(json)) {
      int count = 0;
      while (values.hasNext()) {
        walk(values.next(), "$[" + count++ + "]");
      }
      assertThat(count).as("JSON values in %s", json).isPositive();
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static void walk(JsonNode node, String path) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        String at = path + "." + key;
        assertThat(JsonFields.isKey(key)).as("key %s in lower camelCase", at).isTrue();
        JsonNode value = field.getValue();
        boolean container = value.isNull() || value.isArray() || value.isObject();
        if (INSTANCE_KEY.matcher(key).matches()) {
          assertThat(container || value.isIntegralNumber() && value.bigIntegerValue().signum() >= 0)
              .as("%s is an unsigned number or null, not %s", at, value)
              .isTrue();
        } else if (EPOCH_KEY.matcher(key).matches()) {
          assertThat(container || value.isIntegralNumber())
              .as("%s is a number or null, not %s", at, value)
              .isTrue();
        }
        walk(field.getValue(), at);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]");
      }
    }
  }
}
