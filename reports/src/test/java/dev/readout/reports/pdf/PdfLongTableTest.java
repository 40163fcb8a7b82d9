package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table longer than {@link TablePieces#PIECE_ROWS} is laid out a piece at a time; read back,
 * it must look like one table: every row once and in order, the caption and header at the top of
 * every page it spans and nowhere else, the rows evenly spaced across the seams between pieces.
 */
class PdfLongTableTest {
  private static final int ROWS = 2 * TablePieces.PIECE_ROWS + 57;
  private static final Pattern ROW = Pattern.compile("^(\\d+) row (\\d+) of the long table (open|closed)$");

  /** A body row's first line as read back: its number, page and baseline. */
  private record RowLine(int number, int page, float y) {}

  private static PDDocument pdf;
  private static List<RowLine> rows;

  @BeforeAll
  static void render() {
    Table.Builder table = Table.builder()
        .column(Table.Column.right(1))
        .column(Table.Column.left(6))
        .column(Table.Column.center(2))
        .header("No.", "Item", "Status")
        .caption("The long table");
    for (int i = 1; i <= ROWS; i++) {
      table.row(Table.Row.of(String.valueOf(i), "row " + i + " of the long table", i % 2 == 0 ? "open" : "closed"));
    }
    Document document = Document.builder()
        .metadata(Metadata.of("Long table"))
        .heading(1, "A table of many rows")
        .paragraph("It starts below this paragraph, part of the way down the first page.")
        .add(table.build())
        .paragraph("This paragraph follows the table.")
        .build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(document);
    rendered.save("long-table.pdf");
    pdf = rendered.open();
    rows = rowLines(pdf);
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void everyRowOnceInOrder() {
    assertThat(rows).extracting(RowLine::number).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, ROWS).boxed().toList());
  }

  @Test
  void captionAndHeaderStartEveryPageTheTableSpansAndNothingElse() {
    int first = rows.get(0).page();
    int last = rows.get(rows.size() - 1).page();
    assertThat(last - first).as("pages the table spans beyond its first").isGreaterThanOrEqualTo(8);
    for (int p = first; p <= last; p++) {
      String text = PdfReadBack.pageText(pdf, p);
      assertThat(count(text, "The long table\n")).as("caption on page %d", p).isEqualTo(1);
      assertThat(count(text, "No. Item Status\n")).as("header on page %d", p).isEqualTo(1);
      int firstRowOnPage = firstRowOn(p);
      assertThat(text.indexOf("No. Item Status\n")).as("header above the rows on page %d", p)
          .isLessThan(text.indexOf(" row " + firstRowOnPage + " of the long table"));
    }
  }

  @Test
  void rowsAreEvenlySpacedAcrossTheSeamsBetweenPieces() {
    float pitch = rows.get(0).y() - rows.get(1).y();
    assertThat(pitch).isGreaterThan(10f);
    int seamsMidPage = 0;
    for (int i = 1; i < rows.size(); i++) {
      RowLine above = rows.get(i - 1);
      RowLine below = rows.get(i);
      if (above.page() == below.page()) {
        assertThat(above.y() - below.y()).as("rows %d and %d", above.number(), below.number()).isCloseTo(pitch, within(0.05f));
        if (above.number() % TablePieces.PIECE_ROWS == 0) {
          seamsMidPage++;
        }
      }
    }
    assertThat(seamsMidPage).as("seams between pieces that fall within a page").isGreaterThanOrEqualTo(1);
  }

  @Test
  void everyPageTheTableFillsEndsAtTheSameRowDepth() {
    // a page break inside the table falls where one table would break: pages full to the same depth
    int first = rows.get(0).page();
    int last = rows.get(rows.size() - 1).page();
    List<Integer> perPage = new ArrayList<>();
    for (int p = first + 1; p < last; p++) {
      int page = p;
      perPage.add((int) rows.stream().filter(r -> r.page() == page).count());
    }
    assertThat(perPage).as("rows on each full page").containsOnly(perPage.get(0));
  }

  private static int firstRowOn(int page) {
    return rows.stream().filter(r -> r.page() == page).findFirst().orElseThrow().number();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  private static List<RowLine> rowLines(PDDocument pdf) {
    List<RowLine> found = new ArrayList<>();
    try {
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        int current = page;
        PDFTextStripper stripper = new PDFTextStripper() {
          private final StringBuilder line = new StringBuilder();
          private float y;

          @Override
          protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (line.length() == 0) {
              y = -positions.get(0).getYDirAdj();
            } else {
              line.append(' ');
            }
            line.append(text);
            super.writeString(text, positions);
          }

          @Override
          protected void writeLineSeparator() throws IOException {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
              assertThat(m.group(2)).isEqualTo(m.group(1));
              found.add(new RowLine(Integer.parseInt(m.group(1)), current, y));
            }
            line.setLength(0);
            super.writeLineSeparator();
          }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
