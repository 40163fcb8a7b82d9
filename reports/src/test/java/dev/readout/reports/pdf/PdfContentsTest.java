package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.TableOfContents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The table of contents is laid out once, its page numbers written in when the file closes
 * ({@link ContentsLeaders}): numbers of one, two and three digits stand right-aligned at one edge,
 * on the last line of their entry, each the page its heading landed on.
 */
class PdfContentsTest {
  private static final int SECTIONS = 120;
  private static final String LONG_TITLE = "A section whose title is long enough to run over the whole width of the"
      + " contents and on to a second line, where its page number stands";

  @Test
  void numbersOfEveryWidthAreTheHeadingsPagesRightAlignedOnTheEntrysLastLine() throws IOException {
    Document.Builder doc = Document.builder().metadata(Metadata.of("Contents")).add(TableOfContents.of("Contents"));
    for (int i = 1; i <= SECTIONS; i++) {
      doc.add(PageBreak.of()).add(Heading.of(1, "s" + i, i == 60 ? LONG_TITLE : "Section " + i))
          .paragraph("Text of section " + i + ".");
    }
    PdfReadBack.Rendered rendered = PdfReadBack.render(doc.build());
    rendered.save("contents-hundreds.pdf");
    try (PDDocument pdf = rendered.open()) {
      int first = PdfReadBack.destinationPage(pdf, "s1").orElseThrow();
      StringBuilder contents = new StringBuilder();
      List<Float> numberEdges = new ArrayList<>();
      for (int p = 1; p < first; p++) {
        contents.append(PdfReadBack.pageText(pdf, p));
        numberEdges.addAll(numberEdges(pdf, p));
      }
      String text = contents.toString().replace('\u00A0', ' ');
      for (int i = 1; i <= SECTIONS; i++) {
        int page = PdfReadBack.destinationPage(pdf, "s" + i).orElseThrow();
        String title = i == 60 ? "where its page number stands" : "Section " + i;
        Matcher entry = Pattern.compile("(?m)" + (i == 60 ? "" : "^") + Pattern.quote(title) + "\\s+(\\d+)\\s*$").matcher(text);
        assertThat(entry.find()).as("the entry of section %d ends its last line with a number", i).isTrue();
        assertThat(Integer.parseInt(entry.group(1))).as("the page of section %d", i).isEqualTo(page);
      }
      assertThat(text).contains("A section whose title is long enough");
      assertThat(PdfReadBack.destinationPage(pdf, "s" + SECTIONS).orElseThrow()).as("three-digit pages").isGreaterThan(99);
      assertThat(numberEdges).as("a number per entry").hasSize(SECTIONS);
      float edge = numberEdges.stream().max(Float::compare).orElseThrow();
      assertThat(numberEdges).as("every number ends at the same edge").allSatisfy(x -> assertThat(x).isBetween(edge - 0.5f, edge));
    }
  }

  @Test
  void entriesInScriptsLaidOutInACellAreNumberedToo() throws IOException {
    NotoFonts.assumeInstalled();
    List<String> titles = List.of("Overview", "\u062A\u0642\u0631\u064A\u0631 \u0627\u0644\u0632\u064A\u0627\u0631\u0629",
        "\u092D\u093E\u0930\u0924 \u0915\u0940 \u092F\u093E\u0924\u094D\u0930\u093E", "Notes on the visit");
    Document.Builder doc = Document.builder().metadata(Metadata.of("Scripts")).add(TableOfContents.of("Contents"));
    for (int i = 0; i < titles.size(); i++) {
      doc.add(PageBreak.of()).add(Heading.of(1, "h" + i, titles.get(i))).paragraph("Text " + i + ".");
    }
    PdfReadBack.Rendered rendered = PdfReadBack.render(doc.build());
    rendered.save("contents-scripts.pdf");
    try (PDDocument pdf = rendered.open()) {
      List<Float> edges = numberEdges(pdf, 1);
      assertThat(edges).as("a number per entry, Arabic and Devanagari ones too").hasSize(titles.size());
      String text = PdfReadBack.pageText(pdf, 1).replace('\u00A0', ' ');
      for (int i = 0; i < titles.size(); i++) {
        int page = PdfReadBack.destinationPage(pdf, "h" + i).orElseThrow();
        assertThat(text).as("the number of entry %d", i).containsPattern("(?m)\\s" + page + "\\s*$");
      }
    }
  }

  /** Where each page number of the contents (a text of digits alone, as its template shows it) ends. */
  private static List<Float> numberEdges(PDDocument pdf, int page) throws IOException {
    List<Float> edges = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        if (!positions.isEmpty() && text.replace('\u00A0', ' ').strip().matches("\\d+")) {
          TextPosition last = positions.get(positions.size() - 1);
          if (last.getXDirAdj() > last.getPageWidth() / 2) { // not the footer's page count, at the left
            edges.add(last.getXDirAdj() + last.getWidthDirAdj());
          }
        }
      }
    };
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return edges;
  }
}
