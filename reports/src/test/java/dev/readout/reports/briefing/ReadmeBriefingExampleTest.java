package dev.readout.reports.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's briefing snippet, as written there, so that it keeps compiling and working. */
class ReadmeBriefingExampleTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeSnippetRendersTheVietnameseUsBrief() throws IOException {
    Path file = dir.resolve("us.pdf");
    BriefingOptions options = BriefingOptions.builder()
        .asOf(LocalDate.of(2022, 12, 1)).language("vi").classification("UNCLASSIFIED").build();
    Document brief = Briefings.countryBrief(Datasets.seed(), "US", options);
    RenderResult result;
    try (OutputStream out = Files.newOutputStream(file)) {
      result = PdfRenderer.create().render(brief, out);
    }
    assertThat(result.warnings()).isEmpty();
    assertThat(Files.size(file)).isPositive();
    assertThat(brief.metadata().title()).isEqualTo("Tài liệu tóm tắt: Hoa Kỳ");
  }
}
