package io.f3console.core.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A JSON array of many certificates is read one certificate at a time. */
class CertificateStreamingTest {
  private static final int COUNT = 20_000;
  private static final Cid TABLE = Cid.makeCid("table".getBytes(StandardCharsets.US_ASCII));

  /** Produces {@code [cert0,cert1,…]} lazily and counts how many certificates it has produced. */
  private static final class GeneratedArray implements Enumeration<InputStream> {
    private final int count;
    private int produced;
    private boolean closed;

    GeneratedArray(int count) {
      this.count = count;
    }

    @Override
    public boolean hasMoreElements() {
      return !closed;
    }

    @Override
    public InputStream nextElement() {
      if (closed) {
        throw new NoSuchElementException();
      }
      String text;
      if (produced == count) {
        closed = true;
        text = "\n]";
      } else {
        text =
            (produced == 0 ? "[\n" : ",\n") + CertificateJson.toIndentedJson(certificate(produced));
        produced++;
      }
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static FinalityCertificate certificate(long instance) {
    Cid block = Cid.makeCid(Long.toString(instance).getBytes(StandardCharsets.US_ASCII));
    TipSet base = TipSet.ofBlocks(1000 + instance, List.of(block), TABLE, new byte[32]);
    return FinalityCertificate.of(
        instance,
        ECChain.of(base),
        SupplementalData.of(new byte[32], TABLE),
        Bitfield.of(0, 1, 5),
        new byte[96],
        List.of());
  }

  @Test
  void readsTwentyThousandCertificatesOneByOne() throws Exception {
    GeneratedArray source = new GeneratedArray(COUNT);
    try (CertificateReader reader =
        CertificateJson.open(new SequenceInputStream(source), "generated.json")) {
      FinalityCertificate first = reader.next().orElseThrow();
      assertThat(first).isEqualTo(certificate(0));
      assertThat(source.produced)
          .as("certificates generated before the first was returned")
          .isLessThan(100);
      FinalityCertificate last = first;
      Optional<FinalityCertificate> next;
      while ((next = reader.next()).isPresent()) {
        last = next.get();
      }
      assertThat(reader.count()).isEqualTo(COUNT);
      assertThat(last.instance()).isEqualTo(COUNT - 1);
      assertThat(last).isEqualTo(certificate(COUNT - 1));
      assertThat(reader.next()).isEmpty();
    }
  }

  @Test
  void anErrorDeepInTheStreamNamesTheElement() throws Exception {
    String good = CertificateJson.toJson(certificate(0));
    String bad = good.replace("\"Epoch\":1000", "\"Epoch\":\"1000\"");
    String json = "[" + good + "," + good + "," + bad + "]";
    try (CertificateReader reader =
        CertificateJson.open(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "many.json")) {
      assertThat(reader.next()).isPresent();
      assertThat(reader.next()).isPresent();
      assertThatThrownBy(reader::next)
          .isInstanceOf(CertificateFormatException.class)
          .hasMessageStartingWith("many.json: line 1, column ")
          .hasMessageContaining("[2].ECChain[0].Epoch: expected an integer");
    }
  }
}
