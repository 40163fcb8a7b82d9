package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese in NFC and NFD, and text no font can show: reported with the character and the text
 * it is in. The exact warnings are those of a renderer with the bundled fonts alone, whatever the
 * machine has.
 */
class PdfUnicodeTest {
  private static final PdfRenderer BUNDLED_ONLY = PdfRenderer.builder().systemFonts(false).build();

  private static final String GIANG = "Phan Văn Giang";
  private static final String DUNG = "Nguyễn Quốc Dũng";

  @Test
  void vietnameseInNfcAndNfdExtractsAsNfc() throws IOException {
    String nfd = Normalizer.normalize(GIANG + " và " + DUNG, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(GIANG + " và " + DUNG);
    Document doc = Document.builder()
        .metadata(Metadata.builder().title("Hội đàm " + Normalizer.normalize(DUNG, Normalizer.Form.NFD)).language("vi").build())
        .heading(1, nfd)
        .paragraph(GIANG + " và " + DUNG)
        .paragraph(nfd)
        .build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(doc);
    assertThat(rendered.result().warnings()).isEmpty();
    try (PDDocument pdf = rendered.open()) {
      String text = PdfReadBack.text(pdf);
      assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
      assertThat(text.split("\n")).contains("Hội đàm " + DUNG, GIANG + " và " + DUNG);
      assertThat(text.split("\n")).filteredOn(line -> line.replace('\u00A0', ' ').strip().equals(GIANG + " và " + DUNG)).hasSize(3);
      assertThat(PdfReadBack.outline(pdf)).containsExactly("1:" + GIANG + " và " + DUNG);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Hội đàm " + DUNG);
    }
  }

  @Test
  void adversarialDocumentRendersAndReportsWhatItLeftOut() throws IOException {
    Document doc = SampleDocuments.adversarial();
    PdfReadBack.Rendered rendered = PdfReadBack.render(BUNDLED_ONLY, doc);
    List<RenderWarning> warnings = rendered.result().warnings();
    String emoji = "Emoji: 😀 🫡 👨‍👩‍👧 🇻🇳 🏳️‍🌈 👍🏽 and a lone astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
    assertThat(warnings).contains(
        RenderWarning.about("U+1F600 😀, U+1FAE1 🫡 have no glyph in the bundled fonts (Liberation Serif and Sans) and were left out", "😀🫡"),
        RenderWarning.about("U+200D is an invisible format character (such as a direction mark or joiner) that the PDF renderer"
            + " does not apply, and was left out", emoji),
        RenderWarning.about("U+FE0F \u25CC\uFE0F, U+1D518 𝔘, U+1D520 𝔠, U+1D521 𝔡, U+1D522 𝔢, U+1D526 𝔦, U+1D52B 𝔫,"
            + " U+1D52C 𝔬, U+1F1F3 🇳, U+1F1FB 🇻, U+1F308 🌈, U+1F3F3 🏳, U+1F3FD 🏽, U+1F44D 👍, U+1F467 👧, U+1F468 👨,"
            + " U+1F469 👩, U+1F600 😀, U+1FAE1 🫡 have no glyph in the bundled fonts (Liberation Serif and Sans) and"
            + " were left out", emoji),
        RenderWarning.charactersLeftOut("Controls: [" + SampleDocuments.XML_ILLEGAL + "] between brackets, and a\u0000b joined"),
        RenderWarning.duplicateAnchor(doc.headings().get(1), "section-2"));
    assertThat(warnings).doesNotHaveDuplicates();
    // Every code point of the document is either in the file or named by a warning.
    String messages = String.join("\n", warnings.stream().map(RenderWarning::message).toList());
    try (PDDocument pdf = rendered.open()) {
      String text = PdfReadBack.text(pdf);
      assertThat(text).contains("Nguyễn Quốc Dũng next to NFC Nguyễn Quốc Dũng", "Controls: [] between brackets, and ab joined",
          "Footnote *inside* a link.");
      // Hebrew (which Liberation has) is drawn right to left inside the left-to-right line, and
      // reads back in logical order.
      assertThat(text).contains("Right-to-left: שלום and evil override and");
      assertThat(text).doesNotContain("😀", "\uFFFD", "\u0000");
      PlainText.of(doc).codePoints().filter(cp -> !Character.isWhitespace(cp)).distinct().forEach(cp -> {
        boolean shown = text.contains(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFC))
            || Character.getType(cp) == Character.NON_SPACING_MARK;
        boolean named = messages.contains(String.format("U+%04X", cp));
        assertThat(shown || named).as("U+%04X shown or reported", cp).isTrue();
      });
    }
  }

  @Test
  void missingGlyphsAreReportedOncePerText() {
    Document doc = Document.builder().metadata(Metadata.of("Repeated"))
        .paragraph("Thumbs 👍").paragraph("Thumbs 👍").paragraph("Thumbs 👍 again").build();
    assertThat(PdfReadBack.render(BUNDLED_ONLY, doc).result().warnings()).containsExactly(
        RenderWarning.about("U+1F44D 👍 has no glyph in the bundled fonts (Liberation Serif and Sans) and was left out", "Thumbs 👍"),
        RenderWarning.about("U+1F44D 👍 has no glyph in the bundled fonts (Liberation Serif and Sans) and was left out", "Thumbs 👍 again"));
  }

  @Test
  void aNameNoFontCanShowIsReportedWithTheTextItIsIn() {
    Document doc = Document.builder().metadata(Metadata.of("Sources"))
        .paragraph("— 이종섭, (repost)")
        .add(Table.builder().column(Table.Column.left(1)).column(Table.Column.left(1))
            .header("Name", "Native name").row("Rajnath Singh", "राजनाथ सिंह").build())
        .build();
    assertThat(PdfReadBack.render(BUNDLED_ONLY, doc).result().warnings()).containsExactly(
        RenderWarning.about("U+C12D 섭, U+C774 이, U+C885 종 have no glyph in the bundled fonts (Liberation Serif and Sans)"
            + " and were left out", "— 이종섭, (repost)"),
        // A vowel sign or other mark is shown on a dotted circle.
        RenderWarning.about("U+0902 ◌ं, U+091C ज, U+0925 थ, U+0928 न, U+0930 र, U+0938 स, U+0939 ह, U+093E ◌ा,"
            + " U+093F ◌ि have no glyph in the bundled fonts (Liberation Serif and Sans) and were left out", "राजनाथ सिंह"));
  }

  @Test
  void theWarningNamesTheFontsThatWereSearched() throws IOException {
    Path liberation = Files.createTempFile("readout-fallback-", ".ttf");
    try (InputStream in = PdfUnicodeTest.class.getClassLoader().getResourceAsStream("liberation/LiberationMono-Regular.ttf")) {
      Files.copy(in, liberation, StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      Document doc = Document.builder().metadata(Metadata.of("Salute")).paragraph("Salute 🫡").build();
      PdfRenderer given = PdfRenderer.builder().systemFonts(false).fallbackFonts(List.of(liberation)).build();
      assertThat(PdfReadBack.render(given, doc).result().warnings()).containsExactly(RenderWarning.about(
          "U+1FAE1 🫡 has no glyph in the bundled fonts (Liberation Serif and Sans) or the fallback fonts given and was"
              + " left out", "Salute 🫡"));
      PdfRenderer both = PdfRenderer.builder().fallbackFonts(List.of(liberation)).build();
      assertThat(PdfReadBack.render(both, doc).result().warnings()).containsExactly(RenderWarning.about(
          "U+1FAE1 🫡 has no glyph in the bundled fonts (Liberation Serif and Sans), the fallback fonts given or the"
              + " fonts installed on this machine and was left out", "Salute 🫡"));
    } finally {
      Files.delete(liberation);
    }
  }
}
