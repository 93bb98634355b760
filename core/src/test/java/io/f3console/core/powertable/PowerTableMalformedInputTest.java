package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is normal input: every malformed table is refused with what and where. */
class PowerTableMalformedInputTest {
  private static final String KEY =
      "l/HTpzGX15QmlWOMT6msD8NojE+XdLkFoU46PxcbrFhsVeg/+Xoa7/s68ArbIsa7";
  private static final String KEY_49_BYTES =
      "AJfx06cxl9eUJpVjjE+prA/DaIxPl3S5BaFOOj8XG6xYbFXoP/l6Gu/7OvAK2yLGuw==";

  static Stream<Arguments> malformedJson() {
    return Stream.of(
        Arguments.of(
            "truncated", "[{\"ID\":1,\"Power\":\"5\",\"PubKey\":\"" + KEY + "\"}", "line 1"),
        Arguments.of(
            "power as a number",
            "[{\"ID\":1,\"Power\":5,\"PubKey\":\"" + KEY + "\"}]",
            "entry 0: Power must be a decimal string, found an integer"),
        Arguments.of(
            "ID as a string",
            "[{\"ID\":\"1\",\"Power\":\"5\",\"PubKey\":\"" + KEY + "\"}]",
            "entry 0: ID must be an integer, found a string"),
        Arguments.of(
            "negative ID",
            "[{\"ID\":-1,\"Power\":\"5\",\"PubKey\":\"" + KEY + "\"}]",
            "entry 0: ID -1 is outside"),
        Arguments.of(
            "fractional ID",
            "[{\"ID\":1.5,\"Power\":\"5\",\"PubKey\":\"" + KEY + "\"}]",
            "found a decimal number"),
        Arguments.of(
            "49-byte key",
            "[{\"ID\":1,\"Power\":\"5\",\"PubKey\":\"" + KEY_49_BYTES + "\"}]",
            "entry 0: PubKey is 49 bytes; a key has at most 48"),
        Arguments.of(
            "unpadded base64",
            "[{\"ID\":1,\"Power\":\"5\",\"PubKey\":\"AAA\"}]",
            "not valid base64"),
        Arguments.of(
            "missing key", "[{\"ID\":1,\"Power\":\"5\"}]", "entry 0: missing field PubKey"),
        Arguments.of(
            "unknown field",
            "[{\"ID\":1,\"Power\":\"5\",\"PubKey\":\"" + KEY + "\",\"Extra\":1}]",
            "unknown field \"Extra\""),
        Arguments.of(
            "duplicate field",
            "[{\"ID\":1,\"ID\":2,\"Power\":\"5\",\"PubKey\":\"" + KEY + "\"}]",
            "duplicate field ID"),
        Arguments.of("entry not an object", "[1]", "entry 0: expected an object"),
        Arguments.of("top-level string", "\"table\"", "expected a JSON array of power entries"),
        Arguments.of("trailing content", "[] []", "unexpected content after the power table"),
        Arguments.of(
            "decimal with letters",
            "[{\"ID\":1,\"Power\":\"12x\",\"PubKey\":\"" + KEY + "\"}]",
            "non-digit 'x'"),
        Arguments.of(
            "wrapper without entries",
            "{\"Instance\":3,\"PowerTable\":{}}",
            "no PowerTable.Entries"),
        Arguments.of(
            "wrapper with a bad CID",
            "{\"PowerTable\":{\"CID\":\"bafynotacid\",\"Entries\":[]}}",
            "PowerTable.CID"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedJson")
  void refusesMalformedJsonWithPlaceAndReason(String name, String json, String expected) {
    assertThatThrownBy(() -> PowerTableFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json"))
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessageStartingWith("t.json: ")
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  static Stream<Arguments> invalidTables() {
    return Stream.of(
        Arguments.of(
            "negative power",
            "[{\"ID\":1,\"Power\":\"-5\",\"PubKey\":\"" + KEY + "\"}]",
            "non-positive power -5"),
        Arguments.of(
            "zero power",
            "[{\"ID\":1,\"Power\":\"0\",\"PubKey\":\"" + KEY + "\"}]",
            "non-positive power 0"),
        Arguments.of(
            "duplicate IDs",
            "[{\"ID\":7,\"Power\":\"5\",\"PubKey\":\""
                + KEY
                + "\"},"
                + "{\"ID\":7,\"Power\":\"4\",\"PubKey\":\""
                + KEY
                + "\"}]",
            "duplicate actor f07 at entries 0 and 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTables")
  void refusesEntriesThatCannotFormATable(String name, String json, String expected)
      throws Exception {
    PowerTableDocument document =
        PowerTableFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
    assertThatThrownBy(document::toTable)
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessage("t.json: " + messageEnding(name, expected));
  }

  private static String messageEnding(String name, String expected) {
    return switch (name) {
      case "duplicate IDs" -> expected;
      default -> "entry 0 (f01) has " + expected;
    };
  }

  static Stream<Arguments> malformedCbor() {
    return Stream.of(
        Arguments.of("non-minimal array header", "9800", "not canonical"),
        Arguments.of("indefinite array", "9fff", "indefinite-length"),
        Arguments.of("entry with two fields", "81820102", "wrong number of fields"),
        Arguments.of(
            "power as an integer",
            "8183010558",
            "power table entry 0: Power: expected byte string"),
        Arguments.of("truncated entry", "818301", "unexpected end of input"),
        Arguments.of(
            "49-byte key", "818301420001" + "5831" + "00".repeat(49), "exceeds the limit of 48"),
        Arguments.of("bad sign byte", "8183014202" + "01" + "40", "invalid sign byte 0x02"),
        Arguments.of("trailing bytes", "8000", "unexpected trailing bytes"),
        Arguments.of("map instead of array", "a0", "expected array, found map"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedCbor")
  void refusesMalformedCborWithOffsetAndReason(String name, String hex, String expected) {
    assertThatThrownBy(() -> PowerTableFiles.parse(HexFormat.of().parseHex(hex), "t.cbor"))
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessageStartingWith("t.cbor: not a DAG-CBOR power table: ")
        .hasMessageContaining(expected)
        .hasMessageContaining("at byte ");
  }

  @Test
  void acceptsLaxBigIntegerBytesButMarksThemNonCanonical() throws Exception {
    String key = "00".repeat(48);
    byte[] lax = HexFormat.of().parseHex("81830143000005" + "5830" + key);
    PowerTableDocument document = PowerTableFiles.parse(lax, "lax.cbor");
    assertThat(document.canonicalBytes()).isFalse();
    assertThat(document.entries().get(0).power().value().intValue()).isEqualTo(5);
    assertThat(Arrays.equals(document.toTable().toCbor(), lax)).isFalse();
  }

  @Test
  void refusesEmptyMissingAndDirectoryPaths(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);
    assertThatThrownBy(() -> PowerTableFiles.read(empty)).hasMessageEndingWith("file is empty");
    assertThatThrownBy(() -> PowerTableFiles.read(dir.resolve("absent.json")))
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessageEndingWith("no such file");
    assertThatThrownBy(() -> PowerTableFiles.read(dir))
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void refusesTenMegabytesOfGarbageQuickly(@TempDir Path dir) throws Exception {
    byte[] garbage = new byte[10 << 20];
    new Random(42).nextBytes(garbage);
    garbage[0] = (byte) 0x9a; // an array header claiming far more entries than allowed
    Path file = Files.write(dir.resolve("garbage.bin"), garbage);
    assertThatThrownBy(() -> PowerTableFiles.read(file))
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessageContaining("not a DAG-CBOR power table");
  }

  @Test
  void refusesFilesLargerThanAnyPowerTable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.json");
    try (var channel =
        Files.newByteChannel(
            file,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      channel.position(PowerTableFiles.MAX_FILE_SIZE + 1);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'['}));
    }
    assertThatThrownBy(() -> PowerTableFiles.read(file))
        .isInstanceOf(PowerTableFormatException.class)
        .hasMessageContaining("larger than any power table");
  }
}
