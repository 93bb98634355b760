package io.f3console.core.network;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.f3console.core.gpbft.StoragePower;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reader for the {@code networks.json} format: a JSON array of objects with exactly the
 * fields of {@link NetworkProfile} (the status as {@code "current"} / {@code "historical"}, the CID
 * and chain name as a string or {@code null}). Unknown, missing or duplicated fields, wrong types,
 * fractional or out-of-range numbers and trailing content are errors; each message names the
 * profile (by position and key) and the field.
 */
final class NetworkProfilesJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private static final Set<String> FIELDS =
      Set.of(
          "key",
          "aliases",
          "status",
          "description",
          "f3NetworkName",
          "chainNetworkName",
          "bootstrapEpoch",
          "ecFinality",
          "ecPeriodSeconds",
          "committeeLookback",
          "initialInstance",
          "initialPowerTableCid",
          "consensusMinerMinPower",
          "sources");

  private NetworkProfilesJson() {}

  static List<NetworkProfile> parse(byte[] json, String origin) throws NetworkProfilesException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new NetworkProfilesException(origin + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new NetworkProfilesException(origin + ": cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new NetworkProfilesException(origin + ": expected a JSON array of network profiles");
    }
    List<NetworkProfile> profiles = new ArrayList<>();
    for (int index = 0; index < root.size(); index++) {
      profiles.add(profile(root.get(index), origin + ": profile " + index));
    }
    return profiles;
  }

  private static NetworkProfile profile(JsonNode node, String where)
      throws NetworkProfilesException {
    if (!node.isObject()) {
      throw new NetworkProfilesException(where + ": expected a JSON object");
    }
    JsonNode keyNode = node.get("key");
    if (keyNode != null && keyNode.isTextual()) {
      where = where + " (\"" + keyNode.asText() + "\")";
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new NetworkProfilesException(where + ": unknown field \"" + name + "\"");
      }
    }
    try {
      return new NetworkProfile(
          text(node, "key", where),
          textList(node, "aliases", where),
          status(node, where),
          text(node, "description", where),
          text(node, "f3NetworkName", where),
          optionalText(node, "chainNetworkName", where),
          integer(node, "bootstrapEpoch", where),
          integer(node, "ecFinality", where),
          integer(node, "ecPeriodSeconds", where),
          integer(node, "committeeLookback", where),
          integer(node, "initialInstance", where),
          optionalText(node, "initialPowerTableCid", where),
          StoragePower.of(integer(node, "consensusMinerMinPower", where)),
          textList(node, "sources", where));
    } catch (IllegalArgumentException e) {
      throw new NetworkProfilesException(where + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode node, String field, String where)
      throws NetworkProfilesException {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new NetworkProfilesException(where + ": missing field \"" + field + "\"");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String where)
      throws NetworkProfilesException {
    JsonNode value = required(node, field, where);
    if (!value.isTextual()) {
      throw new NetworkProfilesException(where + ": field \"" + field + "\" must be a string");
    }
    return value.textValue();
  }

  private static Optional<String> optionalText(JsonNode node, String field, String where)
      throws NetworkProfilesException {
    JsonNode value = required(node, field, where);
    if (value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(text(node, field, where + " (or null)"));
  }

  private static long integer(JsonNode node, String field, String where)
      throws NetworkProfilesException {
    JsonNode value = required(node, field, where);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new NetworkProfilesException(
          where + ": field \"" + field + "\" must be an integer in the 64-bit range");
    }
    return value.longValue();
  }

  private static List<String> textList(JsonNode node, String field, String where)
      throws NetworkProfilesException {
    JsonNode value = required(node, field, where);
    if (!value.isArray()) {
      throw new NetworkProfilesException(
          where + ": field \"" + field + "\" must be an array of strings");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new NetworkProfilesException(
            where + ": field \"" + field + "\" must contain only strings");
      }
      items.add(item.textValue());
    }
    return items;
  }

  private static NetworkStatus status(JsonNode node, String where) throws NetworkProfilesException {
    String value = text(node, "status", where);
    for (NetworkStatus status : NetworkStatus.values()) {
      if (status.jsonName().equals(value)) {
        return status;
      }
    }
    throw new NetworkProfilesException(
        where + ": field \"status\" must be \"current\" or \"historical\", not \"" + value + "\"");
  }
}
