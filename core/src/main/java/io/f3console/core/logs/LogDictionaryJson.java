package io.f3console.core.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strict reader of the dictionary document: an object {@code {"format": 1, "notes": "…", "entries":
 * […]}}, each entry with exactly the fields of {@link KnownLogLine} ({@code caller} optional, the
 * class as {@code "class"}). Unknown, missing or duplicated fields, wrong types, unknown projects,
 * levels or classes and trailing content are errors naming the entry and the field.
 */
final class LogDictionaryJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private static final Set<String> ROOT_FIELDS = Set.of("format", "notes", "entries");
  private static final Set<String> REQUIRED =
      Set.of(
          "id", "project", "source", "versions", "level", "message", "class", "meaning", "action");
  private static final Set<String> ALLOWED = union(REQUIRED, "caller");
  private static final Set<String> LEVELS = Set.of("DEBUG", "INFO", "WARN", "ERROR");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private LogDictionaryJson() {}

  private static Set<String> union(Set<String> names, String more) {
    Set<String> all = new HashSet<>(names);
    all.add(more);
    return Set.copyOf(all);
  }

  static List<KnownLogLine> parse(byte[] json, String origin) throws LogDictionaryException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new LogDictionaryException(origin + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new LogDictionaryException(origin + ": cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new LogDictionaryException(origin + ": expected a JSON object");
    }
    fieldsExactly(root, ROOT_FIELDS, ROOT_FIELDS, origin);
    if (!root.get("format").isInt() || root.get("format").intValue() != 1) {
      throw new LogDictionaryException(origin + ": \"format\" must be 1");
    }
    if (!root.get("notes").isTextual()) {
      throw new LogDictionaryException(origin + ": \"notes\" must be a string");
    }
    JsonNode entries = root.get("entries");
    if (!entries.isArray() || entries.isEmpty()) {
      throw new LogDictionaryException(origin + ": \"entries\" must be a non-empty array");
    }
    List<KnownLogLine> lines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      lines.add(entry(entries.get(i), origin + ": entry " + (i + 1)));
    }
    return lines;
  }

  private static KnownLogLine entry(JsonNode node, String where) throws LogDictionaryException {
    if (!node.isObject()) {
      throw new LogDictionaryException(where + ": expected an object");
    }
    String id = text(node, "id", where);
    if (!ID.matcher(id).matches()) {
      throw new LogDictionaryException(
          where + ": \"id\" must be lower-case words joined by '-', got \"" + id + "\"");
    }
    String at = where + " (" + id + ")";
    fieldsExactly(node, ALLOWED, REQUIRED, at);
    String level = text(node, "level", at);
    if (!LEVELS.contains(level)) {
      throw new LogDictionaryException(at + ": \"level\" must be one of " + LEVELS + ": " + level);
    }
    Optional<String> caller =
        node.has("caller") ? Optional.of(text(node, "caller", at)) : Optional.empty();
    try {
      return new KnownLogLine(
          id,
          constant(LogProject.class, text(node, "project", at), "project", at),
          text(node, "source", at),
          text(node, "versions", at),
          level,
          text(node, "message", at),
          caller,
          constant(LogClass.class, text(node, "class", at), "class", at),
          text(node, "meaning", at),
          text(node, "action", at));
    } catch (IllegalArgumentException e) {
      throw new LogDictionaryException(at + ": " + e.getMessage(), e);
    }
  }

  private static void fieldsExactly(
      JsonNode node, Set<String> allowed, Set<String> required, String where)
      throws LogDictionaryException {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new LogDictionaryException(where + ": unknown field \"" + name + "\"");
      }
    }
    for (String name : required.stream().sorted().toList()) {
      if (!node.has(name)) {
        throw new LogDictionaryException(where + ": missing field \"" + name + "\"");
      }
    }
  }

  private static String text(JsonNode node, String field, String where)
      throws LogDictionaryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new LogDictionaryException(where + ": \"" + field + "\" must be a non-empty string");
    }
    return value.textValue();
  }

  private static <E extends Enum<E>> E constant(
      Class<E> type, String name, String field, String where) throws LogDictionaryException {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new LogDictionaryException(
        where
            + ": \""
            + field
            + "\" is not one of "
            + List.of(type.getEnumConstants())
            + ": "
            + name);
  }
}
