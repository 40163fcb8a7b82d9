package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.pdf.MultiScriptDocument;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs of East Asian and complex-script text name, in the font slot Word and LibreOffice draw their
 * script from, a font that has it, and their language; the font table says which Windows font
 * stands in for each. Read back with POI.
 */
class DocxFontSlotsTest {
  private static final DocxReadBack RENDERED = DocxReadBack.render(MultiScriptDocument.document());

  /** The run properties of the first run whose text is exactly {@code text}. */
  private static CTRPr properties(DocxReadBack read, String text) {
    for (XWPFParagraph p : read.paragraphs()) {
      for (XWPFRun r : p.getRuns()) {
        if (r.text().equals(text)) {
          return r.getCTR().getRPr();
        }
      }
    }
    throw new AssertionError("no run reads " + text);
  }

  private static CTFonts fonts(CTRPr rPr) {
    assertThat(rPr.sizeOfRFontsArray()).isEqualTo(1);
    return rPr.getRFontsArray(0);
  }

  private static CTLanguage language(CTRPr rPr) {
    assertThat(rPr.sizeOfLangArray()).isEqualTo(1);
    return rPr.getLangArray(0);
  }

  @Test
  void hangulNamesAKoreanFontInTheEastAsianSlot() {
    CTRPr bold = properties(RENDERED, MultiScriptDocument.LEE);
    assertThat(fonts(bold).getEastAsia()).isEqualTo("Noto Sans CJK KR");
    assertThat(fonts(bold).getHint()).isEqualTo(STHint.EAST_ASIA);
    assertThat(fonts(bold).isSetCs()).isFalse();
    assertThat(fonts(bold).isSetAscii()).as("Latin text keeps the style's font").isFalse();
    assertThat(language(bold).getEastAsia()).isEqualTo("ko-KR");
    assertThat(bold.sizeOfBArray()).isEqualTo(1);
    // Mixed with Latin letters: the same slot, without the hint that would draw the Latin
    // punctuation in the Korean font too.
    CTFonts mixed = fonts(properties(RENDERED, "Korea: Lee Jong-sup (" + MultiScriptDocument.LEE + ")"));
    assertThat(mixed.getEastAsia()).isEqualTo("Noto Sans CJK KR");
    assertThat(mixed.isSetHint()).isFalse();
  }

  @Test
  void hanTakesTheDocumentsLanguageAndKanaIsJapanese() {
    CTRPr chinese = properties(RENDERED, MultiScriptDocument.CHINESE_MINISTRY);
    assertThat(fonts(chinese).getEastAsia()).isEqualTo("Noto Sans CJK SC");
    assertThat(language(chinese).getEastAsia()).isEqualTo("zh-CN");
    assertThat(chinese.sizeOfIArray()).as("emphasis").isEqualTo(1);
    assertThat(fonts(properties(RENDERED, MultiScriptDocument.JAPANESE_MINISTRY)).getEastAsia()).isEqualTo("Noto Sans CJK JP");
    for (String[] languageAndFont : List.of(new String[] {"ko", "Noto Sans CJK KR"}, new String[] {"ja", "Noto Sans CJK JP"},
        new String[] {"zh-TW", "Noto Sans CJK TC"}, new String[] {"zh-Hant", "Noto Sans CJK TC"},
        new String[] {"zh", "Noto Sans CJK SC"}, new String[] {"vi", "Noto Sans CJK SC"})) {
      Document han = Document.builder().metadata(Metadata.builder().title("Han").language(languageAndFont[0]).build())
          .paragraph(MultiScriptDocument.CHINESE_MINISTRY).build();
      assertThat(fonts(properties(DocxReadBack.render(han), MultiScriptDocument.CHINESE_MINISTRY)).getEastAsia())
          .as("Han in a document in %s", languageAndFont[0]).isEqualTo(languageAndFont[1]);
    }
  }

  @Test
  void complexScriptsNameAFontOfTheirScriptInTheComplexScriptSlot() {
    CTRPr hindi = properties(RENDERED, MultiScriptDocument.RAJNATH);
    assertThat(fonts(hindi).getCs()).isEqualTo("Noto Sans Devanagari");
    assertThat(fonts(hindi).isSetEastAsia()).isFalse();
    assertThat(fonts(hindi).isSetHint()).isFalse();
    assertThat(language(hindi).getBidi()).isEqualTo("hi-IN");
    assertThat(fonts(properties(RENDERED, MultiScriptDocument.ARABIC_MINISTRY)).getCs()).isEqualTo("Noto Naskh Arabic");
    assertThat(language(properties(RENDERED, MultiScriptDocument.ARABIC_MINISTRY)).getBidi()).isEqualTo("ar-SA");
    assertThat(fonts(properties(RENDERED, MultiScriptDocument.THAI_MINISTRY)).getCs()).isEqualTo("Noto Sans Thai");
    assertThat(fonts(properties(RENDERED, MultiScriptDocument.KHMER_MINISTRY)).getCs()).isEqualTo("Noto Sans Khmer");
  }

  @Test
  void latinAndHebrewRunsAreWrittenAsBefore() {
    Document doc = Document.builder().metadata(Metadata.of("Plain")).paragraph("Phan Văn Giang and שלום").build();
    assertThat(properties(DocxReadBack.render(doc), "Phan Văn Giang and שלום")).isNull();
    assertThat(DocxReadBack.render(SampleDocuments.everyBlockType()).part("word/document.xml")).doesNotContain("w:rFonts");
  }

  @Test
  void theFontTableGivesEachFontAWindowsStandIn() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document table = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(RENDERED.parts.get("word/fontTable.xml")));
    List<String> fonts = new ArrayList<>();
    NodeList entries = table.getElementsByTagNameNS(Ooxml.W_NS, "font");
    for (int i = 0; i < entries.getLength(); i++) {
      Element font = (Element) entries.item(i);
      Element alternative = (Element) font.getElementsByTagNameNS(Ooxml.W_NS, "altName").item(0);
      fonts.add(font.getAttributeNS(Ooxml.W_NS, "name") + " / " + alternative.getAttributeNS(Ooxml.W_NS, "val"));
    }
    assertThat(fonts).contains("Noto Sans CJK KR / Malgun Gothic", "Noto Sans CJK JP / Yu Gothic",
        "Noto Sans CJK SC / Microsoft YaHei", "Noto Sans CJK TC / Microsoft JhengHei",
        "Noto Sans Devanagari / Nirmala UI", "Noto Naskh Arabic / Times New Roman", "Noto Sans Thai / Leelawadee UI",
        "Noto Sans Khmer / Khmer UI", "Liberation Serif / Times New Roman");
  }

  @Test
  void theBodyWithItsSlotsIsValidAgainstTheWordprocessingMlSchema() throws Exception {
    List<XmlError> errors = new ArrayList<>();
    boolean valid = DocumentDocument.Factory.parse(RENDERED.part("word/document.xml"))
        .validate(new XmlOptions().setErrorListener(errors));
    assertThat(errors).isEmpty();
    assertThat(valid).isTrue();
  }
}
