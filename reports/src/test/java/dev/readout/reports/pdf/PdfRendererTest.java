package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the PDF of {@link SampleDocuments#everyBlockType()} back with PDFBox. */
class PdfRendererTest {
  private static final Document DOC = SampleDocuments.everyBlockType();
  private static PdfReadBack.Rendered rendered;
  private static PDDocument pdf;

  @BeforeAll
  static void render() {
    rendered = PdfReadBack.render(DOC);
    rendered.save("every-block-type.pdf");
    pdf = rendered.open();
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void rendersWithoutWarnings() {
    assertThat(rendered.result().warnings()).isEmpty();
  }

  @Test
  void textHasTheWordsOfThePlainTextInOrder() {
    assertContainsInOrder(PdfReadBack.textInContentOrder(pdf), PlainText.of(DOC));
  }

  @Test
  void textOfEveryBlockType() {
    String text = PdfReadBack.text(pdf);
    assertThat(text).contains(
        "Readout: Viet Nam – Australia defence",                              // cover title
        "Prepared for General Phan Văn Giang", "Draft for review",           // cover lines
        "Contents",                                                          // table of contents
        "General Phan Văn Giang received the delegation",                   // paragraph with inlines
        "Background", "comprehensive strategic partnership in 2024.",        // note
        "Place", "Hà Nội, Việt Nam",                                         // key-value block
        "War legacy", "Data sharing on Quảng Trị", "Dioxin remediation at Biên Hòa", // nested lists
        "1. Opening remarks", "3. Signing ceremony",                         // numbered list
        "Commitments made during the visit",                                 // table caption
        "exchange delegation no. 120 on training and",                       // last table row
        "Quotes are verbatim; translations from Vietnamese are the editor's.",
        "Notes", "Confirmed in a phone call on 3 June 2024.");               // endnotes
  }

  @Test
  void everyFontIsEmbeddedAndNoneIsAStandard14Font() throws IOException {
    Set<String> names = new TreeSet<>();
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        names.add(font.getName());
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
        assertThat(font.isStandard14()).as("%s standard 14", font.getName()).isFalse();
        assertThat(((PDType0Font) font).getDescendantFont().isEmbedded()).isTrue();
      }
    }
    assertThat(names).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+Liberation(Serif|Sans)(-\\w+)?"), "subset of Liberation");
  }

  @Test
  void outlineMirrorsTheHeadings() {
    List<String> expected = DOC.headings().stream()
        .map(h -> h.level() + ":" + PlainText.of(h.content()))
        .toList();
    assertThat(PdfReadBack.outline(pdf)).containsExactlyElementsOf(expected);
  }

  @Test
  void footerCountsPages() {
    int pages = pdf.getNumberOfPages();
    assertThat(pages).isBetween(6, 12);
    assertThat(PdfReadBack.pageText(pdf, 1)).contains("Page 1 of " + pages);
    assertThat(PdfReadBack.pageText(pdf, pages)).contains("Page " + pages + " of " + pages);
    for (int p = 1; p <= pages; p++) {
      assertThat(PdfReadBack.pageText(pdf, p)).contains("Page " + p + " of " + pages, "UNCLASSIFIED");
    }
  }

  @Test
  void footerStandsAtTheLeftMarginAndEveryPageShowsOneCountTemplate() throws IOException {
    // Figures are templates too, each on its own page: the count's template is the one on every page.
    Set<COSObjectKey> countTemplates = null;
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      PDPage page = pdf.getPage(p - 1);
      COSDictionary forms = page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
      assertThat(forms).as("page %d draws a template", p).isNotNull();
      Set<COSObjectKey> onPage = new HashSet<>();
      for (COSName name : forms.keySet()) {
        onPage.add(((COSObject) forms.getItem(name)).getKey());
      }
      if (countTemplates == null) {
        countTemplates = onPage;
      } else {
        countTemplates.retainAll(onPage);
      }
      assertThat(footerStart(p, "Page " + p + " of")).as("where the footer starts").isCloseTo(66f, within(0.5f));
    }
    assertThat(countTemplates).as("the page count is drawn once, in one template").hasSize(1);
  }

  /** The x where text starting so stands in the bottom margin of the page (below the text area). */
  private static float footerStart(int page, String start) throws IOException {
    float bottomMargin = pdf.getPage(page - 1).getMediaBox().getHeight() - 70f;
    List<Float> found = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        if (text.startsWith(start) && positions.get(0).getYDirAdj() > bottomMargin) {
          found.add(positions.get(0).getXDirAdj());
        }
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    assertThat(found).as("\"%s\" in the bottom margin of page %d", start, page).hasSize(1);
    return found.get(0);
  }

  @Test
  void longTableRepeatsItsHeaderUnderTheRunningHeader() {
    int first = pageWith("exchange delegation no. 1 on training");
    int last = pageWith("exchange delegation no. 120 on training");
    assertThat(last).as("the table spans pages").isGreaterThanOrEqualTo(first + 2);
    for (int p = first + 1; p <= last; p++) {
      String text = PdfReadBack.pageText(pdf, p);
      String[] lines = text.split("\n");
      assertThat(lines[0]).isEqualTo("UNCLASSIFIED");
      assertThat(lines[1]).isEqualTo("Readout: Viet Nam – Australia defence talks");
      assertThat(text).contains("Commitments made during the visit", "No. Commitment Status", "made by / towards as of 2024-05-12");
    }
    assertThat(PdfReadBack.pageText(pdf, 1)).doesNotContain("Readout: Viet Nam – Australia defence talks\n", "No. Commitment");
  }

  @Test
  void tableOfContentsGivesThePageOfEachHeading() {
    int tocPage = pageWith("Contents\n");
    String toc = PdfReadBack.pageText(pdf, tocPage);
    List<Heading> headings = DOC.headings();
    List<String> anchors = DOC.uniqueAnchors();
    for (int i = 0; i < headings.size(); i++) {
      String title = PlainText.of(headings.get(i).content());
      Matcher entry = Pattern.compile("(?m)^" + Pattern.quote(title) + "[\\s\u00A0\uFFFC]+(\\d+)\\s*$").matcher(toc);
      assertThat(entry.find()).as("entry for %s in%n%s", title, toc).isTrue();
      int listed = Integer.parseInt(entry.group(1));
      assertThat(PdfReadBack.destinationPage(pdf, anchors.get(i))).as("destination of %s", title).contains(listed);
      assertThat(PdfReadBack.pageText(pdf, listed)).as("page %d", listed).containsPattern("(?m)^" + Pattern.quote(title) + "[\\s\u00A0]*$");
    }
  }

  @Test
  void linksAreUrisOrGotosOnly() throws IOException {
    List<String> uris = new ArrayList<>();
    int gotos = 0;
    for (PDPage page : pdf.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
        PDAction action = ((PDAnnotationLink) annotation).getAction();
        if (action instanceof PDActionURI uri) {
          uris.add(uri.getURI());
        } else {
          assertThat(action).isInstanceOf(PDActionGoTo.class);
          gotos++;
        }
      }
    }
    assertThat(uris).containsOnly("https://example.org/readouts/2024-05-12?lang=vi", "https://example.org/vna/2024/05/12");
    // six entries twice (text and page number), the link to #commitments, two marks and two notes
    assertThat(gotos).isGreaterThanOrEqualTo(6 * 2 + 1 + 2 + 2);
  }

  @Test
  void internalLinkLeadsToTheHeading() throws IOException {
    int summaryPage = pageWith("General Phan Văn Giang received");
    PDPage page = pdf.getPage(summaryPage - 1);
    boolean found = false;
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (((PDAnnotationLink) annotation).getAction() instanceof PDActionGoTo goTo
          && goTo.getDestination() instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination dest) {
        found |= pdf.getPages().indexOf(dest.getPage()) + 1 == pageWith("Every commitment made during the visit");
      }
    }
    assertThat(found).as("a GoTo on page %d to the Commitments heading", summaryPage).isTrue();
  }

  @Test
  void usLetterAndVietnameseFooter() {
    PdfRenderer renderer = PdfRenderer.builder().pageSize(PageSize.US_LETTER).locale(Locale.forLanguageTag("vi-VN")).build();
    try (PDDocument letter = PdfReadBack.render(renderer, DOC).open()) {
      int pages = letter.getNumberOfPages();
      assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
      assertThat(PdfReadBack.pageText(letter, 1)).contains("Trang 1 / " + pages);
      assertThat(PdfReadBack.pageText(letter, pages)).contains("Ghi chú", "Trang " + pages + " / " + pages);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void footerFollowsTheDocumentLanguageByDefault() throws IOException {
    Document vi = Document.builder().metadata(Metadata.builder().title("Báo cáo").language("vi").build())
        .paragraph("Nội dung.").build();
    try (PDDocument doc = PdfReadBack.render(vi).open()) {
      assertThat(PdfReadBack.pageText(doc, 1)).contains("Báo cáo", "Nội dung.", "Trang 1 / 1");
    }
  }

  @Test
  void documentWithoutBlocksHasOnePage() throws IOException {
    Document empty = Document.builder().metadata(Metadata.of("Empty")).build();
    try (PDDocument doc = PdfReadBack.render(empty).open()) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(PdfReadBack.pageText(doc, 1)).contains("Page 1 of 1");
    }
  }

  @Test
  void duplicateAndUnknownAnchorsAreReported() throws IOException {
    Heading first = Heading.of(1, "Talks");
    Heading second = Heading.of(2, "Talks");
    Link nowhere = Link.of("#nowhere", "to nowhere");
    Document doc = Document.builder().metadata(Metadata.of("Anchors"))
        .add(first).add(second)
        .paragraph(Link.of("#talks", "back"), Text.of(" and "), nowhere)
        .build();
    PdfReadBack.Rendered result = PdfReadBack.render(doc);
    assertThat(result.result().warnings()).containsExactly(
        RenderWarning.duplicateAnchor(second, "talks-2"),
        RenderWarning.unknownAnchor(nowhere));
    try (PDDocument read = result.open()) {
      assertThat(PdfReadBack.destinationPage(read, "talks")).contains(1);
      assertThat(PdfReadBack.destinationPage(read, "talks-2")).contains(1);
      assertThat(PdfReadBack.destinationPage(read, "nowhere")).isEmpty();
      assertThat(PdfReadBack.text(read)).contains("back and to nowhere");
    }
  }

  private static int pageWith(String text) {
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      if (PdfReadBack.pageText(pdf, p).contains(text)) {
        return p;
      }
    }
    throw new AssertionError("no page contains " + text);
  }

  /** Asserts that the words of {@code expected} occur in {@code actual} in the same order. */
  static void assertContainsInOrder(String actual, String expected) {
    List<String> have = PlainText.words(actual);
    List<String> want = PlainText.words(expected);
    int i = 0;
    for (String word : have) {
      if (i < want.size() && want.get(i).equals(word)) {
        i++;
      }
    }
    assertThat(i).as("words matched in order; next missing: %s, after: %s",
        i < want.size() ? want.get(i) : "-", want.subList(Math.max(0, i - 8), i)).isEqualTo(want.size());
  }
}
