package io.f3console.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {
  @Test
  void aLineKeepsNoControlCharacter() {
    assertThat(PrintableText.line("a\u001b[31mb\u0007c\rd\ne\tf\u007fg\u009bh\u0000i"))
        .isEqualTo("a [31mb c d e f g h i");
  }

  @Test
  void linesKeepNewlinesAndTabsOnly() {
    assertThat(PrintableText.lines("one\r\ntwo\tcols\n\u001b[2Jthree\rfour\n"))
        .isEqualTo("one\ntwo\tcols\n [2Jthree four\n");
  }

  @Test
  void printableTextIsLeftAsItIs() {
    String text = "Instance 7 ✔ — 100% (日本) \uD83D\uDE00";
    assertThat(PrintableText.line(text)).isSameAs(text);
    assertThat(PrintableText.lines(text)).isSameAs(text);
    assertThat(PrintableText.hasControl(text)).isFalse();
    assertThat(PrintableText.line(null)).isEmpty();
  }
}
