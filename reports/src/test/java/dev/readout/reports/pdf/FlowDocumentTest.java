package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * {@link FlowDocument}: OpenPDF's document layout with each page's content stream in reading order,
 * space that draws nothing, and tables that fail rather than loop. Files are read back with PDFBox.
 */
class FlowDocumentTest {

  @Test
  void tablesAndParagraphsAreInTheContentStreamInTheOrderTheyWereAdded() throws IOException {
    byte[] file = write(flow -> {
      flow.add(paragraph("Before the table."));
      flow.add(table("Inside the first table."));
      flow.add(paragraph("Between the tables."));
      flow.add(table("Inside the second table."));
      flow.add(paragraph("After the tables."));
      flow.newPage();
      flow.add(table("A table at the top of a page."));
      flow.add(paragraph("Text below it."));
    });
    try (PDDocument pdf = Loader.loadPDF(file)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      // Stock OpenPDF puts every paragraph of a page before every table on it.
      assertThat(lines(PdfReadBack.textInContentOrder(pdf))).containsExactly(
          "Before the table.", "Inside the first table.", "Between the tables.", "Inside the second table.",
          "After the tables.", "A table at the top of a page.", "Text below it.");
      // And each piece stands where the flow put it: the text sorted by position reads the same.
      assertThat(lines(PdfReadBack.text(pdf))).isEqualTo(lines(PdfReadBack.textInContentOrder(pdf)));
    }
  }

  @Test
  void spaceBeforeAndAfterAParagraphDrawsNothing() throws IOException {
    byte[] file = write(flow -> {
      for (String word : List.of("Confirmed", "Proposed", "Agreed")) {
        Paragraph p = paragraph(word);
        p.setSpacingBefore(12f);
        p.setSpacingAfter(9f);
        flow.add(p);
      }
    });
    try (PDDocument pdf = Loader.loadPDF(file)) {
      List<TextPosition> glyphs = glyphs(pdf);
      // Stock OpenPDF draws a space on a line of its own for each space, which text extraction puts
      // between the letters of the words around it.
      assertThat(glyphs).extracting(TextPosition::getUnicode).doesNotContain(" ");
      assertThat(lines(PdfReadBack.textInContentOrder(pdf))).containsExactly("Confirmed", "Proposed", "Agreed");
      List<Float> baselines = glyphs.stream().filter(g -> g.getUnicode().matches("[CPA]")).map(TextPosition::getY).toList();
      assertThat(baselines).hasSize(3);
      assertThat(baselines.get(1) - baselines.get(0)).as("9 after, 12 before, 14 of line").isEqualTo(35f);
      assertThat(baselines.get(2) - baselines.get(1)).isEqualTo(35f);
    }
  }

  @Test
  void aParagraphKeptTogetherKeepsItsSpaceAfter() throws IOException {
    float[] left = new float[2];
    write(flow -> {
      flow.add(paragraph("First, so that the page is not empty."));
      for (int i = 0; i < 2; i++) {
        float before = flow.spaceLeft();
        Paragraph p = paragraph("A paragraph");
        p.setSpacingAfter(10f);
        p.setKeepTogether(i == 1);
        flow.add(p);
        left[i] = before - flow.spaceLeft();
      }
    });
    assertThat(left[0]).isEqualTo(24f);
    assertThat(left[1]).as("kept together").isEqualTo(left[0]);
  }

  @Test
  void aLongTableGoesOnToNewPagesAndTheTextGoesOnBelowIt() throws IOException {
    byte[] file = write(flow -> {
      PdfPTable t = new PdfPTable(1);
      for (int i = 0; i < 120; i++) {
        t.addCell(phrase("row " + i));
      }
      flow.add(t);
      flow.add(paragraph("After the long table."));
    });
    try (PDDocument pdf = Loader.loadPDF(file)) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      List<String> lines = lines(PdfReadBack.textInContentOrder(pdf));
      assertThat(lines.get(0)).isEqualTo("row 0");
      assertThat(lines.get(lines.size() - 1)).isEqualTo("After the long table.");
      assertThat(lines).hasSize(121).doesNotHaveDuplicates();
      assertThat(PdfReadBack.pageText(pdf, pdf.getNumberOfPages())).contains("row 119", "After the long table.");
    }
  }

  @Test
  void aTableKeptTogetherStartsANewPageWhenItDoesNotFitBelowTheText() throws IOException {
    for (boolean kept : new boolean[] {false, true}) {
      byte[] file = write(flow -> {
        while (flow.spaceLeft() > 100f) {
          flow.add(paragraph("filler"));
        }
        PdfPTable t = new PdfPTable(1);
        for (int i = 0; i < 10; i++) {
          t.addCell(phrase("row " + i));
        }
        t.setKeepTogether(kept);
        flow.add(t);
      });
      try (PDDocument pdf = Loader.loadPDF(file)) {
        assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        assertThat(PdfReadBack.pageText(pdf, 1).contains("row 0")).as("kept together: %s", kept).isEqualTo(!kept);
        assertThat(PdfReadBack.pageText(pdf, 2)).contains("row 9");
      }
    }
  }

  @Test
  void aTableThatFitsOnNoPageIsAnErrorNotAnErrorParagraph() {
    for (boolean atTop : new boolean[] {true, false}) {
      PdfPTable table = new PdfPTable(1);
      table.setSplitRows(false);
      PdfPCell tall = new PdfPCell();
      tall.setFixedHeight(2 * PageSize.A4.getHeight());
      table.addCell(tall);
      assertThatThrownBy(() -> write(flow -> {
        if (!atTop) {
          flow.add(paragraph("text"));
        }
        flow.add(table);
      })).as("at the top of a page: %s", atTop)
          .isInstanceOf(IllegalStateException.class).hasMessage("an element does not fit on an empty page");
    }
  }

  @Test
  void paragraphsGoDownThePageAndOnToTheNext() {
    write(flow -> {
      float full = flow.spaceLeft();
      assertThat(full).isEqualTo(flow.top() - flow.bottom());
      Paragraph first = paragraph("one line");
      first.setSpacingBefore(50f);
      first.setSpacingAfter(6f);
      flow.add(first);
      assertThat(flow.spaceLeft()).as("no space before at the top of a page; 14 pt of line, 6 after")
          .isEqualTo(full - 14f - 6f);
      int added = 0;
      while (flow.getPageNumber() == 1) {
        flow.add(paragraph("line " + added++));
      }
      assertThat(flow.getPageNumber()).isEqualTo(2);
      // The line that started the new page went either on it or, when it still fitted, on the first.
      float onSecond = full - flow.spaceLeft();
      assertThat(onSecond).isIn(0f, 14f);
      float onFirst = 14f + 6f + 14f * (added - onSecond / 14f);
      // OpenPDF's layout ends a page when a line and one more leading would not fit below what is on it.
      assertThat(onFirst).as("the first page is full, and no line is below its bottom margin")
          .isLessThanOrEqualTo(full).isGreaterThanOrEqualTo(full - 3 * 14f);
    });
  }

  @Test
  void skipMovesDownButNotPastTheBottom() {
    write(flow -> {
      float full = flow.spaceLeft();
      flow.skip(100f);
      assertThat(flow.spaceLeft()).isEqualTo(full - 100f);
      flow.skip(10_000f);
      assertThat(flow.spaceLeft()).isZero();
    });
  }

  @Test
  void newPageOnAnEmptyPageStaysOnIt() {
    write(flow -> {
      flow.newPage();
      assertThat(flow.getPageNumber()).isEqualTo(1);
      flow.add(paragraph("text"));
      flow.newPage();
      assertThat(flow.getPageNumber()).isEqualTo(2);
    });
  }

  @Test
  void aWriterNotMadeForTheFlowIsRefused() {
    Document pdf = new Document();
    PdfWriter stock = PdfWriter.getInstance(pdf, new ByteArrayOutputStream());
    pdf.open();
    assertThatThrownBy(() -> FlowDocument.of(stock)).isInstanceOf(IllegalArgumentException.class);
    stock.setPageEmpty(false);
    pdf.close();
  }

  /** Embedded Liberation Serif: PDFBox warns when it reads text in a font it must stand in for. */
  private static final Font SERIF = new Font(new Fonts("0123456789abcdef", FontChain.of(java.util.List.of(), false)).font(Fonts.Face.SERIF), 11f);

  private static Paragraph paragraph(String text) {
    return new Paragraph(14f, text, SERIF);
  }

  private static Phrase phrase(String text) {
    return new Phrase(text, SERIF);
  }

  private static PdfPTable table(String text) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.addCell(phrase(text));
    return t;
  }

  /** A file written by a {@link FlowDocument} on A4 pages, with the renderer's margins. */
  private static byte[] write(Consumer<FlowDocument> content) {
    Document pdf = new Document(PageSize.A4, 66, 66, 80, 70);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter writer = FlowDocument.writer(pdf, out, (font, size, text) -> null, fonts -> {});
    pdf.open();
    content.accept(FlowDocument.of(writer));
    writer.setPageEmpty(false); // a test may leave the page blank
    pdf.close();
    return out.toByteArray();
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static List<TextPosition> glyphs(PDDocument pdf) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        glyphs.add(text);
        super.processTextPosition(text);
      }
    };
    stripper.getText(pdf);
    return glyphs;
  }
}
