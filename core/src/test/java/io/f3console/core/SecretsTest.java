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

  @Test
  void credentialsInsideAUrlAreScrubbedWithoutBeingKnownSecrets() {
    String text =
        "refused \"http://operator:pa55word@node.example.org:1234/rpc/v1\" and"
            + " rpc:https://node.example.org/rpc/v1?token=eyJ.abc.def&x=1,"
            + " wss://n/rpc/v1?a=b&access_token=jwt-1#frag ws://n/?API_KEY=k1;other=2";

    String scrubbed = Secrets.scrub(text, List.of());

    assertThat(scrubbed)
        .isEqualTo(
            "refused \"http://[token]@node.example.org:1234/rpc/v1\" and"
                + " rpc:https://node.example.org/rpc/v1?token=[token]&x=1,"
                + " wss://n/rpc/v1?a=b&access_token=[token]#frag ws://n/?API_KEY=[token];other=2");
    assertThat(Secrets.withoutUrlCredentials("http://127.0.0.1:1234/rpc/v1?height=12 a=b"))
        .isEqualTo("http://127.0.0.1:1234/rpc/v1?height=12 a=b");
    assertThat(Secrets.withoutUrlCredentials(null)).isEmpty();
  }
}
