package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed files and bad usage give exit 2 and one line naming the file, place and problem. */
class BadInputTest {
  private static final String KEY =
      "l/HTpzGX15QmlWOMT6msD8NojE+XdLkFoU46PxcbrFhsVeg/+Xoa7/s68ArbIsa7";

  @TempDir static Path dir;

  static Stream<Arguments> badFiles() {
    String entry = "{\"ID\":1,\"Power\":\"5\",\"PubKey\":\"" + KEY + "\"}";
    return Stream.of(
        Arguments.of(
            "truncated.json", ("[" + entry).getBytes(StandardCharsets.UTF_8), "malformed JSON"),
        Arguments.of(
            "wrong-types.json",
            "[{\"ID\":\"1\",\"Power\":5,\"PubKey\":1}]".getBytes(StandardCharsets.UTF_8),
            "ID must be an integer"),
        Arguments.of(
            "negative-power.json",
            ("[" + entry.replace("\"5\"", "\"-5\"") + "]").getBytes(StandardCharsets.UTF_8),
            "non-positive power -5"),
        Arguments.of(
            "key-49.json",
            ("["
                    + entry.replace(
                        KEY, "AJfx06cxl9eUJpVjjE+prA/DaIxPl3S5BaFOOj8XG6xYbFXoP/l6Gu/7OvAK2yLGuw==")
                    + "]")
                .getBytes(StandardCharsets.UTF_8),
            "PubKey is 49 bytes"),
        Arguments.of(
            "duplicate-ids.json",
            ("[" + entry + "," + entry + "]").getBytes(StandardCharsets.UTF_8),
            "duplicate actor f01"),
        Arguments.of("non-canonical.cbor", HexFormat.of().parseHex("980100"), "not canonical"),
        Arguments.of("empty.json", new byte[0], "file is empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void everyPowerTableCommandRefusesABadFileWithExitTwo(String name, byte[] content, String reason)
      throws Exception {
    Path file = Files.write(dir.resolve(name), content);
    for (String[] command :
        new String[][] {
          {"powertable", "cid", file.toString()},
          {"powertable", "show", file.toString()},
          {"powertable", "check", file.toString(), "--network", "mainnet"},
          {"powertable", "diff", file.toString(), file.toString()}
        }) {
      CliRun run = CliRun.of(command);
      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.out()).as(run.toString()).isEmpty();
      assertThat(run.err().strip())
          .as(run.toString())
          .startsWith("f3console: " + file)
          .contains(reason)
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
  }

  @Test
  void tenMegabytesOfGarbageIsRefusedWithExitTwo() throws Exception {
    byte[] garbage = new byte[10 << 20];
    new Random(7).nextBytes(garbage);
    Path file = Files.write(dir.resolve("garbage.bin"), garbage);
    CliRun run = CliRun.of("powertable", "cid", file.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip()).contains("not a DAG-CBOR power table").doesNotContain("\n");
  }

  @Test
  void missingFileAndUnknownOptionAreUsageErrors() {
    CliRun missing = CliRun.of("powertable", "cid", dir.resolve("absent.json").toString());
    assertThat(missing.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("absent.json: no such file");

    CliRun unknown = CliRun.of("powertable", "cid", "--frobnicate", "x.json");
    assertThat(unknown.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");

    CliRun noFile = CliRun.of("powertable", "show");
    assertThat(noFile.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noFile.err()).contains("Missing required parameter");
  }

  @Test
  void withJsonAFailureIsAlsoOneJsonObjectOnStdout() throws Exception {
    Path file = Files.write(dir.resolve("bad.json"), "[1]".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("powertable", "cid", "--json", file.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.BAD_INPUT);
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(node.get("exitCode").asInt()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(node.get("error").asText()).contains("entry 0: expected an object");

    CliRun usage = CliRun.of("powertable", "check", "--json", file.toString());
    assertThat(usage.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(usage.out())
                .get("error")
                .asText())
        .contains("Missing required argument");
  }

  @Test
  void readsATableFromStandardInput() throws Exception {
    java.io.InputStream original = System.in;
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              Files.readAllBytes(
                  io.f3console.core.testing.SharedData.file(
                      "calibnet_old_initial_power_table.cbor"))));
      CliRun run = CliRun.of("powertable", "check", "-", "--network", "calibnet-old");
      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out()).contains("standard input (DAG-CBOR, 20 entries)");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void checkAgainstAGivenCid() {
    String table =
        io.f3console.core.testing.SharedData.file("calibnet_old_initial_power_table.json")
            .toString();
    CliRun match =
        CliRun.of(
            "powertable",
            "check",
            table,
            "--cid",
            "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c");
    assertThat(match.status()).as(match.toString()).isZero();
    CliRun bad = CliRun.of("powertable", "check", table, "--cid", "bafynotacid");
    assertThat(bad.status()).isEqualTo(ExitCodes.BAD_INPUT);
    CliRun both = CliRun.of("powertable", "check", table, "--cid", "x", "--network", "mainnet");
    assertThat(both.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(both.err()).contains("mutually exclusive");
  }
}
