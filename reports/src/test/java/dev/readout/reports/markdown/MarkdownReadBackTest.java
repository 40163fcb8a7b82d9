package dev.readout.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Table;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell.Alignment;
import org.junit.jupiter.api.Test;

/**
 * Renders the shared sample documents and reads the Markdown back with commonmark-java (GFM tables
 * and footnotes): headings, table cells, footnotes and the words of the text must come back as
 * they were written.
 */
class MarkdownReadBackTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  @Test
  void everyBlockTypeReadsBack() {
    Document d = SampleDocuments.everyBlockType();
    ParsedMarkdown parsed = ParsedMarkdown.parse(RENDERER.renderToString(d));

    List<String> headings = new ArrayList<>();
    headings.add(d.metadata().title());
    d.headings().forEach(h -> headings.add(PlainText.of(h.content())));
    assertThat(parsed.headings()).containsExactlyElementsOf(headings);
    List<Integer> levels = new ArrayList<>(List.of(1));
    d.headings().forEach(h -> levels.add(h.level()));
    assertThat(parsed.headingLevels()).containsExactlyElementsOf(levels);

    Table table = d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    List<List<String>> expectedRows = table.rows().stream()
        .map(r -> r.cells().stream().map(c -> PlainText.of(c.content())).toList()).toList();
    assertThat(parsed.tables()).hasSize(1);
    assertThat(parsed.tables().get(0)).hasSize(2 + SampleDocuments.LONG_TABLE_ROWS).containsExactlyElementsOf(expectedRows);
    assertThat(parsed.alignments()).containsExactly(List.of(Alignment.RIGHT, Alignment.LEFT, Alignment.CENTER));

    assertThat(parsed.footnoteDefinitions()).containsExactly("1", "2");
    assertThat(parsed.footnoteReferences()).containsExactly("1", "2");
    assertThat(parsed.footnoteTexts()).containsExactlyElementsOf(PlainText.footnotes(d));

    assertThat(parsed.links()).contains("https://example.org/readouts/2024-05-12?lang=vi", "#commitments",
        "https://example.org/vna/2024/05/12");
    for (Heading h : d.headings()) {
      assertThat(parsed.links()).as("table of contents entry for %s", h.anchor()).contains("#" + h.anchor());
    }
    assertThat(PlainText.words(parsed.text())).containsSubsequence(PlainText.words(PlainText.of(d)));
  }

  @Test
  void adversarialReadsBackWithTheSameWordsAndParagraphs() {
    Document d = SampleDocuments.adversarial();
    String md = RENDERER.renderToString(d);
    ParsedMarkdown parsed = ParsedMarkdown.parse(md);

    assertThat(PlainText.words(parsed.text())).containsSubsequence(PlainText.words(PlainText.of(d)));
    String text = parsed.text();
    for (var block : d.blocks()) {
      if (block instanceof dev.readout.reports.doc.Paragraph p) {
        assertThat(text).contains(PlainText.renderable(PlainText.of(p.content())).replace("\r\n", "\n"));
      }
    }
    List<String> headings = new ArrayList<>();
    headings.add(PlainText.renderable(d.metadata().title()));
    d.headings().forEach(h -> headings.add(PlainText.of(h.content())));
    assertThat(parsed.headings()).containsExactlyElementsOf(headings);
    assertThat(parsed.footnoteDefinitions()).hasSameSizeAs(PlainText.footnotes(d));
    assertThat(parsed.footnoteTexts()).containsExactlyElementsOf(PlainText.footnotes(d));

    Table table = d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(parsed.tables()).containsExactly(table.rows().stream()
        .map(r -> r.cells().stream().map(c -> PlainText.renderable(PlainText.of(c.content()))).toList()).toList());
    assertThat(parsed.links()).contains("https://example.org/path_(with)_parens?q=a&b=*c*", "#section", "#nowhere");
  }
}
