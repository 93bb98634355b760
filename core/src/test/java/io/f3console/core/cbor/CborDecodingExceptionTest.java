package io.f3console.core.cbor;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.F3Exception;
import org.junit.jupiter.api.Test;

class CborDecodingExceptionTest {

  @Test
  void messageEndsWithTheOffset() {
    CborDecodingException e = new CborDecodingException("array: header truncated", 17);

    assertThat(e).hasMessage("array: header truncated at byte 17").isInstanceOf(F3Exception.class);
    assertThat(e.problem()).isEqualTo("array: header truncated");
    assertThat(e.offset()).isEqualTo(17);
    assertThat(e.getCause()).isNull();
  }

  @Test
  void withContextPrefixesTheProblemAndKeepsOffsetAndCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    CborDecodingException e = new CborDecodingException("bad CID", 5_000_000_000L, cause);

    CborDecodingException framed = e.withContext("entry 17: ");

    assertThat(framed).hasMessage("entry 17: bad CID at byte 5000000000");
    assertThat(framed.problem()).isEqualTo("entry 17: bad CID");
    assertThat(framed.offset()).isEqualTo(5_000_000_000L);
    assertThat(framed.getCause()).isSameAs(cause);
    assertThat(e.problem()).isEqualTo("bad CID");
  }
}
