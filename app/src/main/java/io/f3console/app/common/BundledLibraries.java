package io.f3console.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries F3 Console ships and their licences: the build lists the runtime dependencies into
 * {@code bundled-libraries.txt} beside this class, and {@code licences.properties} names each one's
 * licence.
 */
public final class BundledLibraries {
  /** One shipped library. */
  public record Library(String group, String artifact, String version, Optional<String> licence) {
    public String line() {
      return artifact + " " + version + ": " + licence.orElse("licence not recorded");
    }
  }

  /** "group:artifact:type[:classifier]:version:scope", as Maven's list goal writes it. */
  private static final Pattern LINE =
      Pattern.compile(
          "^\\s*([^:\\s]+):([^:\\s]+):[^:\\s]+(?::[^:\\s]+)?:([^:\\s]+):(?:compile|runtime)\\b.*$");

  private BundledLibraries() {}

  /** Every shipped library, once each, in the build's order; empty when the list is absent. */
  public static List<Library> list() {
    Properties licences = new Properties();
    String listed;
    try (InputStream names =
            BundledLibraries.class.getResourceAsStream("/io/f3console/app/licences.properties");
        InputStream list =
            BundledLibraries.class.getResourceAsStream("/io/f3console/app/bundled-libraries.txt")) {
      if (names == null || list == null) {
        return List.of();
      }
      licences.load(names);
      listed = new String(list.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
    return parse(listed, licences);
  }

  static List<Library> parse(String listed, Properties licences) {
    Map<String, Library> libraries = new LinkedHashMap<>();
    for (String line : listed.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        String key = m.group(1) + ":" + m.group(2);
        String licence = licences.getProperty(key, licences.getProperty(m.group(1) + ":*"));
        libraries.putIfAbsent(
            key, new Library(m.group(1), m.group(2), m.group(3), Optional.ofNullable(licence)));
      }
    }
    return new ArrayList<>(libraries.values());
  }
}
