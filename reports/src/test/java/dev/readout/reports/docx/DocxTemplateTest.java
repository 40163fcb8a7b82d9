package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word template gives the file its house style: the template's styles under their own ids, its
 * theme, page set-up, header (with its logo) and footer; Readout's content maps onto the styles by
 * name; the bytes are the same for the same input and template; a file that is no usable template
 * is refused with a message naming it.
 */
class DocxTemplateTest {
  private static final byte[] TEMPLATE = HouseTemplate.bytes();

  @TempDir
  Path dir;

  private static Document countryBrief() {
    return Briefings.countryBrief(Datasets.seed(), "US",
        BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).classification("UNCLASSIFIED").build());
  }

  private static DocxReadBack render(Document document) {
    return DocxReadBack.render(DocxRenderer.builder().template(TEMPLATE).build(), document);
  }

  @Test
  void theStylesAreTheTemplatesAndTheContentUsesThemByName() {
    Document brief = countryBrief();
    DocxReadBack docx = render(brief);

    XWPFStyle heading = docx.docx.getStyles().getStyle(HouseTemplate.HEADING_ID);
    assertThat(heading.getName()).isEqualTo("heading 1");
    CTRPr headingRun = heading.getCTStyle().getRPr();
    assertThat(headingRun.getRFontsArray(0).getAscii()).isEqualTo(HouseTemplate.HEADING_FONT);
    assertThat(headingRun.getColorArray(0).xgetVal().getStringValue()).isEqualTo(HouseTemplate.HEADING_COLOUR);
    XWPFStyle normal = docx.docx.getStyles().getStyle(HouseTemplate.NORMAL_ID);
    assertThat(normal.getName()).isEqualTo("Normal");
    assertThat(normal.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo(HouseTemplate.BODY_FONT);
    assertThat(normal.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo(HouseTemplate.BODY_COLOUR);
    // Readout's own definitions of the styles the template has are not added beside them.
    assertThat(docx.docx.getStyles().styleExist("Heading1")).isFalse();
    assertThat(docx.docx.getStyles().styleExist("Normal")).isFalse();
    assertThat(docx.docx.getStyles().styleExist("Header")).isFalse();

    // Every level-1 heading is in the template's heading style; the body text in its Normal (no style).
    long headings = brief.headings().stream().filter(h -> h.level() == 1).count();
    assertThat(headings).isPositive();
    List<XWPFParagraph> inHeading1 = docx.paragraphs(HouseTemplate.HEADING_ID);
    assertThat(inHeading1).hasSize((int) headings);
    assertThat(inHeading1.stream().map(XWPFParagraph::getText).toList())
        .containsExactlyElementsOf(brief.headings().stream().filter(h -> h.level() == 1).map(DocxTemplateTest::text).toList());
    assertThat(docx.paragraphs("Heading1")).isEmpty();
    Set<String> used = docx.paragraphs().stream().map(XWPFParagraph::getStyle).filter(s -> s != null)
        .collect(Collectors.toSet());
    for (String id : used) {
      assertThat(docx.docx.getStyles().styleExist(id)).as("style %s is defined", id).isTrue();
    }
    // The document's language, not the template's.
    assertThat(docx.part("word/styles.xml")).contains("<w:lang w:val=\"en\"/>").doesNotContain("de-DE");
  }

  private static String text(Heading h) {
    return dev.readout.reports.doc.PlainText.of(h.content());
  }

  @Test
  void stylesTheTemplateLacksAreAddedPointingAtItsStylesInItsThemeFonts() {
    DocxReadBack docx = render(SampleDocuments.everyBlockType());
    // The template has Normal, heading 1, header and a table style with the id "Compact".
    XWPFStyle title = docx.docx.getStyles().getStyle("Title");
    assertThat(title.getName()).isEqualTo("Title");
    assertThat(title.getBasisStyleID()).isEqualTo(HouseTemplate.NORMAL_ID);
    assertThat(title.getCTStyle().getRPr().getRFontsArray(0).getAsciiTheme().toString()).isEqualTo("majorHAnsi");
    XWPFStyle toc = docx.docx.getStyles().getStyle("TOCHeading");
    assertThat(toc.getBasisStyleID()).isEqualTo(HouseTemplate.HEADING_ID);
    // Readout's paragraph style Compact takes another id, since the template's table style has that one.
    XWPFStyle compact = docx.docx.getStyles().getStyle("ReadoutCompact");
    assertThat(compact.getName()).isEqualTo("Compact");
    assertThat(docx.docx.getStyles().getStyle("Compact").getName()).isEqualTo("House table");
    assertThat(docx.paragraphs("ReadoutCompact")).isNotEmpty();
    assertThat(docx.paragraphs("Compact")).isEmpty();
    // One default paragraph style: the template's.
    assertThat(docx.part("word/styles.xml").split("w:default=\"1\" w:styleId=\"Standard\"", -1)).hasSize(2);
    assertThat(docx.part("word/styles.xml")).doesNotContain("w:styleId=\"Normal\"");
  }

  @Test
  void theThemeAndThePageSetUpAreTheTemplates() {
    DocxReadBack docx = render(countryBrief());
    assertThat(docx.part("word/theme/theme1.xml")).isEqualTo(HouseTemplate.THEME);
    assertThat(docx.part("word/_rels/document.xml.rels")).contains("Target=\"theme/theme1.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\"");

    CTSectPr section = docx.docx.getDocument().getBody().getSectPr();
    CTPageSz size = section.getPgSz();
    assertThat(size.getW()).isEqualTo(BigInteger.valueOf(HouseTemplate.WIDTH));
    assertThat(size.getH()).isEqualTo(BigInteger.valueOf(HouseTemplate.HEIGHT));
    assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
    CTPageMar margins = section.getPgMar();
    assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
        .containsExactly(BigInteger.valueOf(HouseTemplate.TOP), BigInteger.valueOf(HouseTemplate.BOTTOM),
            BigInteger.valueOf(HouseTemplate.LEFT), BigInteger.valueOf(HouseTemplate.RIGHT));
    // Tables fill the text width between the template's margins.
    int textWidth = HouseTemplate.WIDTH - HouseTemplate.LEFT - HouseTemplate.RIGHT;
    assertThat(docx.docx.getTables()).isNotEmpty()
        .allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().getTblW().getW()).isEqualTo(BigInteger.valueOf(textWidth)));
  }

  @Test
  void anExplicitPageSizeReplacesThePaperTurnedAsTheTemplatesAndKeepsItsMargins() {
    DocxRenderer letter = DocxRenderer.builder().template(TEMPLATE).pageSize(PageSize.US_LETTER).build();
    DocxReadBack docx = DocxReadBack.render(letter, SampleDocuments.everyBlockType());
    CTSectPr section = docx.docx.getDocument().getBody().getSectPr();
    assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(PageSize.US_LETTER.heightTwips()));
    assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(PageSize.US_LETTER.widthTwips()));
    assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
    assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(HouseTemplate.LEFT));
    assertThat(DocxRenderer.builder().template(TEMPLATE).build().pageSize()).isEqualTo(PageSize.A4);
  }

  @Test
  void theHeaderHasTheLogoAndTextAndTheMarkingTheFooterGetsPageNumbers() {
    DocxReadBack docx = render(countryBrief());
    XWPFHeaderFooterPolicy policy = docx.docx.getHeaderFooterPolicy();
    XWPFHeader header = policy.getDefaultHeader();
    assertThat(header.getParagraphs()).hasSize(2);
    assertThat(header.getParagraphs().get(0).getText()).isEqualTo("UNCLASSIFIED");
    assertThat(header.getParagraphs().get(0).getStyle()).isEqualTo("Kopfzeile");
    assertThat(header.getParagraphs().get(1).getText()).isEqualTo(HouseTemplate.HEADER_TEXT);
    assertThat(header.getAllPictures()).hasSize(1);
    assertThat(header.getAllPictures().get(0).getData()).isEqualTo(HouseTemplate.logo());
    // Readout's running title gives way to the template's header.
    assertThat(header.getText()).doesNotContain("Country brief");

    XWPFFooter footer = policy.getDefaultFooter();
    assertThat(footer.getParagraphs()).hasSize(2);
    assertThat(footer.getParagraphs().get(0).getText()).isEqualTo(HouseTemplate.FOOTER_TEXT);
    assertThat(footer.getParagraphs().get(1).getText()).isEqualTo("Page 1 of 1");
    assertThat(docx.part("word/footer1.xml")).contains("w:instr=\" PAGE \"", "w:instr=\" NUMPAGES \"");
    assertThat(docx.parts).containsKey("word/media/image1.png");
  }

  @Test
  void listsKeepReadoutsNumberingAfterTheTemplates() {
    DocxReadBack docx = render(SampleDocuments.everyBlockType());
    String numbering = docx.part("word/numbering.xml");
    // The template's definition and instance stay, Readout's follow with ids after them.
    assertThat(numbering).contains("w:abstractNumId=\"4\"", "w:numId=\"7\"", "w:abstractNumId=\"5\"", "w:abstractNumId=\"6\"");
    List<XWPFParagraph> items = docx.paragraphs().stream().filter(p -> p.getNumID() != null).toList();
    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(p -> assertThat(p.getNumID()).isGreaterThan(BigInteger.valueOf(7)));
    assertThat(items.stream().map(XWPFParagraph::getStyle).distinct()).containsExactlyInAnyOrder("ListBullet", "ListNumber");
    for (XWPFParagraph item : items) {
      BigInteger abstractId = docx.docx.getNumbering().getAbstractNumID(item.getNumID());
      assertThat(abstractId).isIn(BigInteger.valueOf(5), BigInteger.valueOf(6));
    }
  }

  @Test
  void theSameInputAndTemplateGiveTheSameBytes() throws IOException {
    Path file = Files.write(dir.resolve("house.docx"), TEMPLATE);
    Document brief = countryBrief();
    byte[] first = render(brief).bytes;
    byte[] second = DocxReadBack.render(DocxRenderer.builder().template(file).build(), brief).bytes;
    byte[] third = DocxReadBack.render(DocxRenderer.builder().template(new ByteArrayInputStream(TEMPLATE)).build(), brief).bytes;
    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    assertThat(DocxRenderer.builder().template(file).build().template()).contains(file.toString());
    assertThat(DocxRenderer.create().template()).isEmpty();
  }

  static Stream<Arguments> badTemplates() throws Exception {
    return Stream.of(
        Arguments.of("not a zip", "notes.docx", "Just some text.".getBytes(),
            "must be a Word document (.docx or .dotx), but it is not a zip package, as a .docx file is"),
        Arguments.of("empty", "empty.docx", new byte[0], "must be a Word document (.docx or .dotx), but it is empty"),
        Arguments.of("a workbook", "book.xlsx", workbook(),
            "must be a Word document (.docx or .dotx), but its main part is"
                + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml, not a Word document"),
        Arguments.of("no styles", "plain.docx", withoutStyles(),
            "must be a Word document (.docx or .dotx), but it has no styles part (word/styles.xml)"),
        Arguments.of("encrypted", "secret.docx", encrypted(),
            "must be a Word document (.docx or .dotx), but it is encrypted (password-protected); save a copy without a password"),
        Arguments.of("a .doc", "old.doc", ole2(),
            "must be a Word document (.docx or .dotx), but it is an OLE2 file, such as a Word 97-2003 document (.doc);"
                + " save it as a Word Document (.docx)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTemplates")
  void aFileThatIsNoUsableTemplateIsRefusedNamingIt(String what, String name, byte[] content, String message)
      throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    assertThatThrownBy(() -> DocxRenderer.builder().template(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Word template " + file + " " + message);
    assertThatThrownBy(() -> DocxRenderer.builder().template(content)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Word template (given as bytes) " + message);
  }

  @Test
  void aMissingFileOrAFolderIsRefusedNamingIt() {
    Path missing = dir.resolve("nowhere.docx");
    assertThatThrownBy(() -> DocxRenderer.builder().template(missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Word template " + missing + " must be a readable file, but there is no such file");
    assertThatThrownBy(() -> DocxRenderer.builder().template(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Word template " + dir + " must be a readable file, but it is a folder");
  }

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Engagements");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] withoutStyles() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("No styles here.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] encrypted() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(TEMPLATE);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] ole2() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
