package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.SampleDocuments;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Figures in the PDF: vector drawings (form XObjects, no images) whose words are text in the embedded fonts. */
class PdfFigureTest {

  private static Document figures() {
    return Document.builder().metadata(Metadata.of("Figures"))
        .heading(1, "Charts")
        .add(SampleDocuments.timelineFigure())
        .add(SampleDocuments.barFigure())
        .add(SampleDocuments.ageingFigure())
        .build();
  }

  @Test
  void eachFigureIsAVectorDrawingWithItsWordsAsTextAndItsCaptionBelow() throws IOException {
    PdfReadBack.Rendered rendered = PdfReadBack.render(figures());
    assertThat(rendered.result().warnings()).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(rendered.bytes())) {
      int forms = 0;
      for (PDPage page : pdf.getPages()) {
        forms += count(page.getResources(), true);
        assertThat(count(page.getResources(), false)).as("raster images").isZero();
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(forms).as("one drawing per figure").isGreaterThanOrEqualTo(3);
      String text = PdfReadBack.textInContentOrder(pdf);
      assertThat(text).contains("Milestones ahead", "As of 12 May 2024", "Their undertakings", "Event passed",
          "Days since it was made", "540 days, Overdue", "Hà Nội");
      // The drawing's words come before its caption: the caption is below the figure.
      assertThat(text.indexOf("Their undertakings")).isLessThan(text.indexOf("Open items with Australia by direction"));
    }
  }

  @Test
  void aFigureRendersTheSameBytesEveryTime() {
    assertThat(PdfReadBack.render(figures()).bytes()).isEqualTo(PdfReadBack.render(figures()).bytes());
  }

  /** Form XObjects (or images) in the resources, and in the resources of the forms within them. */
  private static int count(PDResources resources, boolean forms) throws IOException {
    int n = 0;
    if (resources == null) {
      return 0;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        n += (forms ? 1 : 0) + count(form.getResources(), forms);
      } else if (x instanceof PDImageXObject) {
        n += forms ? 0 : 1;
      }
    }
    return n;
  }
}
