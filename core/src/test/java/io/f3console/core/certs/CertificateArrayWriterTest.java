package io.f3console.core.certs;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing certificates one at a time gives the bytes of writing them all at once. */
class CertificateArrayWriterTest {
  @Test
  void oneAtATimeEqualsAllAtOnceAndReadsBack() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(2, 5, 6, "f3write")).generate();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();

    CertificateJson.write(chain.certificates(), whole);
    try (CertificateJson.ArrayWriter writer = CertificateJson.arrayWriter(streamed)) {
      for (FinalityCertificate certificate : chain.certificates()) {
        writer.add(certificate);
      }
      assertThat(writer.written()).isEqualTo(6);
    }

    assertThat(streamed.toByteArray()).isEqualTo(whole.toByteArray());
    assertThat(CertificateJson.readAll(new ByteArrayInputStream(streamed.toByteArray()), "test"))
        .containsExactlyElementsOf(chain.certificates());
  }

  @Test
  void anEmptyArrayIsTwoBrackets() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CertificateJson.write(List.of(), out);
    try (CertificateJson.ArrayWriter writer = CertificateJson.arrayWriter(out)) {
      assertThat(writer.written()).isZero();
    }

    assertThat(out.toString()).isEqualTo("[][]");
  }
}
