package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDocumentsTest {

  @Test
  void everyBlockTypeUsesEveryBlockAndInlineType() {
    Set<String> kinds = kinds(SampleDocuments.everyBlockType());
    assertThat(kinds).containsExactlyInAnyOrder(
        "Heading", "Paragraph", "ListBlock", "Table", "KeyValueBlock", "Note", "Figure", "PageBreak", "TableOfContents", "Cover",
        "Text", "Quote", "Emphasis", "Strong", "Link", "Footnote");
  }

  @Test
  void everyBlockTypeHasTheLongTableNestedListsAndVietnamese() {
    Document d = SampleDocuments.everyBlockType();
    Table table = d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(table.bodyRows()).hasSize(SampleDocuments.LONG_TABLE_ROWS);
    assertThat(table.headerRows()).hasSize(2);
    ListBlock list = d.blocks().stream().filter(ListBlock.class::isInstance).map(ListBlock.class::cast).findFirst().orElseThrow();
    assertThat(list.items().get(0).nested().orElseThrow().items().get(0).nested()).isPresent();
    assertThat(PlainText.of(d)).contains("Phan Văn Giang", "Nguyễn Quốc Dũng");
    assertThat(PlainText.footnotes(d)).hasSize(2);
  }

  @Test
  void adversarialHoldsTheHostileCharacters() {
    String text = PlainText.of(SampleDocuments.adversarial()) + SampleDocuments.adversarial().metadata();
    assertThat(text).contains("\u200F", "\u202E", "😀", "👨‍👩‍👧", SampleDocuments.NFD_VIETNAMESE, "e\u0301",
        SampleDocuments.XML_ILLEGAL, "Quốcphòng".repeat(100));
    assertThat(text).containsPattern("[^ ]{" + SampleDocuments.LONG_WORD_LENGTH + "}");
    assertThat(kinds(SampleDocuments.adversarial())).contains("Heading", "Table", "ListBlock", "Footnote", "Link");
  }

  private static Set<String> kinds(Document document) {
    Set<String> kinds = new HashSet<>();
    document.blocks().forEach(b -> kinds.add(b.getClass().getSimpleName()));
    InlineVisitor<Void> inlines = new InlineVisitor<>() {
      @Override public Void visit(Text text) { kinds.add("Text"); return null; }
      @Override public Void visit(Quote quote) { kinds.add("Quote"); return null; }
      @Override public Void visit(Emphasis emphasis) { kinds.add("Emphasis"); emphasis.children().forEach(i -> i.accept(this)); return null; }
      @Override public Void visit(Strong strong) { kinds.add("Strong"); strong.children().forEach(i -> i.accept(this)); return null; }
      @Override public Void visit(Link link) { kinds.add("Link"); link.children().forEach(i -> i.accept(this)); return null; }
      @Override public Void visit(Footnote footnote) { kinds.add("Footnote"); footnote.content().forEach(i -> i.accept(this)); return null; }
    };
    for (Block b : document.blocks()) {
      inlinesOf(b).forEach(i -> i.accept(inlines));
    }
    return kinds;
  }

  private static List<Inline> inlinesOf(Block block) {
    return block.accept(new BlockVisitor<List<Inline>>() {
      @Override public List<Inline> visit(Heading heading) { return heading.content(); }
      @Override public List<Inline> visit(Paragraph paragraph) { return paragraph.content(); }
      @Override public List<Inline> visit(ListBlock list) {
        return list.items().stream().flatMap(i -> java.util.stream.Stream.concat(i.content().stream(),
            i.nested().map(n -> visit(n).stream()).orElseGet(java.util.stream.Stream::empty))).toList();
      }
      @Override public List<Inline> visit(Table table) {
        return table.rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.content().stream()).toList();
      }
      @Override public List<Inline> visit(KeyValueBlock keyValues) {
        return keyValues.entries().stream().flatMap(e -> e.value().stream()).toList();
      }
      @Override public List<Inline> visit(Note note) { return note.content(); }
      @Override public List<Inline> visit(Figure figure) { return List.of(); }
      @Override public List<Inline> visit(PageBreak pageBreak) { return List.of(); }
      @Override public List<Inline> visit(TableOfContents contents) { return List.of(); }
      @Override public List<Inline> visit(Cover cover) {
        return cover.lines().stream().flatMap(p -> p.content().stream()).toList();
      }
    });
  }
}
