package dev.readout.reports.pdf;

import static dev.readout.reports.pdf.MultiScriptDocument.ARABIC_MINISTRY;
import static dev.readout.reports.pdf.MultiScriptDocument.ARABIC_QUOTE;
import static dev.readout.reports.pdf.MultiScriptDocument.CHINESE_MINISTRY;
import static dev.readout.reports.pdf.MultiScriptDocument.CHINESE_QUOTE;
import static dev.readout.reports.pdf.MultiScriptDocument.HINDI_QUOTE;
import static dev.readout.reports.pdf.MultiScriptDocument.JAPANESE_MINISTRY;
import static dev.readout.reports.pdf.MultiScriptDocument.KHMER_MINISTRY;
import static dev.readout.reports.pdf.MultiScriptDocument.KOREAN_QUOTE;
import static dev.readout.reports.pdf.MultiScriptDocument.LEE;
import static dev.readout.reports.pdf.MultiScriptDocument.RAJNATH;
import static dev.readout.reports.pdf.MultiScriptDocument.THAI_MINISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: names and quotes in Hangul, Han, Kana, Devanagari, Arabic, Thai and Khmer are in the
 * PDF, drawn in the machine's fonts (Debian's Noto, which {@code .ci/run} installs) or in the
 * fonts given, shaped where the script needs it, embedded as subsets, PDF/A-1b and the same bytes
 * on every render. Skipped without the Noto fonts, a failure then with {@code READOUT_FONTS=required}
 * ({@link NotoFonts}). The file is kept as {@code target/pdf-tests/multi-script.pdf} for people.
 *
 * <p>What text extraction gives back, precisely: PDFBox reads every Hangul, Han, Kana, Thai and
 * Khmer string as it was written; Devanagari word by word as written (each shaped word carries
 * its text as {@code /ActualText}), with two spaces instead of one after some words whose glyphs
 * are fewer than their letters (PDFBox places a word's text on its first glyph), so white space is
 * folded before comparing; Arabic, drawn right to left as presentation forms, back in logical order
 * as letters (PDFBox reorders and normalises), a line that starts with Arabic read right to left.
 */
class PdfMultiScriptTest {
  private static final Document DOCUMENT = MultiScriptDocument.document();

  @BeforeAll
  static void fonts() {
    NotoFonts.assumeInstalled();
  }

  @Test
  void everyNameAndQuoteIsInTheTextWithTheMachinesFonts() throws IOException {
    PdfReadBack.Rendered rendered = PdfReadBack.render(DOCUMENT);
    rendered.save("multi-script.pdf");
    assertThat(rendered.result().warnings()).isEmpty();
    try (PDDocument pdf = rendered.open()) {
      String text = PdfReadBack.textInContentOrder(pdf).replaceAll("[ \\u00A0]+", " ");
      assertThat(text).contains("Korea: Lee Jong-sup (" + LEE + ")", "Minister " + LEE + " said: “" + KOREAN_QUOTE + "”.",
          "India: Rajnath Singh (" + RAJNATH + ")", "Shri " + RAJNATH + " said: “" + HINDI_QUOTE + "”.",
          "China's " + CHINESE_MINISTRY + " said: “" + CHINESE_QUOTE + "”.",
          "Lee Jong-sup " + LEE, "Rajnath Singh " + RAJNATH, JAPANESE_MINISTRY, THAI_MINISTRY, KHMER_MINISTRY,
          "— " + LEE + ", 국방부 (repost)", "— " + RAJNATH + ", रक्षा मंत्रालय",
          "Readout: talks with " + LEE + " and " + RAJNATH);
      assertThat(text).contains("The " + ARABIC_MINISTRY + " said: “" + ARABIC_QUOTE + "”.",
          "Ministry of Defence, Egypt " + ARABIC_MINISTRY, ARABIC_MINISTRY + " —");
      assertThat(text).doesNotContain("\uFFFD");
    }
  }

  @Test
  void devanagariAndKhmerAreShapedAndCarryTheirText() throws IOException {
    try (PDDocument pdf = PdfReadBack.render(DOCUMENT).open()) {
      Map<String, List<String>> spans = shapedSpans(pdf, pdf.getPage(0));
      // A conjunct is one glyph: क्ष (KA, VIRAMA, SSA) in रक्षा, and Khmer's subscript consonants.
      assertThat(spans.get("रक्षा")).hasSize(3);
      assertThat(spans.get(KHMER_MINISTRY)).hasSizeLessThan(KHMER_MINISTRY.length());
      // The vowel sign I is written before the consonant it follows: सिंह is drawn ि स ं ह (the
      // sign in a form of its own, which no character maps to).
      assertThat(spans.get("सिंह").get(0)).isNotEqualTo("\u0938");
      assertThat(spans.get("सिंह").get(1)).isEqualTo("\u0938");
      // Scripts that need no shaping are written a glyph per character, without a span.
      assertThat(spans.keySet()).noneMatch(s -> s.contains(LEE) || s.contains(CHINESE_MINISTRY) || s.contains("Lee"));
      assertThat(spans.keySet()).contains(RAJNATH.split(" ")[0], THAI_MINISTRY);
    }
  }

  @Test
  void everyFontIsAnEmbeddedSubset() throws IOException {
    try (PDDocument pdf = PdfReadBack.render(DOCUMENT).open()) {
      assertThat(fontNames(pdf)).hasSizeGreaterThan(8).allMatch(name -> name.matches("[A-Z]{6}\\+\\S+"));
    }
  }

  @Test
  void isPdfA1b() throws Exception {
    PdfaComplianceTest.initialiseVeraPdf();
    PdfaComplianceTest.assertPdfA1b(PdfReadBack.render(DOCUMENT).bytes());
  }

  @Test
  void twoRendersAreByteIdentical() {
    PdfRenderer renderer = PdfRenderer.create();
    assertThat(renderer.renderToBytes(DOCUMENT)).isEqualTo(PdfRenderer.create().renderToBytes(DOCUMENT));
    PdfRenderer given = PdfRenderer.builder().fallbackFonts(NotoFonts.ALL).systemFonts(false).build();
    assertThat(given.renderToBytes(DOCUMENT)).isEqualTo(given.renderToBytes(DOCUMENT));
  }

  @Test
  void oneRendererSharedByThreadsGivesTheSameBytes() throws Exception {
    PdfDeterminismTest.assertThreadsGiveTheSameBytes(PdfRenderer.create(), DOCUMENT);
  }

  @Test
  void theFontsGivenAreUsedAloneWithoutTheMachinesFonts() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().systemFonts(false)
        .fallbackFonts(List.of(NotoFonts.CJK_BOLD, NotoFonts.CJK, NotoFonts.DEVANAGARI, NotoFonts.DEVANAGARI_BOLD,
            NotoFonts.ARABIC, NotoFonts.THAI, NotoFonts.KHMER))
        .build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(renderer, DOCUMENT);
    assertThat(rendered.result().warnings()).isEmpty();
    try (PDDocument pdf = rendered.open()) {
      // Bold text takes the bold face of the family and regular text the regular one, whatever
      // their order; each collection gives its first face that has the glyph (Japanese, for Hangul
      // too); the emphasised Han takes the regular face, CJK fonts having no italic.
      assertThat(fontNames(pdf)).extracting(n -> n.substring(7)).containsExactlyInAnyOrder(
          "LiberationSerif", "LiberationSerif-Bold", "LiberationSans", "LiberationSans-Bold",
          "NotoSansCJKjp-Regular-Identity-H", "NotoSansCJKjp-Bold-Identity-H",
          "NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold", "NotoSansArabic-Regular", "NotoSansThai-Regular",
          "NotoSansKhmer-Regular");
    }
  }

  @Test
  void ofTwoFamiliesTheOneGivenFirstIsUsed() throws IOException {
    Document korean = Document.builder().metadata(DOCUMENT.metadata()).paragraph(LEE).build();
    for (boolean serifFirst : new boolean[] {true, false}) {
      List<java.nio.file.Path> fonts = serifFirst ? List.of(NotoFonts.SERIF_CJK, NotoFonts.CJK) : List.of(NotoFonts.CJK, NotoFonts.SERIF_CJK);
      PdfRenderer renderer = PdfRenderer.builder().systemFonts(false).fallbackFonts(fonts).build();
      try (PDDocument pdf = PdfReadBack.render(renderer, korean).open()) {
        assertThat(fontNames(pdf)).anyMatch(n -> n.contains(serifFirst ? "NotoSerifCJK" : "NotoSansCJK"))
            .noneMatch(n -> n.contains(serifFirst ? "NotoSansCJK" : "NotoSerifCJK"));
      }
    }
  }

  /** The embedded fonts' names, after checking that each has its font program in the file. */
  static Set<String> fontNames(PDDocument pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        PDCIDFont descendant = ((PDType0Font) font).getDescendantFont();
        PDFontDescriptor descriptor = descendant.getFontDescriptor();
        assertThat(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null)
            .as("%s is embedded", font.getName()).isTrue();
        names.add(font.getName());
      }
    }
    return names;
  }

  /**
   * The marked-content spans with an {@code /ActualText} on the page, by their text: the text of
   * each glyph written inside, by the font's own map from glyph to character (a glyph with none, a
   * conjunct, reads as "?").
   */
  private static Map<String, List<String>> shapedSpans(PDDocument pdf, PDPage page) throws IOException {
    Map<String, List<String>> spans = new LinkedHashMap<>();
    PDFStreamParser parser = new PDFStreamParser(page);
    List<COSBase> operands = new ArrayList<>();
    PDFont font = null;
    List<String> glyphs = null;
    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
      if (!(token instanceof Operator operator)) {
        operands.add((COSBase) token);
        continue;
      }
      switch (operator.getName()) {
        case "Tf" -> font = page.getResources().getFont((COSName) operands.get(0));
        case "BDC" -> {
          if (operands.get(1) instanceof COSDictionary d && d.getString(COSName.ACTUAL_TEXT) != null) {
            glyphs = new ArrayList<>();
            spans.put(d.getString(COSName.ACTUAL_TEXT), glyphs);
          }
        }
        case "EMC" -> glyphs = null;
        case "Tj", "TJ" -> {
          if (glyphs != null) {
            for (COSBase operand : operands) {
              List<? extends COSBase> parts = operand instanceof COSArray a ? a.toList() : List.of(operand);
              for (COSBase part : parts) {
                if (part instanceof COSString s) {
                  byte[] b = s.getBytes();
                  for (int i = 0; i + 1 < b.length; i += 2) {
                    String unicode = font.toUnicode((b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF));
                    glyphs.add(unicode == null ? "?" : unicode);
                  }
                }
              }
            }
          }
        }
        default -> { }
      }
      operands.clear();
    }
    return spans;
  }
}
