package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.readout.bench.baseline.BaselineContent;
import dev.readout.bench.baseline.RawDocx;
import dev.readout.bench.baseline.RawPdf;
import dev.readout.core.model.Commitment;
import dev.readout.reports.doc.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The baselines write the book's content: its tables, footnotes and the text of every commitment. */
class BaselinesTest {
  private final Document book = Books.withoutContents(Books.book(20));
  private final BaselineContent content = BaselineContent.of(book);
  private final Commitment someCommitment = SyntheticDatasets.of(20).commitments().get(7);

  @Test
  void contentHoldsTheBlocksAndFootnotesOfTheBook() {
    assertThat(content.blocks()).hasSizeGreaterThan(book.blocks().size());
    assertThat(content.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(BaselineContent.TableBlock.class));
    assertThat(content.endnotes()).hasSizeGreaterThan(100);
  }

  @Test
  void rawPoiWritesAWordFileWithTablesFootnotesAndEveryCommitment() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RawDocx.write(content, out);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(docx.getTables()).isNotEmpty();
      assertThat(docx.getFootnotes()).hasSize(content.endnotes().size());
      String tables = docx.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
      assertThat(tables).contains(someCommitment.text());
    }
  }

  @Test
  void rawOpenPdfWritesAPdfWithEveryCommitment() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RawPdf.write(content, out);
    PdfReader reader = new PdfReader(out.toByteArray());
    assertThat(reader.getNumberOfPages()).isGreaterThan(5);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    // The page count is drawn from a template filled in at the end; extraction runs it into "of".
    assertThat(text.toString().replaceAll("\\s+", " ")).containsPattern("Page 1 of ?" + reader.getNumberOfPages())
        .contains(someCommitment.text().substring(0, 40));
  }
}
