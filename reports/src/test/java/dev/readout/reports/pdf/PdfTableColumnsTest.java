package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Table;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A column narrower than its longest word is widened to it, from the columns with room to spare
 * ({@link dev.readout.reports.layout.ColumnWidths}), so that no word of a table is broken across lines.
 */
class PdfTableColumnsTest {
  @Test
  void aNarrowColumnIsWidenedToItsLongestWordFromTheColumnsWithRoom() {
    String text = text(SampleDocuments.narrowDueColumn());
    assertThat(lines(text)).as("every word whole on its line")
        .anySatisfy(l -> assertThat(l).contains("Chairmanship"))
        .anySatisfy(l -> assertThat(l).contains("Vietnam–U.S."))
        .anySatisfy(l -> assertThat(l).contains("anniversary"));
  }

  @Test
  void aTableWithoutRoomForItsWordsKeepsItsColumnsAndBreaksThem() {
    String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
    Table table = Table.builder().column(Table.Column.left(1)).column(Table.Column.left(1)).column(Table.Column.left(1))
        .header("One", "Two", "Three").row(Table.Row.of(word, word, word)).build();
    assertThat(text(table).replaceAll("\\s", "")).contains(word + word + word);
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\\R"));
  }

  private static String text(Table table) {
    Document document = Document.builder().metadata(Metadata.of("Columns")).heading(1, "A table").add(table).build();
    PdfReadBack.Rendered rendered = PdfReadBack.render(document);
    rendered.save("table-columns.pdf");
    try (PDDocument pdf = rendered.open()) {
      return PdfReadBack.textInContentOrder(pdf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
