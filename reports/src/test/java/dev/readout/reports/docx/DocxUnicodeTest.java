package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import dev.readout.reports.markdown.MarkdownRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxUnicodeTest {
  private static final String GIANG = "Phan Văn Giang";
  private static final String DUNG = "Nguyễn Quốc Dũng";

  @Test
  void vietnameseNamesRoundTripInNfcWhetherGivenInNfcOrNfd() throws IOException {
    String nfdGiang = Normalizer.normalize(GIANG, Normalizer.Form.NFD);
    assertThat(nfdGiang).isNotEqualTo(GIANG);
    assertThat(SampleDocuments.NFD_VIETNAMESE).isNotEqualTo(DUNG);
    Document doc = Document.builder()
        .metadata(Metadata.builder().title(nfdGiang).author(SampleDocuments.NFD_VIETNAMESE).classification(nfdGiang).build())
        .add(Heading.of(1, SampleDocuments.NFD_VIETNAMESE))
        .paragraph(Text.of(GIANG + " và " + SampleDocuments.NFD_VIETNAMESE), Footnote.of(nfdGiang))
        .add(Table.builder().column(Table.Column.left(1)).header(nfdGiang).row(SampleDocuments.NFD_VIETNAMESE).build())
        .build();
    DocxReadBack read = DocxReadBack.render(doc);
    List<XWPFParagraph> body = read.paragraphs();
    assertThat(body).extracting(DocxReadBack::runText).filteredOn(t -> !t.isEmpty())
        .containsExactly(GIANG, DUNG, GIANG + " và " + DUNG, GIANG, DUNG);
    assertThat(read.footnotes().get(0).getParagraphs().get(0).getText()).isEqualTo(" " + GIANG);
    assertThat(read.docx.getHeaderList().get(0).getText()).contains(GIANG);
    assertThat(read.docx.getProperties().getCoreProperties().getCreator()).isEqualTo(DUNG);
    assertThat(read.docx.getProperties().getCoreProperties().getTitle()).isEqualTo(GIANG);
    for (Map.Entry<String, byte[]> part : read.parts.entrySet()) {
      String xml = utf8(part.getValue());
      assertThat(Normalizer.isNormalized(xml, Normalizer.Form.NFC)).as(part.getKey()).isTrue();
    }
    assertThat(read.part("word/document.xml")).contains(GIANG, DUNG).doesNotContain(nfdGiang, SampleDocuments.NFD_VIETNAMESE);
    assertThat(read.result.warnings()).isEmpty();
  }

  @Test
  void adversarialTextRendersAndReopensWithNoCharacterXmlForbidsInAnyPart() throws Exception {
    Document doc = SampleDocuments.adversarial();
    DocxReadBack read = DocxReadBack.render(doc);
    assertThat(read.parts).containsKeys("word/document.xml", "word/footnotes.xml", "word/header1.xml", "docProps/core.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Map.Entry<String, byte[]> part : read.parts.entrySet()) {
      String xml = utf8(part.getValue());
      assertThat(xml.codePoints().filter(cp -> !PlainText.isRenderable(cp)).toArray())
          .as("characters XML 1.0 forbids in %s", part.getKey()).isEmpty();
      // A strict XML 1.0 parser reads every part.
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(part.getValue()));
    }
    String document = read.part("word/document.xml");
    assertThat(document).contains("Controls: [] between brackets, and ab joined");
    assertThat(read.part("word/header1.xml")).contains("RESTRICTED \u202E (reversed) \u202C");
    assertThat(read.part("docProps/app.xml")).contains("<Company>Org with NUL</Company>");
    assertThat(PlainText.words(read.text())).containsSubsequence(PlainText.words(PlainText.of(doc)));
  }

  @Test
  void leftOutCharactersAndAnchorProblemsAreReportedLikeEveryRendererReportsThem() throws IOException {
    Document doc = SampleDocuments.adversarial();
    List<RenderWarning> warnings = DocxReadBack.render(doc).result.warnings();
    assertThat(warnings).contains(
        RenderWarning.charactersLeftOut("Org\u0000 with NUL"),
        RenderWarning.charactersLeftOut("Controls: [" + SampleDocuments.XML_ILLEGAL + "] between brackets, and a\u0000b joined"),
        RenderWarning.duplicateAnchor(doc.headings().get(1), "section-2"));
    assertThat(warnings).doesNotHaveDuplicates();
    ByteArrayOutputStream ignored = new ByteArrayOutputStream();
    List<RenderWarning> markdown = MarkdownRenderer.create().render(doc, ignored).warnings();
    assertThat(new HashSet<>(warnings)).isEqualTo(new HashSet<>(markdown));
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}
