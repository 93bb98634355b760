package io.f3console.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the shape of two JSON values: the same JSON type at every place (object, array, string,
 * number, boolean, null) and, for objects, the same keys. An array matches when each of its
 * elements matches one of the documented array's elements (they are the alternatives, e.g. a delta
 * with a key and one without); an empty array matches any documented array, and a documented empty
 * array matches only an empty one.
 */
public final class JsonShapes {
  private JsonShapes() {}

  /**
   * Where {@code actual}'s shape differs from {@code documented}'s, one line each; empty if not.
   */
  public static List<String> differences(JsonNode documented, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("$", documented, actual, out);
    return out;
  }

  private static void compare(String path, JsonNode documented, JsonNode actual, List<String> out) {
    String want = type(documented);
    String got = type(actual);
    if (!want.equals(got)) {
      out.add(path + ": documented " + want + ", found " + got);
      return;
    }
    if (documented.isObject()) {
      Set<String> wantKeys = keys(documented);
      Set<String> gotKeys = keys(actual);
      for (String key : wantKeys) {
        if (!gotKeys.contains(key)) {
          out.add(path + ": missing key " + key);
        } else {
          compare(path + "." + key, documented.get(key), actual.get(key), out);
        }
      }
      for (String key : gotKeys) {
        if (!wantKeys.contains(key)) {
          out.add(path + ": undocumented key " + key);
        }
      }
    } else if (documented.isArray()) {
      for (int i = 0; i < actual.size(); i++) {
        compareElement(path + "[" + i + "]", documented, actual.get(i), out);
      }
    }
  }

  private static void compareElement(
      String path, JsonNode alternatives, JsonNode actual, List<String> out) {
    if (alternatives.isEmpty()) {
      out.add(path + ": the documented array is empty");
      return;
    }
    List<String> closest = null;
    for (JsonNode alternative : alternatives) {
      List<String> found = new ArrayList<>();
      compare(path, alternative, actual, found);
      if (found.isEmpty()) {
        return;
      }
      if (closest == null || found.size() < closest.size()) {
        closest = found;
      }
    }
    out.addAll(closest);
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  private static String type(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name();
    };
  }
}
