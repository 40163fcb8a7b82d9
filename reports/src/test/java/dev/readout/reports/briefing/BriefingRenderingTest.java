package dev.readout.reports.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Translation;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.html.HtmlRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every briefing of the seed, in both languages and all four formats, renders without warnings (the
 * native names in Hangul and Devanagari need the machine's fonts, which CI installs), re-opens, and its
 * text holds the text of every commitment it is about, in its own language.
 */
class BriefingRenderingTest {
  private static final Dataset SEED = Datasets.seed();
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  private record Briefing(String name, Document document, Predicate<Commitment> about, String language) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> briefings() {
    List<Arguments> all = new ArrayList<>();
    for (String language : List.of("en", "vi")) {
      BriefingOptions options = BriefingOptions.builder().asOf(AS_OF).language(language).classification("UNCLASSIFIED").build();
      List<Briefing> briefings = new ArrayList<>();
      briefings.add(new Briefing("book " + language, Briefings.briefingBook(SEED, options), c -> true, language));
      briefings.add(new Briefing("tracker " + language, Briefings.commitmentTracker(SEED, options), c -> true, language));
      for (String code : Briefings.counterparts(SEED, options)) {
        briefings.add(new Briefing("brief " + code + " " + language, Briefings.countryBrief(SEED, code, options),
            c -> SEED.commitmentsBy(code).contains(c) || SEED.commitmentsTo(code).contains(c), language));
      }
      for (String id : List.of("giang-austin-2022", "giang-leahy-call-2024", "giang-embassy-staff-2024")) {
        briefings.add(new Briefing("readout " + id + " " + language, Briefings.engagementReadout(SEED, id, options),
            c -> c.engagement().filter(id::equals).isPresent(), language));
      }
      for (Briefing b : briefings) {
        for (String format : List.of("pdf", "docx", "md", "html")) {
          all.add(Arguments.of(b, format));
        }
      }
    }
    return all.stream();
  }

  private static DocumentRenderer renderer(String format) {
    return switch (format) {
      case "pdf" -> PdfRenderer.create();
      case "docx" -> DocxRenderer.create();
      case "html" -> HtmlRenderer.create();
      default -> MarkdownRenderer.create();
    };
  }

  private static String textOf(String format, byte[] bytes) throws IOException {
    switch (format) {
      case "pdf":
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
          return new PDFTextStripper().getText(pdf);
        }
      case "docx":
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
          return extractor.getText();
        }
      case "html":
        // The page's text without the note marks, which add nothing to the running text (as in PlainText).
        Element body = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).body();
        body.select("a[role=doc-noteref], a[role=doc-backlink]").remove();
        return body.text();
      default:
        return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static String words(String text) {
    return String.join(" ", PlainText.words(text));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("briefings")
  void rendersWithoutWarningsAndHoldsEveryCommitmentItIsAbout(Briefing briefing, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result = renderer(format).render(briefing.document(), out);
    assertThat(result.warnings()).as("warnings").isEmpty();
    String text = " " + words(textOf(format, out.toByteArray())) + " ";
    List<Commitment> about = SEED.commitments().stream().filter(briefing.about())
        .filter(c -> SEED.statusOn(c, AS_OF).isPresent()).toList();
    assertThat(about).isNotEmpty();
    for (Commitment c : about) {
      // In its own language: the record's Vietnamese text in a Vietnamese briefing.
      String expected = c.translation(briefing.language()).flatMap(Translation::text).orElse(c.text());
      assertThat(text).as("%s holds commitment %s", briefing, c.id()).contains(" " + words(expected) + " ");
    }
  }
}
