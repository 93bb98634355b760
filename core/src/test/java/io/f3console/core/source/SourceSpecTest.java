package io.f3console.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceSpecTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:/data/table.json",
        "f3snap:/data/f3.snap",
        "car:snapshot.car",
        "rpc:http://127.0.0.1:1234/rpc/v1",
        "rpc:https://node.example/rpc/v1",
        "demo:healthy",
        "demo:broken"
      })
  void prefixedStringsRoundTrip(String text) throws Exception {
    SourceSpec spec = SourceSpec.parse(text);

    assertThat(spec.recognised()).isTrue();
    assertThat(spec.toString()).isEqualTo(text);
    assertThat(SourceSpec.parse(spec.toString())).isEqualTo(spec);
    assertThat(spec.kind().prefix()).isEqualTo(text.substring(0, text.indexOf(':')));
  }

  @Test
  void aBareUrlIsANodeAndAPlainPathWaitsToBeRecognised() throws Exception {
    assertThat(SourceSpec.parse("http://127.0.0.1:1234/rpc/v1"))
        .isEqualTo(new SourceSpec(SourceKind.RPC, "http://127.0.0.1:1234/rpc/v1", true));
    SourceSpec plain = SourceSpec.parse(" data/table.json ");

    assertThat(plain.recognised()).isFalse();
    assertThat(plain.toString()).isEqualTo("data/table.json");
    assertThat(plain.path()).isEqualTo(Path.of("data/table.json"));
    assertThat(plain.as(SourceKind.F3SNAP).toString()).isEqualTo("f3snap:data/table.json");
    assertThat(SourceSpec.parse("C:\\data\\t.json").recognised()).isFalse();
  }

  @Test
  void refusesEmptyLocationsAndNodesWithoutAnHttpUrlSayingWhatIsWrong() {
    assertThatThrownBy(() -> SourceSpec.parse("  "))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("empty source string");
    assertThatThrownBy(() -> SourceSpec.parse("car:"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("names no location after car:");
    assertThatThrownBy(() -> SourceSpec.parse("rpc:127.0.0.1:1234"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("http:// or https:// URL");
  }

  @Test
  void nodesAndDemosHaveNoPath() throws Exception {
    assertThatThrownBy(() -> SourceSpec.parse("demo:healthy").path())
        .isInstanceOf(IllegalStateException.class);
  }
}
