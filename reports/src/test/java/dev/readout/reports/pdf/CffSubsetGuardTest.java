package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.TableOfContents;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A glyph OpenPDF's CFF subsetter fails on no longer loses the document: {@link CffSubsetGuard}
 * embeds that face whole, with a warning, and leaves every other face a subset. U+445B 䑛 in Noto
 * Sans CJK is such a glyph (OpenPDF 2.0.5 threw {@code ArrayIndexOutOfBoundsException} from {@code
 * CFFFontSubset.ReadASubr}). Should a later OpenPDF subset it, the first test fails: the guard may
 * then be unnecessary, and its reflection into {@code FontDetails.longTag} should be checked.
 */
class CffSubsetGuardTest {
  private static final String FAULTY = "\u445B";

  @BeforeAll
  static void fonts() {
    NotoFonts.assumeInstalled();
  }

  @Test
  void openPdfStillFailsOnTheGlyphSoTheGuardIsNeeded() throws IOException, FontFormatException {
    FontFace face = FontChain.DEFAULT.find(FAULTY.codePointAt(0), false, false);
    assertThat(face).as("a Noto Sans CJK face has 䑛").isNotNull();
    byte[] cff = FontFileReader.cffTable(face.file(), face.index());
    assertThat(cff).as("Noto Sans CJK has CFF outlines").isNotNull();
    int faulty = glyph(face, FAULTY);
    assertThat(CffSubsetGuard.subsets(cff, Map.of(faulty, new int[] {faulty, 1000, 0x445B})))
        .as("OpenPDF's subsetter fails on 䑛 (if this fails, OpenPDF fixed it: see the class comment)").isFalse();
    int common = glyph(face, "国");
    assertThat(CffSubsetGuard.subsets(cff, Map.of(common, new int[] {common, 1000, '国'}))).isTrue();
  }

  /** The glyph of a character in a face, as Java's font system (which reads the same cmap) maps it. */
  private static int glyph(FontFace face, String character) throws IOException, FontFormatException {
    Font font = Font.createFonts(face.file().toFile())[face.index()];
    return font.createGlyphVector(new FontRenderContext(null, false, false), character).getGlyphCode(0);
  }

  @Test
  void aDocumentWithTheGlyphRendersWithTheFaceEmbeddedWholeAndAWarning() throws IOException {
    // With a table of contents, as a book has.
    Document document = Document.builder().metadata(Metadata.of("Guard")).add(TableOfContents.of("Contents"))
        .paragraph("Hán tự " + FAULTY + " trong tên nguồn.").paragraph("국방부 and 国防部").build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(document);
    rendered.save("cff-guard.pdf");
    assertThat(rendered.result().warnings()).extracting(RenderWarning::message).singleElement().asString()
        .startsWith("the font Noto Sans CJK").contains("was embedded whole")
        .contains("because OpenPDF could not make a subset of it");
    try (PDDocument pdf = rendered.open()) {
      assertThat(PdfReadBack.text(pdf)).contains("Hán tự " + FAULTY + " trong tên nguồn.", "국방부 and 国防部");
      List<String> cjk = new ArrayList<>();
      PDPage page = pdf.getPage(pdf.getNumberOfPages() - 1);
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (font.getName().contains("CJK")) {
          cjk.add(font.getName());
          assertThat(((PDType0Font) font).getDescendantFont().isDamaged()).isFalse();
        }
      }
      assertThat(cjk).as("the CJK face, whole: no subset tag").isNotEmpty()
          .allSatisfy(n -> assertThat(n).doesNotMatch("[A-Z]{6}\\+.*"));
      new PDFRenderer(pdf).renderImage(pdf.getNumberOfPages() - 1, 0.5f);
    }
  }

  @Test
  void aSubsetOfOneBlankGlyphIsPaddedSoReadersCanReadIt() throws IOException {
    // U+3164 alone makes a CharStrings INDEX of exactly 65,535 bytes, which OpenPDF writes with
    // two-byte offsets whose last one wraps to 0: PDFBox then cannot read the font.
    Document document = Document.builder().metadata(Metadata.of("Guard")).paragraph("a\u3164b").build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(document);
    assertThat(rendered.result().warnings()).isEmpty();
    java.util.logging.Logger pdfbox = java.util.logging.Logger.getLogger("org.apache.pdfbox");
    List<java.util.logging.LogRecord> logged = new ArrayList<>();
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        logged.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    pdfbox.addHandler(handler);
    try (PDDocument pdf = rendered.open()) {
      PDPage page = pdf.getPage(0);
      boolean cjk = false;
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (font.getName().contains("CJK")) {
          cjk = true;
          assertThat(font.getName()).as("still a subset").matches("[A-Z]{6}\\+.*");
          assertThat(((PDType0Font) font).getDescendantFont().isDamaged()).isFalse();
        }
      }
      assertThat(cjk).isTrue();
      new PDFRenderer(pdf).renderImage(0, 0.5f);
    } finally {
      pdfbox.removeHandler(handler);
    }
    assertThat(logged).extracting(java.util.logging.LogRecord::getMessage)
        .noneMatch(m -> m.contains("Can't read the embedded CFF font"));
  }

  @Test
  void anIndexWhoseOffsetsWrapIsNotWellFormed() throws IOException {
    FontFace face = FontChain.DEFAULT.find('国', false, false);
    byte[] cff = FontFileReader.cffTable(face.file(), face.index());
    assertThat(CffIndexes.wellFormed(cff)).isTrue();
    byte[] broken = cff.clone();
    int nameIndex = broken[2] & 0xFF;
    int offSize = broken[nameIndex + 2] & 0xFF;
    broken[nameIndex + 3 + offSize * 1 + offSize - 1] = 0; // the Name INDEX's last offset, now below its first
    assertThat(CffIndexes.wellFormed(broken)).isFalse();
    assertThat(CffIndexes.wellFormed(new byte[] {1, 0, 4, 1})).isFalse();
  }

  @Test
  void aDocumentWithoutTheGlyphKeepsItsSubsets() throws IOException {
    Document document = Document.builder().metadata(Metadata.of("Guard")).paragraph("国防部, 국방부, 防衛省").build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(document);
    assertThat(rendered.result().warnings()).isEmpty();
    try (PDDocument pdf = rendered.open()) {
      PDPage page = pdf.getPage(0);
      for (COSName name : page.getResources().getFontNames()) {
        assertThat(page.getResources().getFont(name).getName()).matches("[A-Z]{6}\\+.*");
      }
    }
  }
}
