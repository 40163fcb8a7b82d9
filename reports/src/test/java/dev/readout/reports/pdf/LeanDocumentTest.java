package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The renderer's leaner record of named destinations ({@link LeanDocument}) relies on how OpenPDF
 * uses its own: the file must be byte for byte what OpenPDF writes with its {@code PdfDocument}.
 */
class LeanDocumentTest {

  @Test
  void writesTheSameBytesAsOpenPdfsOwnDocument() throws IOException {
    Map<String, Document> documents = Map.of(
        "every block type", SampleDocuments.everyBlockType(),
        "adversarial", SampleDocuments.adversarial(),
        "seed briefing book", Briefings.briefingBook(Datasets.seed(), BriefingOptions.defaults()));
    for (Map.Entry<String, Document> d : documents.entrySet()) {
      for (boolean pdfA : new boolean[] {true, false}) {
        assertThat(pass(d.getValue(), pdfA, true)).as("%s, PDF/A %s", d.getKey(), pdfA)
            .isEqualTo(pass(d.getValue(), pdfA, false));
      }
    }
  }

  @Test
  void theSeedBookHasManyNamedDestinations() throws IOException {
    // The comparison above means something only if the documents have links both ways.
    String pdf = new String(pass(Briefings.briefingBook(Datasets.seed(), BriefingOptions.defaults()), false, true),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(pdf).contains("(fn.1)", "(fnref.1)", "/Dests");
  }

  /** One layout pass, with the page numbers unknown, as the renderer's first pass runs it. */
  private static byte[] pass(Document document, boolean pdfA, boolean lean) throws IOException {
    Locale locale = document.metadata().locale();
    byte[] id = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    PdfSettings settings = new PdfSettings(PdfRenderer.PageSize.A4.rectangle(), locale, Labels.of(locale), pdfA,
        Instant.parse("2025-01-02T03:04:05Z"), id);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfContext(document, settings, new Fonts(settings.documentIdHex()), PdfContext.Layout.UNKNOWN)
        .render(out, lean);
    return out.toByteArray();
  }
}
