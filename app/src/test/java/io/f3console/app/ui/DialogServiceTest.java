package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.F3Exception;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class DialogServiceTest {
  @Test
  void theCausesAreSaidInWordsOutermostFirstWithoutRepeats() {
    Throwable error =
        new F3Exception(
            "cannot open table.json",
            new UncheckedIOException(new NoSuchFileException("data/table.json")));

    assertThat(DialogService.causes(error)).containsExactly("there is no file data/table.json");
  }

  @Test
  void fileAndNetworkFailuresReadAsSentences() {
    assertThat(DialogService.plainMessage(new NoSuchFileException("x/y.json")))
        .isEqualTo("There is no file x/y.json.");
    assertThat(DialogService.plainMessage(new AccessDeniedException("history/h.db")))
        .isEqualTo("Permission to read or write history/h.db was denied.");
    assertThat(DialogService.plainMessage(new ConnectException("Connection refused")))
        .isEqualTo("Nothing answered the connection (Connection refused).");
    assertThat(DialogService.causes(new IOException("top", new ConnectException("refused"))))
        .containsExactly("nothing answered the connection (refused)");
    assertThat(DialogService.causes(new F3Exception("plain"))).isEmpty();
  }

  @Test
  void theNextChooserOpensWhereTheLastFileWasChosen(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    DialogService dialogs = new DialogService(() -> null);
    assertThat(dialogs.lastFolder()).isEqualTo(new java.io.File(System.getProperty("user.dir")));

    dialogs.remember(dir.resolve("table.json").toFile());
    dialogs.remember(null);

    assertThat(dialogs.lastFolder()).isEqualTo(dir.toFile());
  }
}
