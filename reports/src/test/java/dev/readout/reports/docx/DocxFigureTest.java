package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;

/** Figures in Word: a picture in line with the text, its text alternative as the picture's description, its caption below. */
class DocxFigureTest {
  private static final List<Figure> FIGURES =
      List.of(SampleDocuments.timelineFigure(), SampleDocuments.barFigure(), SampleDocuments.ageingFigure());

  private static Document figures() {
    Document.Builder b = Document.builder().metadata(Metadata.of("Figures")).heading(1, "Charts");
    FIGURES.forEach(b::add);
    return b.build();
  }

  @Test
  void eachFigureIsAPictureWithItsDescriptionFollowedByItsCaption() throws IOException {
    DocxReadBack read = DocxReadBack.render(figures());
    assertThat(read.result.warnings()).isEmpty();
    List<XWPFParagraph> paragraphs = read.docx.getParagraphs();
    int figure = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      List<XWPFPicture> pictures = paragraphs.get(i).getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
      if (pictures.isEmpty()) {
        continue;
      }
      Figure expected = FIGURES.get(figure++);
      assertThat(pictures.get(0).getDescription()).isEqualTo(expected.description());
      XWPFPictureData data = pictures.get(0).getPictureData();
      assertThat(data.getPictureTypeEnum()).isEqualTo(org.apache.poi.common.usermodel.PictureType.PNG);
      assertThat(ImageIO.read(new ByteArrayInputStream(data.getData())).getWidth()).isGreaterThan(1000);
      assertThat(paragraphs.get(i).getCTP().getPPr().isSetKeepNext()).as("kept with its caption").isTrue();
      XWPFParagraph caption = paragraphs.get(i + 1);
      assertThat(caption.getStyleID()).isEqualTo("Caption");
      assertThat(caption.getText()).isEqualTo(expected.caption());
    }
    assertThat(figure).isEqualTo(3);
    String body = new String(read.parts.get("word/document.xml"), StandardCharsets.UTF_8);
    assertThat(body).contains("descr=\"" + FIGURES.get(0).description() + "\"");
  }

  @Test
  void aQuoteInAnotherLanguageCarriesItsLanguage() {
    DocxReadBack read = DocxReadBack.render(SampleDocuments.everyBlockType());
    String body = new String(read.parts.get("word/document.xml"), StandardCharsets.UTF_8);
    assertThat(body).contains("<w:lang w:val=\"vi\"/>").contains("“Hai bên nhất trí tăng cường hợp tác quốc phòng”");
    assertThat(body).contains("“we will meet again in Canberra”");
    int english = body.indexOf("“we will meet again in Canberra”");
    assertThat(body.substring(body.lastIndexOf("<w:r>", english), english)).as("the document's own language is not repeated")
        .doesNotContain("w:lang");
  }
}
