package dev.readout.examples;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Composes the country brief on the United States from the built-in seed dataset, as of 1 December
 * 2022 and in Vietnamese, and renders it to PDF and Word. Composing is pure — the same dataset and
 * options give an equal {@code Document} — and each renderer reports anything it could not show as
 * a warning in its {@code RenderResult}.
 */
public final class RenderCountryBriefExample {
  private RenderCountryBriefExample() {}

  /**
   * Writes {@code country-brief-us.vi.pdf} and {@code country-brief-us.vi.docx}.
   *
   * @param args the directory to write to (default: {@code target/examples})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/examples"));
    BriefingOptions options = BriefingOptions.builder()
        .asOf(LocalDate.of(2022, 12, 1)).language("vi").classification("UNCLASSIFIED").build();
    Document brief = Briefings.countryBrief(Datasets.seed(), "US", options);

    Map<String, DocumentRenderer> renderers = Map.of(
        "country-brief-us.vi.pdf", PdfRenderer.builder().pageSize(PageSize.A4).build(),
        "country-brief-us.vi.docx", DocxRenderer.create());
    for (String name : new String[] {"country-brief-us.vi.pdf", "country-brief-us.vi.docx"}) {
      Path file = dir.resolve(name);
      try (OutputStream out = Files.newOutputStream(file)) {
        RenderResult result = renderers.get(name).render(brief, out);
        result.warnings().forEach(w -> System.err.println("warning: " + w.message()));
      }
      System.out.println(file + " (" + Files.size(file) + " bytes)");
    }
  }
}
