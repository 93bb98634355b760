package io.f3console.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one rule that keeps node tokens out of everything the product writes: errors, printed output,
 * the session history and reports. Every occurrence of each secret becomes {@link #MARK}. A secret
 * shorter than {@link #MIN_LENGTH} characters is not searched for: replacing every "ab" of a
 * message would garble it, while a token that short protects nothing.
 */
public final class Secrets {
  /** What a secret is replaced by. */
  public static final String MARK = "[token]";

  /** The shortest secret searched for. */
  public static final int MIN_LENGTH = 4;

  private Secrets() {}

  /** {@code text} (empty when null) with every occurrence of each secret replaced by the mark. */
  public static String scrub(String text, Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    String safe = text == null ? "" : text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_LENGTH) {
        safe = safe.replace(secret, MARK);
      }
    }
    return safe;
  }

  /** {@code text} with one secret scrubbed. */
  public static String scrub(String text, String secret) {
    return scrub(text, secret == null ? List.of() : List.of(secret));
  }

  /** Whether any secret long enough to be searched for is given. */
  public static boolean any(Collection<String> secrets) {
    return secrets.stream().anyMatch(s -> s != null && s.length() >= MIN_LENGTH);
  }
}
