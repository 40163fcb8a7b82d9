package dev.readout.reports.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.html.HtmlRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import dev.readout.testkit.Hazard;
import dev.readout.testkit.ReadoutArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/**
 * Every generated dataset, with adversarial text, renders its briefing book — which holds every
 * country brief, every readout and the tracker — in PDF, Word, Markdown and HTML without an
 * exception; the PDF and the Word file re-open, the HTML parses; and each file's text holds every
 * commitment's text, after the documented replacement: letters and digits are compared (white
 * space, punctuation, symbols, marks and invisible characters are layout), and the PDF leaves out
 * what no bundled font can show ({@link PdfRenderer#canShow(int)}) and reports it as a warning. In
 * the PDF, running heads and feet are taken out of the text, and a word longer than a page is
 * checked by its first 200 letters (its pieces are interleaved with repeated table headers when it
 * wraps over pages); a commitment with right-to-left or bidi-control characters is checked in Word,
 * Markdown and HTML only, since a PDF holds right-to-left text in visual order.
 */
class BriefingRenderingProperties {
  private static final AtomicInteger DATASETS = new AtomicInteger();
  private static final PdfRenderer PDF = PdfRenderer.create();
  private static final DocxRenderer DOCX = DocxRenderer.create();
  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();
  private static final HtmlRenderer HTML = HtmlRenderer.create();

  static {
    // Generated long words repeat one syllable thousands of times, so a part of our DOCX can
    // compress more than 100 to 1; POI, as a reader, refuses that as a possible zip bomb. Word and
    // LibreOffice open such files; here the guard is relaxed for re-reading our own output.
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0005);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return ReadoutArbitraries.datasets().withEngagements(1, 3).withCommitmentsPerEngagement(1, 2).withAdversarialText(true);
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("en", "vi");
  }

  /**
   * The letters and digits of a text, keeping only the code points {@code shown} accepts: what every
   * renderer leaves out — characters XML forbids ({@link PlainText#isRenderable}) and, in the PDF,
   * invisible format characters — is left out first, so that a combining mark they held apart
   * attaches to the letter before, as in the files; then the text is put in NFC.
   */
  private static String letters(String text, IntPredicate shown) {
    // As the renderers do: normalise, leave out what cannot be written or shown; as the reader
    // does: normalise again (a mark the left-out character carried now joins the letter before).
    StringBuilder kept = new StringBuilder();
    Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
        .filter(cp -> Character.getType(cp) != Character.FORMAT && PlainText.isRenderable(cp) && shown.test(cp))
        .forEach(kept::appendCodePoint);
    StringBuilder sb = new StringBuilder();
    Normalizer.normalize(kept, Normalizer.Form.NFC).codePoints()
        .filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }


  /**
   * The text without the lines every page repeats — the classification marking, the title and
   * "Page N of M" — which sit between the halves of a word that runs across a page break.
   */
  private static String withoutRunningHeadAndFoot(String text, Document document) {
    String marking = document.metadata().classification().orElse("");
    String title = document.metadata().title();
    return text.lines().map(String::strip)
        .filter(line -> !line.equals(marking) && !line.equals(title) && !FOOTER.matcher(line).matches())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static boolean hasWordLongerThanAPage(String text) {
    return java.util.Arrays.stream(text.split("\\s+")).anyMatch(w -> w.length() > 400);
  }

  private static String escaped(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().limit(300).forEach(cp -> sb.append(cp >= 32 && cp < 127 ? Character.toString(cp)
        : String.format(java.util.Locale.ROOT, "\\u{%X}", cp)));
    return sb.toString();
  }

  private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile("(Page \\d+ of \\d+|Trang \\d+ / \\d+)");

  @Property
  void everyBriefingRendersInEveryFormatReopensAndHoldsEveryCommitment(@ForAll("datasets") Dataset dataset,
                                                                       @ForAll("languages") String language)
      throws IOException {
    DATASETS.incrementAndGet();
    BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2030, 1, 1)).language(language)
        .classification("UNCLASSIFIED").build();
    Document book = Briefings.briefingBook(dataset, options);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    RenderResult pdfResult = PDF.render(book, pdf);
    String pdfText;
    try (PDDocument reopened = Loader.loadPDF(pdf.toByteArray())) {
      assertThat(reopened.getNumberOfPages()).isPositive();
      pdfText = letters(withoutRunningHeadAndFoot(new PDFTextStripper().getText(reopened), book), cp -> true);
    }
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    DOCX.render(book, docx);
    String docxText;
    try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
         XWPFWordExtractor extractor = new XWPFWordExtractor(reopened)) {
      docxText = letters(extractor.getText(), cp -> true);
    }
    ByteArrayOutputStream md = new ByteArrayOutputStream();
    MARKDOWN.render(book, md);
    String mdText = letters(md.toString(StandardCharsets.UTF_8), cp -> true);
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    HTML.render(book, html);
    String htmlText = letters(Jsoup.parse(html.toString(StandardCharsets.UTF_8)).body().text(), cp -> true);

    for (Commitment c : dataset.commitments()) {
      // The briefing gives a commitment in its own language where the record has a translation.
      String text = c.language().equals(language) ? c.text()
          : c.translation(language).flatMap(t -> t.text()).orElse(c.text());
      String shown = letters(text, PdfRenderer::canShow);
      if (hasWordLongerThanAPage(text)) {
        // Such a word wraps down a narrow table column over several pages, and the repeated table
        // header rows sit between its pieces in the extracted text: check that it starts, and
        // that the Word and Markdown files below hold it whole.
        shown = shown.substring(0, Math.min(shown.length(), 200));
      }
      if (!Hazard.BIDI.occursIn(text)) {
        // With right-to-left text the PDF holds it in visual order, which PDF text extraction
        // returns; such commitments are checked in Word and Markdown, which keep logical order.
        assertThat(pdfText).as("PDF holds %s: %s", c.id(), escaped(text)).contains(shown);
      }
      assertThat(docxText).as("Word holds %s", c.id()).contains(letters(text, cp -> true));
      assertThat(mdText).as("Markdown holds %s", c.id()).contains(letters(text, cp -> true));
      assertThat(htmlText).as("HTML holds %s", c.id()).contains(letters(text, cp -> true));
      if (!letters(text, cp -> true).equals(letters(text, PdfRenderer::canShow))) {
        assertThat(pdfResult.warnings()).as("what the PDF leaves out of %s is reported", c.id()).isNotEmpty();
      }
    }
  }

  @AfterContainer
  static void printCounts() {
    System.out.printf(java.util.Locale.ROOT, "BriefingRenderingProperties: %,d datasets, each book rendered to PDF, Word, Markdown and HTML%n",
        DATASETS.get());
  }
}
