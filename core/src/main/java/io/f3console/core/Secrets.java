package io.f3console.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one rule that keeps node tokens out of everything the product writes: errors, printed output,
 * the session history and reports. Every occurrence of each secret becomes {@link #MARK}, and so do
 * credentials written into a URL (its user information, {@code http://user:password@host}, and the
 * value of a token-like query parameter, {@code ?token=…}), whether or not they are known secrets.
 * A secret shorter than {@link #MIN_LENGTH} characters is not searched for: replacing every "ab" of
 * a message would garble it, while a token that short protects nothing.
 */
public final class Secrets {
  /** What a secret is replaced by. */
  public static final String MARK = "[token]";

  /** The shortest secret searched for. */
  public static final int MIN_LENGTH = 4;

  /** A URL's scheme and user information: {@code scheme://USERINFO@}. */
  private static final Pattern URL_USER_INFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#@\\s\"'<>]+@");

  /** A query parameter whose name says it carries a credential, and its value. */
  private static final Pattern CREDENTIAL_PARAMETER =
      Pattern.compile(
          "(?i)([?&;](?:[a-z0-9_.-]*[_.-])?(?:token|jwt|auth|authorization|key|apikey|password|"
              + "passwd|pwd|pass|secret|signature|sig|credential|credentials)=)[^&;#\\s\"'<>]*");

  private Secrets() {}

  /**
   * {@code text} (empty when null) with every occurrence of each secret replaced by the mark, and
   * the credentials of every URL in it ({@link #withoutUrlCredentials}).
   */
  public static String scrub(String text, Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    String safe = text == null ? "" : text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_LENGTH) {
        safe = safe.replace(secret, MARK);
      }
    }
    return withoutUrlCredentials(safe);
  }

  /** {@code text} with one secret scrubbed. */
  public static String scrub(String text, String secret) {
    return scrub(text, secret == null ? List.of() : List.of(secret));
  }

  /**
   * {@code text} (empty when null) with the user information of every URL ({@code
   * http://user:password@host} becomes {@code http://[token]@host}) and the value of every
   * token-like query parameter ({@code ?token=…}, {@code &access_token=…}, {@code ?apikey=…}, …)
   * replaced by the mark.
   */
  public static String withoutUrlCredentials(String text) {
    if (text == null) {
      return "";
    }
    if (text.indexOf("://") < 0 && text.indexOf('=') < 0) {
      return text;
    }
    String safe = URL_USER_INFO.matcher(text).replaceAll("$1" + MARK.replace("[", "\\[") + "@");
    return CREDENTIAL_PARAMETER.matcher(safe).replaceAll("$1" + MARK.replace("[", "\\["));
  }

  /**
   * Whether any secret long enough to be searched for is given. Credentials inside URLs are
   * scrubbed whatever this says.
   */
  public static boolean any(Collection<String> secrets) {
    return secrets.stream().anyMatch(s -> s != null && s.length() >= MIN_LENGTH);
  }
}
