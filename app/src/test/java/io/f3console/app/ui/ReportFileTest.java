package io.f3console.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a report: written through the runner, confirmed once written, nothing when empty. */
class ReportFileTest {
  @TempDir Path folder;
  private final SameThreadRunner runner = new SameThreadRunner();
  private final List<String> notices = new ArrayList<>();

  @Test
  void writesTheReportInTheBackgroundAndSaysWhere() throws Exception {
    Path file = folder.resolve("f3-doctor.md");
    String markdown = "# F3 bootstrap doctor\n\nré ✓\n";
    runner.hold();
    ReportFile.save(runner, notices::add, "the diagnosis", markdown, file);
    assertThat(file).doesNotExist();
    assertThat(notices).isEmpty();

    runner.runPending();
    assertThat(Files.readString(file)).isEqualTo(markdown);
    assertThat(notices).containsExactly("Saved the diagnosis to f3-doctor.md");
    assertThat(runner.titles()).contains("Saving the diagnosis");
  }

  @Test
  void anEmptyReportWritesNothing() {
    Path file = folder.resolve("empty.md");
    ReportFile.save(runner, notices::add, "the comparison", "", file);
    assertThat(file).doesNotExist();
    assertThat(notices).isEmpty();
    assertThat(runner.titles()).isEmpty();
  }

  @Test
  void aFolderThatIsGoneIsAFailureNotANotice() {
    Path file = folder.resolve("gone").resolve("report.md");
    ReportFile.save(runner, notices::add, "the report", "# Report\n", file);
    assertThat(notices).isEmpty();
    assertThat(runner.failures()).hasSize(1);
  }
}
