package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFlowTest {
  private final Document pdf = new Document(PageSize.A4, 66, 66, 80, 70);
  private PdfWriter writer;
  private PageFlow flow;

  @BeforeEach
  void open() {
    writer = FlowDocument.writer(pdf, new ByteArrayOutputStream());
    pdf.open();
    flow = new PageFlow(writer);
  }

  @AfterEach
  void close() {
    writer.setPageEmpty(false); // a test may leave the page blank
    pdf.close();
  }

  @Test
  void paragraphsGoDownThePageAndOnToTheNext() {
    float full = flow.spaceLeft();
    assertThat(full).isEqualTo(pdf.top() - pdf.bottom());
    Paragraph first = new Paragraph(14f, "one line");
    first.setSpacingBefore(50f);
    first.setSpacingAfter(6f);
    flow.add(first);
    assertThat(flow.spaceLeft()).as("no space before at the top of a page; 14 pt of line, 6 after")
        .isEqualTo(full - 14f - 6f);
    int added = 0;
    while (writer.getPageNumber() == 1) {
      flow.add(new Paragraph(14f, "line " + added++));
    }
    assertThat(writer.getPageNumber()).isEqualTo(2);
    // The line that started the new page went either on it or, when it still fitted, on the first.
    float onSecond = full - flow.spaceLeft();
    assertThat(onSecond).isIn(0f, 14f);
    float onFirst = 14f + 6f + 14f * (added - onSecond / 14f);
    // OpenPDF's layout ends a page when a line and one more leading would not fit below what is on it.
    assertThat(onFirst).as("the first page is full, and no line is below its bottom margin")
        .isLessThanOrEqualTo(full).isGreaterThanOrEqualTo(full - 3 * 14f);
  }

  @Test
  void skipMovesDownButNotPastTheBottom() {
    float full = flow.spaceLeft();
    flow.skip(100f);
    assertThat(flow.spaceLeft()).isEqualTo(full - 100f);
    flow.skip(10_000f);
    assertThat(flow.spaceLeft()).isZero();
  }

  @Test
  void newPageOnAnEmptyPageStaysOnIt() {
    flow.newPage();
    assertThat(writer.getPageNumber()).isEqualTo(1);
    flow.add(new Paragraph(14f, "text"));
    flow.newPage();
    assertThat(writer.getPageNumber()).isEqualTo(2);
  }

  @Test
  void anElementThatFitsOnNoPageIsAnErrorNotALoop() {
    PdfPTable table = new PdfPTable(1);
    table.setSplitRows(false);
    PdfPCell tall = new PdfPCell();
    tall.setFixedHeight(2 * pdf.getPageSize().getHeight());
    table.addCell(tall);
    assertThatThrownBy(() -> flow.add(table))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an element does not fit on an empty page");
  }
}
