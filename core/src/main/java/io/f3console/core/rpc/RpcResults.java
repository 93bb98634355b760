package io.f3console.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateFormatException;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.Phase;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFormatException;
import io.f3console.core.powertable.PowerTableJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the {@code result} of each call into the model, strictly: the shape the method returns and
 * nothing else, with a JSON path in every error. Certificates and power tables go through the
 * project's Lotus JSON readers ({@link CertificateJson}, {@link PowerTableJson}).
 */
final class RpcResults {
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final int MAX_TIPSET_BLOCKS = 64;
  private static final int MAX_INPUT_TIPSETS = 1024;

  /**
   * The most leases a node may list: one per miner it serves; mainnet's committee has about 1,600
   * miners, and a node can hold at most one lease for each.
   */
  static final int MAX_PARTICIPANTS = 16_384;

  private final JsonRpcTransport transport;
  private final RpcCall call;

  private RpcResults(JsonRpcTransport transport, RpcCall call) {
    this.transport = transport;
    this.call = call;
  }

  static RpcResults of(JsonRpcTransport transport, RpcCall call) {
    return new RpcResults(transport, call);
  }

  /** A certificate; {@code null} is allowed only where {@code nullable} is set. */
  Optional<FinalityCertificate> certificate(byte[] result, boolean nullable) throws RpcException {
    if (isNull(result)) {
      if (nullable) {
        return Optional.empty();
      }
      throw malformed("result: null where a certificate was expected");
    }
    if (!isObject(result)) {
      throw malformed("result: expected a certificate object");
    }
    try {
      return Optional.of(
          CertificateJson.readAll(new ByteArrayInputStream(result), "result").get(0));
    } catch (CertificateFormatException e) {
      throw malformed(e.getMessage());
    }
  }

  /** Power entries ({@code gpbft.PowerEntries}): a JSON array, in the node's order. */
  PowerTable powerTable(byte[] result) throws RpcException {
    if (!isArray(result)) {
      throw malformed(
          "result: expected an array of power entries, found "
              + (isNull(result) ? "null" : "something else"));
    }
    try {
      return PowerTableJson.read(result, "result").toTable();
    } catch (PowerTableFormatException e) {
      throw malformed(e.getMessage());
    }
  }

  /** A byte string as go's encoding/json writes {@code []byte}: standard base64 with padding. */
  byte[] base64Bytes(byte[] result) throws RpcException {
    JsonNode node = tree(result);
    if (node == null || !node.isTextual()) {
      throw malformed("result: expected the block's bytes as a base64 string");
    }
    try {
      return java.util.Base64.getDecoder().decode(node.textValue());
    } catch (IllegalArgumentException e) {
      throw malformed("result: not valid base64: " + e.getMessage());
    }
  }

  F3Manifest manifest(byte[] result) throws RpcException {
    JsonNode node = object(tree(result), "result");
    JsonNode ec = object(node.get("EC"), "result.EC");
    long periodNanos = int64(ec, "Period", "result.EC");
    if (periodNanos <= 0) {
      throw malformed(
          "result.EC.Period: must be a positive number of nanoseconds, found " + periodNanos);
    }
    String name = text(node, "NetworkName", "result");
    if (name.isEmpty()) {
      throw malformed("result.NetworkName: must not be empty");
    }
    JsonNode cid = required(node, "InitialPowerTable", "result");
    return new F3Manifest(
        uint64(node, "ProtocolVersion", "result"),
        uint64(node, "InitialInstance", "result"),
        int64(node, "BootstrapEpoch", "result"),
        name,
        cid.isNull() ? Optional.empty() : Optional.of(cid(cid, "result.InitialPowerTable")),
        uint64(node, "CommitteeLookback", "result"),
        Duration.ofNanos(periodNanos),
        int64(ec, "Finality", "result.EC"),
        new String(result, StandardCharsets.UTF_8));
  }

  InstanceProgress progress(byte[] result) throws RpcException {
    JsonNode node = object(tree(result), "result");
    long phaseCode = uint64(node, "Phase", "result");
    // Phase is an unsigned number: 2^63 and above read as negative longs
    if (Long.compareUnsigned(phaseCode, Phase.TERMINATED.code()) > 0) {
      throw malformed("result.Phase: no GPBFT phase has code " + Long.toUnsignedString(phaseCode));
    }
    JsonNode input = node.get("Input");
    List<TipSetSummary> chain = new ArrayList<>();
    if (input != null && !input.isNull()) {
      if (!input.isArray() || input.size() > MAX_INPUT_TIPSETS) {
        throw malformed(
            "result.Input: expected null or an array of at most " + MAX_INPUT_TIPSETS + " tipsets");
      }
      for (int i = 0; i < input.size(); i++) {
        String path = "result.Input[" + i + "]";
        JsonNode tipSet = object(input.get(i), path);
        chain.add(
            new TipSetSummary(
                int64(tipSet, "Epoch", path), cids(tipSet.get("Key"), path + ".Key", true)));
      }
    }
    return new InstanceProgress(
        uint64(node, "ID", "result"),
        uint64(node, "Round", "result"),
        Phase.ofCode((int) phaseCode),
        chain);
  }

  /** A Lotus {@code types.TipSet}: {@code Cids} and {@code Height} ({@code Blocks} unread). */
  TipSetSummary tipSet(byte[] result) throws RpcException {
    JsonNode node = object(tree(result), "result");
    return new TipSetSummary(
        int64(node, "Height", "result"),
        cids(required(node, "Cids", "result"), "result.Cids", false));
  }

  NodeVersion version(byte[] result) throws RpcException {
    JsonNode node = object(tree(result), "result");
    return new NodeVersion(
        text(node, "Version", "result"),
        uint64(node, "APIVersion", "result"),
        uint64(node, "BlockDelay", "result"));
  }

  /** {@code []api.F3Participant}: an array (null when the node has none) of leases. */
  List<F3Participant> participants(byte[] result) throws RpcException {
    JsonNode node = tree(result);
    if (node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw malformed("result: expected an array of participants, found " + kind(node));
    }
    if (node.size() > MAX_PARTICIPANTS) {
      throw malformed(
          "result: "
              + node.size()
              + " participants, more than the "
              + MAX_PARTICIPANTS
              + " a node can hold leases for");
    }
    List<F3Participant> participants = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      String path = "result[" + i + "]";
      JsonNode entry = object(node.get(i), path);
      participants.add(
          new F3Participant(
              ActorId.of(uint64(entry, "MinerID", path)),
              uint64(entry, "FromInstance", path),
              uint64(entry, "ValidityTerm", path)));
    }
    return participants;
  }

  /** A peer ID as {@code Filecoin.ID} returns it: a base58 string. */
  PeerId peerId(byte[] result) throws RpcException {
    JsonNode node = tree(result);
    if (!node.isTextual()) {
      throw malformed("result: expected a peer ID string, found " + kind(node));
    }
    return peerId(node.textValue(), "result");
  }

  /** The {@code ID} of a {@code peer.AddrInfo} ({@code Filecoin.NetAddrsListen}). */
  PeerId addrInfoPeerId(byte[] result) throws RpcException {
    JsonNode node = object(tree(result), "result");
    return peerId(text(node, "ID", "result"), "result.ID");
  }

  private PeerId peerId(String text, String path) throws RpcException {
    try {
      return new PeerId(text);
    } catch (IllegalArgumentException e) {
      throw malformed(path + ": " + e.getMessage());
    }
  }

  String string(byte[] result) throws RpcException {
    JsonNode node = tree(result);
    if (!node.isTextual()) {
      throw malformed("result: expected a string");
    }
    return node.textValue();
  }

  boolean bool(byte[] result) throws RpcException {
    JsonNode node = tree(result);
    if (!node.isBoolean()) {
      throw malformed("result: expected true or false");
    }
    return node.booleanValue();
  }

  private List<Cid> cids(JsonNode node, String path, boolean nullable) throws RpcException {
    if (node == null || (node.isNull() && !nullable)) {
      throw malformed(path + ": expected an array of CIDs");
    }
    if (node.isNull()) {
      return List.of();
    }
    if (!node.isArray() || node.size() > MAX_TIPSET_BLOCKS) {
      throw malformed(path + ": expected an array of at most " + MAX_TIPSET_BLOCKS + " CIDs");
    }
    List<Cid> cids = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      cids.add(cid(node.get(i), path + "[" + i + "]"));
    }
    return cids;
  }

  /** A CID in its JSON form, {@code {"/": "bafy…"}}. */
  private Cid cid(JsonNode node, String path) throws RpcException {
    if (node == null || !node.isObject() || node.size() != 1 || !node.path("/").isTextual()) {
      throw malformed(path + ": expected a CID as {\"/\": \"…\"}");
    }
    try {
      return Cid.fromString(node.get("/").textValue());
    } catch (F3Exception e) {
      throw malformed(path + ": " + e.getMessage());
    }
  }

  private JsonNode tree(byte[] result) throws RpcException {
    try {
      return JsonRpcTransport.MAPPER.readTree(result);
    } catch (IOException e) {
      throw malformed("result: not valid JSON");
    }
  }

  private JsonNode object(JsonNode node, String path) throws RpcException {
    if (node == null || !node.isObject()) {
      throw malformed(path + ": expected an object, found " + kind(node));
    }
    return node;
  }

  private JsonNode required(JsonNode object, String field, String path) throws RpcException {
    JsonNode value = object.get(field);
    if (value == null) {
      throw malformed(path + ": missing field " + field);
    }
    return value;
  }

  private String text(JsonNode object, String field, String path) throws RpcException {
    JsonNode value = required(object, field, path);
    if (!value.isTextual()) {
      throw malformed(path + "." + field + ": expected a string, found " + kind(value));
    }
    return value.textValue();
  }

  private long uint64(JsonNode object, String field, String path) throws RpcException {
    JsonNode value = required(object, field, path);
    if (!value.isIntegralNumber()
        || value.bigIntegerValue().signum() < 0
        || value.bigIntegerValue().compareTo(MAX_UINT64) > 0) {
      throw malformed(
          path + "." + field + ": expected an unsigned 64-bit integer, found " + kind(value));
    }
    return value.bigIntegerValue().longValue();
  }

  private long int64(JsonNode object, String field, String path) throws RpcException {
    JsonNode value = required(object, field, path);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw malformed(
          path + "." + field + ": expected a signed 64-bit integer, found " + kind(value));
    }
    return value.longValue();
  }

  private static String kind(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "the integer " + node.asText() : "a decimal number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private RpcException malformed(String problem) {
    return transport.malformed(call, problem);
  }

  private static boolean isNull(byte[] json) {
    return firstCharacter(json) == 'n';
  }

  private static boolean isArray(byte[] json) {
    return firstCharacter(json) == '[';
  }

  private static boolean isObject(byte[] json) {
    return firstCharacter(json) == '{';
  }

  private static int firstCharacter(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b;
      }
    }
    return -1;
  }
}
