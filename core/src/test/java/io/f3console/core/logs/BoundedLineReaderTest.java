package io.f3console.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
  private static List<BoundedLineReader.Line> lines(Reader in, int max) throws IOException {
    BoundedLineReader reader = new BoundedLineReader(in, max);
    List<BoundedLineReader.Line> lines = new ArrayList<>();
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  @Test
  void everyKindOfLineBreakEndsALine() throws IOException {
    assertThat(lines(new StringReader("a\nb\r\nc\rd"), 100))
        .extracting(BoundedLineReader.Line::text)
        .containsExactly("a", "b", "c", "d");
    assertThat(lines(new StringReader("a\n\nb\n"), 100))
        .extracting(BoundedLineReader.Line::text)
        .containsExactly("a", "", "b");
    assertThat(lines(new StringReader(""), 100)).isEmpty();
  }

  @Test
  void aCrLfSplitAcrossReadsIsOneBreak() throws IOException {
    // a reader that hands out one character per read, so CR and LF arrive apart
    Reader trickle =
        new Reader() {
          private final String text = "one\r\ntwo\r\n";
          private int at;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (at == text.length()) {
              return -1;
            }
            buffer[offset] = text.charAt(at++);
            return 1;
          }

          @Override
          public void close() {}
        };
    assertThat(lines(trickle, 100))
        .extracting(BoundedLineReader.Line::text)
        .containsExactly("one", "two");
  }

  @Test
  void aLongLineIsCutAndTheNextOneIsWhole() throws IOException {
    String log = "x".repeat(20_000) + "\nshort\n";
    List<BoundedLineReader.Line> lines = lines(new StringReader(log), 100);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).text()).hasSize(100);
    assertThat(lines.get(0).cut()).isTrue();
    assertThat(lines.get(1)).isEqualTo(new BoundedLineReader.Line("short", false));
  }
}
