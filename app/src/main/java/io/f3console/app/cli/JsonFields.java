package io.f3console.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.cid.Cid;
import io.f3console.core.validation.Detail;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One JSON object of a command's output, built under the conventions every command shares, so that
 * a program reading two commands finds the same thing under the same name in the same form:
 *
 * <ul>
 *   <li>keys are lower camelCase ASCII ({@code reachedInstance}, {@code powerTableCid}); any other
 *       key is a programming error;
 *   <li>instances and other uint64 values are JSON numbers read as unsigned, so instance 2^64 − 1
 *       prints as 18446744073709551615, never as −1 and never as a string; epochs and heights are
 *       go-f3's and Lotus's int64, JSON numbers with their sign ({@link #epoch});
 *   <li>CIDs are their canonical string; absent optional values are {@code null}, never a missing
 *       key, so every key of a command is always there.
 * </ul>
 */
final class JsonFields {
  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern INSTANCE_NAME = Pattern.compile("instance|.*Instance");
  private static final Pattern EPOCH_NAME = Pattern.compile("(epoch|height)|.*(Epoch|Height|Head)");
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private final ObjectNode node;

  private JsonFields(ObjectNode node) {
    this.node = node;
  }

  static JsonFields object() {
    return new JsonFields(JsonNodeFactory.instance.objectNode());
  }

  /**
   * An object core built under the same conventions (a stored session's one JSON form, for
   * example), so that the command line prints it as it is instead of a second rendering.
   */
  static JsonFields wrapping(ObjectNode node) {
    return new JsonFields(node);
  }

  /** The tree, for printing. */
  ObjectNode node() {
    return node;
  }

  JsonFields text(String key, String value) {
    node.put(key(key), value);
    return this;
  }

  JsonFields text(String key, Optional<String> value) {
    return value.isPresent() ? text(key, value.get()) : nothing(key);
  }

  JsonFields bool(String key, boolean value) {
    node.put(key(key), value);
    return this;
  }

  JsonFields bool(String key, Optional<Boolean> value) {
    return value.isPresent() ? bool(key, value.get()) : nothing(key);
  }

  /** A signed count, size or duration. */
  JsonFields number(String key, long value) {
    node.put(key(key), value);
    return this;
  }

  /** A signed number, or null when absent. */
  JsonFields number(String key, Optional<? extends Number> value) {
    return value.isPresent() ? number(key, value.get().longValue()) : nothing(key);
  }

  JsonFields number(String key, OptionalLong value) {
    return value.isPresent() ? number(key, value.getAsLong()) : nothing(key);
  }

  JsonFields number(String key, OptionalDouble value) {
    return value.isPresent() ? number(key, value.getAsDouble()) : nothing(key);
  }

  JsonFields number(String key, double value) {
    node.put(key(key), value);
    return this;
  }

  JsonFields number(String key, BigInteger value) {
    node.put(key(key), value);
    return this;
  }

  /** An instance, epoch or other uint64, read as unsigned. */
  JsonFields uint64(String key, long value) {
    node.set(key(key), unsigned(value));
    return this;
  }

  /** An epoch or height: int64 upstream, so a (malformed) negative one prints as negative. */
  JsonFields epoch(String key, long value) {
    node.put(key(key), value);
    return this;
  }

  JsonFields epoch(String key, OptionalLong value) {
    return value.isPresent() ? epoch(key, value.getAsLong()) : nothing(key);
  }

  JsonFields epoch(String key, Optional<Long> value) {
    return value.isPresent() ? epoch(key, value.get()) : nothing(key);
  }

  JsonFields uint64(String key, OptionalLong value) {
    return value.isPresent() ? uint64(key, value.getAsLong()) : nothing(key);
  }

  JsonFields uint64(String key, Optional<Long> value) {
    return value.isPresent() ? uint64(key, value.get()) : nothing(key);
  }

  JsonFields cid(String key, Cid value) {
    return text(key, value.toString());
  }

  JsonFields cid(String key, Optional<Cid> value) {
    return value.isPresent() ? cid(key, value.get()) : nothing(key);
  }

  JsonFields strings(String key, Collection<String> values) {
    ArrayNode array = node.putArray(key(key));
    values.forEach(array::add);
    return this;
  }

  /** A list of uint64 values (instances, epochs). */
  JsonFields uint64s(String key, Collection<Long> values) {
    ArrayNode array = node.putArray(key(key));
    values.forEach(v -> array.add(unsigned(v)));
    return this;
  }

  JsonFields object(String key, JsonFields value) {
    node.set(key(key), value.node);
    return this;
  }

  JsonFields object(String key, Optional<JsonFields> value) {
    return value.isPresent() ? object(key, value.get()) : nothing(key);
  }

  JsonFields objects(String key, List<JsonFields> values) {
    ArrayNode array = node.putArray(key(key));
    values.forEach(v -> array.add(v.node));
    return this;
  }

  <T> JsonFields objects(String key, Collection<T> values, Function<T, JsonFields> each) {
    ArrayNode array = node.putArray(key(key));
    values.forEach(v -> array.add(each.apply(v).node));
    return this;
  }

  /** A tree made elsewhere under the same conventions (a core value's own JSON, for example). */
  JsonFields tree(String key, JsonNode value) {
    node.set(key(key), value);
    return this;
  }

  /**
   * The named values a check gives for a finding ({@code Detail}s), as an object: a value named
   * like an instance ({@code instance}, {@code …Instance}) that is an unsigned decimal as a uint64,
   * one named like an epoch or height ({@code epoch}, {@code …Epoch}, {@code height}, {@code
   * …Height}, {@code …Head}) that is a decimal as a signed number, anything else as its text.
   */
  static JsonFields details(List<Detail> details) {
    JsonFields fields = object();
    for (Detail detail : details) {
      String name = detail.name();
      String value = detail.value();
      OptionalLong number = OptionalLong.empty();
      if (INSTANCE_NAME.matcher(name).matches()) {
        number = parse(value, true);
        number.ifPresent(n -> fields.uint64(name, n));
      } else if (EPOCH_NAME.matcher(name).matches()) {
        number = parse(value, false);
        number.ifPresent(n -> fields.epoch(name, n));
      }
      if (number.isEmpty()) {
        fields.text(name, value);
      }
    }
    return fields;
  }

  private static OptionalLong parse(String decimal, boolean unsigned) {
    try {
      return OptionalLong.of(unsigned ? Long.parseUnsignedLong(decimal) : Long.parseLong(decimal));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** {@code key: null}: the value does not exist for this run. */
  JsonFields nothing(String key) {
    node.putNull(key(key));
    return this;
  }

  /** A uint64 as a JSON number, unsigned. */
  static JsonNode unsigned(long value) {
    return value >= 0
        ? JsonNodeFactory.instance.numberNode(value)
        : JsonNodeFactory.instance.numberNode(BigInteger.valueOf(value).add(TWO_TO_64));
  }

  /** Whether {@code key} follows the key convention. */
  static boolean isKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  private static String key(String key) {
    if (!isKey(key)) {
      throw new IllegalArgumentException("JSON key not in lower camelCase: " + key);
    }
    return key;
  }
}
