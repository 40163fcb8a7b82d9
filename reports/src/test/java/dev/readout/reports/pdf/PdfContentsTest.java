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

  @Test
  void numbersOfFiveDigitsStandWholeRightOfTheirEntry() throws IOException {
    // Entries on pages past 9,999 whose titles end ever further to the right, a letter at a time,
    // until their last line has room for no more than the number.
    int entries = 40;
    Document.Builder doc = Document.builder().metadata(Metadata.of("Long")).add(TableOfContents.of("Contents"));
    for (int p = 0; p < 10_000; p++) {
      doc.paragraph("Page " + p + ".").add(PageBreak.of());
    }
    for (int i = 0; i < entries; i++) {
      doc.add(Heading.of(1, "h" + i, "Entry" + " wide".repeat(14) + " " + "i".repeat(i + 1))).add(PageBreak.of());
    }
    PdfReadBack.Rendered rendered = PdfReadBack.render(doc.build());
    rendered.save("contents-five-digits.pdf");
    try (PDDocument pdf = rendered.open()) {
      int first = PdfReadBack.destinationPage(pdf, "h0").orElseThrow();
      assertThat(first).as("five-digit pages").isGreaterThan(9_999);
      List<String> pages = new ArrayList<>();
      for (int i = 0; i < entries; i++) {
        pages.add(String.valueOf(PdfReadBack.destinationPage(pdf, "h" + i).orElseThrow()));
      }
      List<ContentsLine> lines = numberedLines(pdf, first - 1);
      assertThat(lines).extracting(ContentsLine::number).as("each entry's page, in full").isEqualTo(pages);
      assertThat(lines).as("every number right of the space after its entry, where its leader begins")
          .allSatisfy(line -> assertThat(line.numberStart()).isGreaterThanOrEqualTo(line.leaderStart() - 0.05f));
    }
  }

  /** A line of the contents that ends in a number: the number, where its digits begin and where the entry's text and space end. */
  private record ContentsLine(String number, float numberStart, float leaderStart) {}

  /** The lines of the contents' pages that end in a number, from their glyphs' positions. */
  private static List<ContentsLine> numberedLines(PDDocument pdf, int lastPage) throws IOException {
    java.util.SortedMap<String, List<TextPosition>> glyphsByLine = new java.util.TreeMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition glyph) {
        String key = String.format("%06d %08.1f", getCurrentPageNo(), glyph.getYDirAdj());
        glyphsByLine.computeIfAbsent(key, k -> new ArrayList<>()).add(glyph);
      }
    };
    stripper.setStartPage(1);
    stripper.setEndPage(lastPage);
    stripper.getText(pdf);
    List<ContentsLine> lines = new ArrayList<>();
    for (List<TextPosition> glyphs : glyphsByLine.values()) {
      glyphs.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
      int digits = glyphs.size();
      while (digits > 0 && Character.isDigit(glyphs.get(digits - 1).getUnicode().charAt(0))) {
        digits--;
      }
      if (digits == glyphs.size() || glyphs.get(glyphs.size() - 1).getXDirAdj() < glyphs.get(0).getPageWidth() / 2) {
        continue; // no number, or the footer's page count
      }
      int letter = digits - 1;
      while (letter >= 0 && glyphs.get(letter).getUnicode().isBlank() || letter >= 0 && glyphs.get(letter).getUnicode().equals("\u00A0")) {
        letter--;
      }
      StringBuilder number = new StringBuilder();
      glyphs.subList(digits, glyphs.size()).forEach(g -> number.append(g.getUnicode()));
      float leaderStart = Float.NEGATIVE_INFINITY; // a line of leader alone begins at the margin
      if (letter >= 0) {
        TextPosition last = glyphs.get(letter);
        TextPosition space = glyphs.get(letter + 1); // the no-break space the entry's text ends with
        leaderStart = last.getXDirAdj() + last.getWidthDirAdj() + space.getWidthDirAdj();
      }
      lines.add(new ContentsLine(number.toString(), glyphs.get(digits).getXDirAdj(), leaderStart));
    }
    return lines;
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
