package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Footnote marks in the PDF: glued to their word, and one note for each content however often cited. */
class PdfNoteMarkTest {
  private static final String[] WORDS = ("the ministers agreed to promote cooperation in defence industry and"
      + " training and to exchange delegations at every level").split(" ");

  /**
   * Paragraphs and table cells of every length from one word to four lines, each ending in a note:
   * somewhere the mark falls where the line is full. No line of the page then starts with a mark.
   */
  @Test
  void aMarkNeverStartsALineAwayFromItsWord() throws Exception {
    Document.Builder d = Document.builder().metadata(Metadata.of("Marks"));
    Table.Builder table = Table.builder().column(Table.Column.left(1)).column(Table.Column.left(1)).header("A", "B");
    for (int n = 1; n <= 60; n++) {
      String text = sentence(n);
      d.paragraph(Text.of(text), Footnote.of("Note " + n + "."));
      table.row(Table.Row.of(Table.Cell.of(Text.of(text), Footnote.of("Cell note " + n + ".")), Table.Cell.of("x")));
    }
    d.add(table.build());
    PdfReadBack.Rendered rendered = PdfReadBack.render(d.build());
    try (PDDocument pdf = rendered.open()) {
      String text = PdfReadBack.text(pdf);
      String body = text.substring(0, text.lastIndexOf("Notes"));
      List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      assertThat(lines).as("lines of the body").hasSizeGreaterThan(100)
          .noneMatch(l -> l.matches("[\\s\u00A0]*\\d+([\\s\u00A0].*)?"));
      assertThat(body).contains("the\u00A01", "every\u00A017");
    }
  }

  @Test
  void aNoteCitedAgainIsOneNoteAndItsMarksShareTheNumber() throws Exception {
    Document d = Document.builder().metadata(Metadata.of("Marks"))
        .paragraph(Text.of("First"), Footnote.of("“The quote” [S1]"), Text.of(" and other"), Footnote.of("Other."))
        .paragraph(Text.of("Again"), Footnote.of("“The quote” [S1]"))
        .build();
    try (PDDocument pdf = PdfReadBack.render(d).open()) {
      String text = PdfReadBack.text(pdf);
      assertThat(text).contains("First\u00A01", "other\u00A02", "Again\u00A01");
      String notes = text.substring(text.lastIndexOf("Notes"));
      assertThat(notes).containsOnlyOnce("“The quote” [S1]").contains("1. “The quote” [S1]", "2. Other.");
      assertThat(notes).doesNotContain("3.");
    }
  }

  private static String sentence(int words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      out.add(WORDS[i % WORDS.length]);
    }
    return String.join(" ", out);
  }
}
