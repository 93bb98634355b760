package io.f3console.app.ui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.SameThreadRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.logs.LogClass;
import io.f3console.core.logs.LogRow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogPasteViewModelTest {
  private final LogPasteViewModel model = new LogPasteViewModel(new SameThreadRunner());

  @Test
  void pastedLinesBecomeRowsAndASummaryInTheWorstTone() {
    model.read(
        "2024-11-28T14:20:50.468+0800\tWARN\tf3\tlf3/participation.go:184\tF3 participation"
            + " ticket starts before the existing lease. Acquiring a new ticket.\n"
            + "2024-11-28T14:22:50.468+0800\tWARN\tf3\tlf3/participation.go:184\tF3 participation"
            + " ticket starts before the existing lease. Acquiring a new ticket.\n"
            + "an unrelated line\n");

    assertThat(model.rows()).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo(2));
    LogRow row = model.rows().get(0);
    assertThat(row.logClass()).isEqualTo(LogClass.WORTH_A_LOOK);
    assertThat(LogPasteViewModel.span(row)).isEqualTo("2 min");
    assertThat(model.toneProperty().get()).isEqualTo(Tone.WARNING);
    assertThat(model.summaryProperty().get())
        .isEqualTo(
            "⚠ No problem, but some lines are worth a look. 3 lines read: 2 about F3 (0 problem,"
                + " 2 worth a look, 0 unknown, 0 benign), 1 others ignored.");
  }

  @Test
  void textWithoutF3SaysSo() {
    model.read("hello\nworld\n");
    assertThat(model.rows()).isEmpty();
    assertThat(model.toneProperty().get()).isEqualTo(Tone.MUTED);
    assertThat(model.summaryProperty().get()).startsWith("• No F3 line in this text.");
  }

  @Test
  void aFileThatCannotBeReadIsSaidInTheSummary(@TempDir Path dir) {
    model.read(dir.resolve("gone.log"));
    assertThat(model.rows()).isEmpty();
    assertThat(model.toneProperty().get()).isEqualTo(Tone.DANGER);
    assertThat(model.summaryProperty().get()).startsWith("✘ ").endsWith("gone.log: no such file");
  }
}
