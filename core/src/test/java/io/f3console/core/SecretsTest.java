package io.f3console.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void everyOccurrenceOfEverySecretBecomesTheMark() {
    String text = "rpc:http://tok-1234@host/rpc/v1 sent tok-1234 and key-9876";

    assertThat(Secrets.scrub(text, List.of("tok-1234", "key-9876")))
        .isEqualTo("rpc:http://[token]@host/rpc/v1 sent [token] and [token]");
  }

  @Test
  void secretsTooShortToMeanAnythingAreNotSearchedFor() {
    assertThat(Secrets.scrub("a bad abacus", List.of("a", "ab", "bad"))).isEqualTo("a bad abacus");
    assertThat(Secrets.any(List.of("a", "abc"))).isFalse();
    assertThat(Secrets.any(Arrays.asList(null, "abcd"))).isTrue();
  }

  @Test
  void aMissingTextIsEmpty() {
    assertThat(Secrets.scrub(null, "tok-1234")).isEmpty();
    assertThat(Secrets.scrub("no secret here", (String) null)).isEqualTo("no secret here");
  }
}
