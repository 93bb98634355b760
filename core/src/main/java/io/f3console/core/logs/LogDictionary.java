package io.f3console.core.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The known F3 log lines, and which one a message is.
 *
 * <p>{@link #builtIn()} is the dictionary shipped with F3 Console ({@value #RESOURCE}), read once.
 * A message matches an entry when the entry's pattern covers the whole message and the line's
 * caller fits the entry's {@link KnownLogLine#caller()}. When several entries match, the answer
 * does not depend on their order: an entry whose caller hint the line confirms wins, then the entry
 * with the most fixed text, then the smaller id.
 */
public final class LogDictionary {
  /** Where the built-in dictionary lives on the classpath. */
  public static final String RESOURCE = "/io/f3console/core/logs/known-log-lines.json";

  private static final Comparator<Candidate> BEST =
      Comparator.comparing(Candidate::callerConfirmed)
          .thenComparingInt(c -> c.line().fixedLength())
          .thenComparing(c -> c.line().id(), Comparator.reverseOrder());

  private final List<KnownLogLine> entries;
  private final List<MessagePattern> patterns;

  /** Per first character of a message, the entries whose fixed text starts with it. */
  private final Map<Character, List<Integer>> byFirstChar = new HashMap<>();

  /** The entries whose message starts with a wildcard. */
  private final List<Integer> anyStart = new ArrayList<>();

  private LogDictionary(List<KnownLogLine> entries) {
    this.entries = List.copyOf(entries);
    if (this.entries.isEmpty()) {
      throw new IllegalArgumentException("a log dictionary needs at least one entry");
    }
    Set<String> ids = new HashSet<>();
    for (KnownLogLine entry : this.entries) {
      if (!ids.add(entry.id())) {
        throw new IllegalArgumentException("two entries have the id " + entry.id());
      }
    }
    this.patterns = this.entries.stream().map(KnownLogLine::pattern).toList();
    for (int i = 0; i < this.entries.size(); i++) {
      String message = KnownLogLine.normalised(this.entries.get(i).message());
      if (message.startsWith("*")) {
        anyStart.add(i);
      } else {
        byFirstChar.computeIfAbsent(message.charAt(0), c -> new ArrayList<>()).add(i);
      }
    }
  }

  private static final class BuiltIn {
    static final LogDictionary INSTANCE = loadBuiltIn();
  }

  /**
   * The dictionary shipped with F3 Console. It is part of the build, so a missing or invalid
   * resource is a packaging error and fails with {@link IllegalStateException}.
   */
  public static LogDictionary builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Parses a dictionary document strictly (see {@code LogDictionaryJson}). */
  public static LogDictionary parse(byte[] json, String origin) throws LogDictionaryException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(origin, "origin");
    List<KnownLogLine> entries = LogDictionaryJson.parse(json, origin);
    try {
      return new LogDictionary(entries);
    } catch (IllegalArgumentException e) {
      throw new LogDictionaryException(origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * A dictionary built in code.
   *
   * @throws IllegalArgumentException if the list is empty or two entries share an id
   */
  public static LogDictionary of(List<KnownLogLine> entries) {
    return new LogDictionary(entries);
  }

  /** Every entry, in the order of the document. */
  public List<KnownLogLine> entries() {
    return entries;
  }

  /**
   * The entry {@code message} is, if any.
   *
   * @param message the message alone (no timestamp, level or structured fields)
   * @param caller the line's caller ({@code lf3/participation.go:184}), empty when it has none
   */
  public Optional<KnownLogLine> match(String message, String caller) {
    String text = KnownLogLine.normalised(message);
    String at = caller == null ? "" : caller;
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Candidate best = null;
    List<Integer> sameStart = byFirstChar.getOrDefault(text.charAt(0), List.of());
    for (List<Integer> indexes : List.of(sameStart, anyStart)) {
      for (int i : indexes) {
        KnownLogLine entry = entries.get(i);
        if (entry.acceptsCaller(at) && patterns.get(i).matches(text)) {
          Candidate candidate = new Candidate(entry, entry.caller().isPresent() && !at.isEmpty());
          if (best == null || BEST.compare(candidate, best) > 0) {
            best = candidate;
          }
        }
      }
    }
    return Optional.ofNullable(best).map(Candidate::line);
  }

  private record Candidate(KnownLogLine line, boolean callerConfirmed) {}

  private static LogDictionary loadBuiltIn() {
    try (InputStream in = LogDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the log dictionary " + RESOURCE + " is not on the classpath");
      }
      return parse(in.readAllBytes(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (LogDictionaryException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
