package io.f3console.app.cli;

import java.util.Locale;

/** JSON keys made from names in other forms, so that they follow {@link JsonFields}' rule. */
final class JsonKeys {
  private JsonKeys() {}

  /** An enum constant as a key: {@code POWER_AND_KEY_CHANGED} as {@code powerAndKeyChanged}. */
  static String of(Enum<?> constant) {
    StringBuilder key = new StringBuilder();
    for (String word : constant.name().toLowerCase(Locale.ROOT).split("_")) {
      key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }
}
