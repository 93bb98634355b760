package io.f3console.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.f3console.core.cid.Cid;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * One JSON-RPC request: the method, its positional parameters, how they read in messages, the
 * instance it is about (if any), and the largest answer accepted.
 *
 * @param method the full method name, e.g. {@code Filecoin.F3GetCertificate}
 * @param params the parameter array
 * @param arguments the parameters for people, e.g. {@code 12}
 * @param instance the instance asked for, or null
 * @param maxResponseBytes the largest response body accepted
 */
record RpcCall(
    String method, ArrayNode params, String arguments, Long instance, int maxResponseBytes) {
  /**
   * An answer holding one certificate: its ECChain of at most 100 tipsets, a power-table delta and
   * the signers' bitfield come to well under a megabyte on mainnet; anything above this is not a
   * certificate.
   */
  static final int CERTIFICATE_RESPONSE = 8 << 20;

  /**
   * An answer holding a power table: a few hundred bytes per entry, some 0.5 MB for mainnet's
   * committee of about 1,600 participants; this allows some thirty times that.
   */
  static final int POWER_TABLE_RESPONSE = 16 << 20;

  /**
   * A block read by {@code ChainReadObj}: base64 of up to 3 MiB (the JSON reader's limit on a
   * string is 4 MiB of characters) and the envelope.
   */
  static final int BLOCK_RESPONSE = (4 << 20) + 4096;

  /**
   * The leases a node lists ({@code F3ListParticipants}): some 60 bytes per miner, so mainnet's
   * whole committee of about 1,600 miners on one node is about 100 kB; this allows ten times that
   * and more.
   */
  static final int PARTICIPANTS_RESPONSE = 2 << 20;

  /** Everything else: a manifest, a tipset, progress, a version (a few kilobytes each). */
  static final int SMALL_RESPONSE = 1 << 20;

  RpcCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(arguments, "arguments");
  }

  /** A call without parameters and with a small answer. */
  static RpcCall of(String method) {
    return new RpcCall(method, JsonNodeFactory.instance.arrayNode(), "", null, SMALL_RESPONSE);
  }

  /** A call about one instance ({@code [instance]}) with an answer of at most {@code limit}. */
  static RpcCall ofInstance(String method, long instance, int limit) {
    ArrayNode params = JsonNodeFactory.instance.arrayNode();
    params.add(new BigInteger(Long.toUnsignedString(instance)));
    return new RpcCall(method, params, Long.toUnsignedString(instance), instance, limit);
  }

  /**
   * A call with a tipset key ({@code [[{"/": cid}…]]}); an empty key is sent as {@code null}, which
   * Lotus reads as the empty key and Forest as "the heaviest tipset".
   */
  static RpcCall ofTipSetKey(String method, List<Cid> key, int maxResponseBytes) {
    ArrayNode params = JsonNodeFactory.instance.arrayNode();
    params.add(tipSetKey(key));
    return new RpcCall(
        method, params, key.isEmpty() ? "head" : key.toString(), null, maxResponseBytes);
  }

  static JsonNode tipSetKey(List<Cid> key) {
    if (key.isEmpty()) {
      return JsonNodeFactory.instance.nullNode();
    }
    ArrayNode cids = JsonNodeFactory.instance.arrayNode();
    for (Cid cid : key) {
      cids.addObject().put("/", cid.toString());
    }
    return cids;
  }

  /** The same call allowing an answer of at most {@code limit} bytes. */
  RpcCall withResponseLimit(int limit) {
    return new RpcCall(method, params, arguments, instance, limit);
  }

  /** How the call reads in messages, e.g. {@code F3GetCertificate(12)}. */
  String describe() {
    String shortName = method.startsWith("Filecoin.") ? method.substring(9) : method;
    return shortName + "(" + arguments + ")";
  }
}
