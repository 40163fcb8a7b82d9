package dev.readout.reports.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.html.HtmlRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes a briefing officer found in the seed briefings (issue 18) are gone from the files
 * themselves, in every format and both languages: the text is read back from the PDF, the Word file,
 * the Markdown and the HTML, white space folded, so a phrase broken across lines is still found.
 */
class ReportedMistakesTest {
  private static final Dataset SEED = Datasets.seed();

  static Stream<Arguments> formatsAndLanguages() {
    return Stream.of("pdf", "docx", "md", "html").flatMap(f -> Stream.of(Arguments.of(f, "en"), Arguments.of(f, "vi")));
  }

  /** The U.S. brief as of 1 December 2022 says nothing that nobody knew that day. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formatsAndLanguages")
  void theUsBriefOf2022KnowsNothingOfLaterYears(String format, String language) throws IOException {
    BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).language(language).build();
    String text = text(Briefings.countryBrief(SEED, "US", options), format);
    // The three-year plan for 2022–2024 was known then; nothing else of those years was.
    String withoutThePlan = text.replaceAll("2022 ?[–-] ?2024", "");
    assertThat(withoutThePlan).doesNotContain("Leahy", "2023", "2024", "2025", "[S2]", "holds phone talks")
        .contains("[S1]");
  }

  /** The book as of 4 December 2026, from our side, with event-bound items judged against their events. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formatsAndLanguages")
  void theBookOf2026IsWrittenFromOurSideAndTrueOnItsDay(String format, String language) throws IOException {
    BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2026, 12, 4)).language(language).build();
    String text = text(Briefings.briefingBook(SEED, options), format);
    assertThat(text).doesNotContain("Report to", "on our request:", "Follow up with United States", "on its pledge",
        "Purpose:", "U.S..", "Official readout, Published", "OVERDUE", "QUÁ HẠN", "post not stated", "Nêu vấn đề First",
        "(suy đoán)", "(inferred))", "(suy ra))", "(end unknown))", "(start unknown))");
    if (language.equals("en")) {
      assertThat(text).contains("Prabowo Subianto, former Minister of Defence (until October 2024)",
          "Mr. Patrick Leahy, former U.S. Senator",
          "open — Vietnam International Defense Expo 2022 (December 2022) has passed; no outcome recorded",
          "Reiterate our request: Speed up the progress of the dioxin detoxification project at Bien Hoa Airport.",
          "1 commitment recorded", "War Victims Fund, from 1989 (end unknown)")
          .doesNotContain("1 commitments", "1494 days", "(end unknown))");
      if (format.equals("pdf") || format.equals("html")) { // the charts' text: pictures in Word and Markdown
        assertThat(text).contains("1,494 days, no news");
      }
    } else {
      assertThat(text).contains("Prabowo Subianto, cựu Bộ trưởng Quốc phòng (đến tháng 10 năm 2024)",
          "Nhắc lại đề nghị của ta:", "ghi nhận 1 nội dung cam kết");
    }
    // The long title of the 2022 article stands once, in the list of sources.
    assertThat(count(text, "meets the defence ministers of Indonesia, the U.S., the Republic of Korea and India"))
        .isEqualTo(1);
  }

  private static int count(String text, String phrase) {
    return text.split(java.util.regex.Pattern.quote(phrase), -1).length - 1;
  }

  /** The text of the rendered file, read back as its readers' tools read it, white space folded. */
  private static String text(Document document, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String raw = switch (format) {
      case "pdf" -> {
        PdfRenderer.create().render(document, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
          yield new PDFTextStripper().getText(pdf);
        }
      }
      case "docx" -> {
        DocxRenderer.create().render(document, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
          yield extractor.getText();
        }
      }
      case "html" -> {
        HtmlRenderer.create().render(document, out);
        yield Jsoup.parse(out.toString(StandardCharsets.UTF_8)).body().text();
      }
      default -> {
        MarkdownRenderer.create().render(document, out);
        yield out.toString(StandardCharsets.UTF_8).replace("\\", "");
      }
    };
    // Marks of notes (in the PDF after a no-break space) and hyphens at line ends aside, one space a gap.
    return String.join(" ", List.of(raw.replace('\u00A0', ' ').split("\\s+")));
  }
}
