package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Table;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * A Word table's column narrower than its longest word is widened to it, from the columns with room
 * to spare, so that Word breaks no word: the grid read back with POI, against the word's width
 * measured here in the font Word sets it in. LibreOffice's layout of the same table is checked by
 * {@link DocxInteropTest}.
 */
class DocxTableColumnsTest {
  /** Liberation Serif at 11 points, Word's Normal style, and a cell's margins of 108 twips a side. */
  private static final double MARGINS_POINTS = 216 / 20.0;

  @Test
  void aNarrowColumnHoldsItsLongestWordAndTheTableKeepsItsWidth() throws Exception {
    List<Long> grid = grid(SampleDocuments.narrowDueColumn());
    long total = grid.stream().mapToLong(Long::longValue).sum();
    List<Long> given = grid(Table.builder().column(Table.Column.left(1.5)).column(Table.Column.left(3.2))
        .column(Table.Column.left(0.6)).column(Table.Column.left(1.6)).header("A", "B", "C", "D").build());
    assertThat(total).as("as wide as the text").isEqualTo(given.stream().mapToLong(Long::longValue).sum());
    double word = Math.max(width("Chairmanship", Font.PLAIN), width("Vietnam–U.S.", Font.PLAIN));
    assertThat(grid.get(2) / 20.0).as("the Due column, in points").isGreaterThanOrEqualTo(word + MARGINS_POINTS)
        .isGreaterThan(given.get(2) / 20.0);
    assertThat(grid.get(1)).as("the What column gave most").isLessThan(given.get(1));
  }

  @Test
  void aHeaderWordIsMeasuredInBold() throws Exception {
    Table table = Table.builder().column(Table.Column.left(8)).column(Table.Column.left(0.5))
        .header("What", "Circumstances").row(Table.Row.of("a", "b")).build();
    assertThat(grid(table).get(1) / 20.0).isGreaterThanOrEqualTo(width("Circumstances", Font.BOLD) + MARGINS_POINTS);
  }

  private static List<Long> grid(Table table) {
    Document doc = Document.builder().metadata(Metadata.of("Columns")).heading(1, "A table").add(table).build();
    XWPFTable t = DocxReadBack.render(doc).docx.getTables().get(0);
    return t.getCTTbl().getTblGrid().getGridColList().stream().map(CTTblGridCol::getW)
        .map(w -> ((BigInteger) w).longValue()).toList();
  }

  private static double width(String word, int style) throws Exception {
    String file = style == Font.BOLD ? "liberation/LiberationSerif-Bold.ttf" : "liberation/LiberationSerif-Regular.ttf";
    try (InputStream in = DocxTableColumnsTest.class.getClassLoader().getResourceAsStream(file)) {
      Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f);
      return font.getStringBounds(word, new FontRenderContext(null, false, true)).getWidth();
    }
  }
}
