package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTest {

  @Test
  void documentsBuiltFromEqualPartsAreEqual() {
    assertThat(SampleDocuments.everyBlockType()).isEqualTo(SampleDocuments.everyBlockType());
    assertThat(SampleDocuments.everyBlockType().hashCode()).isEqualTo(SampleDocuments.everyBlockType().hashCode());
    assertThat(SampleDocuments.adversarial()).isEqualTo(SampleDocuments.adversarial());
    assertThat(SampleDocuments.everyBlockType()).isNotEqualTo(SampleDocuments.adversarial());
  }

  @Test
  void builderAndConstructorGiveEqualDocuments() {
    Metadata metadata = Metadata.of("Brief");
    Document built = Document.builder().metadata(metadata).heading(1, "Phan Văn Giang").paragraph("Text").build();
    Document constructed = new Document(metadata,
        List.of(new Heading(1, "phan-van-giang", List.of(new Text("Phan Văn Giang"))), new Paragraph(List.of(new Text("Text")))));
    assertThat(built).isEqualTo(constructed);
  }

  @Test
  void aDifferentDetailMakesADifferentDocument() {
    Document a = Document.builder().metadata(Metadata.of("Brief")).add(Paragraph.of(Strong.of("x"))).build();
    Document b = Document.builder().metadata(Metadata.of("Brief")).add(Paragraph.of(Emphasis.of("x"))).build();
    assertThat(a).isNotEqualTo(b);
    assertThat(Table.Column.left(1)).isNotEqualTo(Table.Column.right(1));
    assertThat(Table.Column.left(1)).isEqualTo(new Table.Column(1.0, Table.Alignment.LEFT));
    assertThat(PageBreak.of()).isEqualTo(new PageBreak());
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<Inline> content = new ArrayList<>(List.of(new Text("a")));
    Paragraph paragraph = new Paragraph(content);
    content.add(new Text("b"));
    assertThat(paragraph.content()).containsExactly(new Text("a"));
    assertThatThrownBy(() -> paragraph.content().add(new Text("c"))).isInstanceOf(UnsupportedOperationException.class);

    List<Block> blocks = new ArrayList<>();
    blocks.add(paragraph);
    Document document = new Document(Metadata.of("T"), blocks);
    blocks.clear();
    assertThat(document.blocks()).hasSize(1);
  }

  @Test
  void metadataDefaultsAndAccessors() {
    Metadata m = Metadata.of("Brief");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.subtitle()).isEmpty();
    assertThat(m.date()).isEmpty();
    assertThat(m.classification()).isEmpty();
    assertThat(m.keywords()).isEmpty();

    Metadata full = Metadata.builder().title("T").subtitle("S").author("A").organisation("O")
        .date(LocalDate.of(2024, 5, 12)).language("vi-VN").classification("UNCLASSIFIED")
        .keyword("k1").keywords(List.of("k2")).build();
    assertThat(full).isEqualTo(new Metadata("T", Optional.of("S"), Optional.of("A"), Optional.of("O"),
        Optional.of(LocalDate.of(2024, 5, 12)), "vi-VN", Optional.of("UNCLASSIFIED"), List.of("k1", "k2")));
    assertThat(full.locale().getLanguage()).isEqualTo("vi");
    assertThat(full.locale().getCountry()).isEqualTo("VN");
  }

  @Test
  void headingsAndTableOfContentsEntries() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .heading(1, "A").heading(2, "B").heading(3, "C").add(new TableOfContents("Contents", 2)).build();
    assertThat(d.headings()).extracting(Heading::anchor).containsExactly("a", "b", "c");
    TableOfContents toc = (TableOfContents) d.blocks().get(3);
    assertThat(toc.entries(d)).extracting(Heading::anchor).containsExactly("a", "b");
    assertThat(TableOfContents.of("x").levels()).isEqualTo(3);
  }

  @Test
  void tableBuilderAndRows() {
    Table t = Table.builder().column(1, Table.Alignment.LEFT).column(Table.Column.right(2))
        .header("h1", "h2").row("a", "b").row("c", "d").caption("cap").build();
    assertThat(t.rows()).containsExactly(Table.Row.of("h1", "h2"), Table.Row.of("a", "b"), Table.Row.of("c", "d"));
    assertThat(t.caption()).contains("cap");
  }

  @Test
  void linksKnowWhetherTheyAreInternal() {
    assertThat(Link.of("#intro", "x").isInternal()).isTrue();
    assertThat(Link.of("#intro", "x").anchor()).isEqualTo("intro");
    assertThat(Link.of("https://example.org", "x").isInternal()).isFalse();
    assertThat(Link.of("https://example.org", "x").anchor()).isEmpty();
  }

  @Test
  void coverMetadataLinesFollowTheDocumentedOrder() {
    Metadata m = Metadata.builder().title("T").subtitle("S").author("A").organisation("O")
        .date(LocalDate.of(2024, 5, 2)).classification("SECRET").build();
    assertThat(Cover.metadataLines(m)).containsExactly("T", "S", "A", "O", "2024-05-02");
    assertThat(Cover.metadataLines(Metadata.of("T"))).containsExactly("T");
  }

  @Test
  void visitorsReachEveryKind() {
    Document d = SampleDocuments.everyBlockType();
    List<String> kinds = new ArrayList<>();
    BlockVisitor<String> names = new BlockVisitor<>() {
      @Override public String visit(Heading heading) { return "heading"; }
      @Override public String visit(Paragraph paragraph) { return "paragraph"; }
      @Override public String visit(ListBlock list) { return "list"; }
      @Override public String visit(Table table) { return "table"; }
      @Override public String visit(KeyValueBlock keyValues) { return "keyValues"; }
      @Override public String visit(Note note) { return "note"; }
      @Override public String visit(Figure figure) { return "figure"; }
      @Override public String visit(PageBreak pageBreak) { return "pageBreak"; }
      @Override public String visit(TableOfContents contents) { return "contents"; }
      @Override public String visit(Cover cover) { return "cover"; }
    };
    d.blocks().forEach(b -> kinds.add(b.accept(names)));
    assertThat(kinds).contains("heading", "paragraph", "list", "table", "keyValues", "note", "figure", "pageBreak", "contents", "cover");
  }

  @Test
  void uniqueAnchorsKeepTheFirstAndSuffixTheRest() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .heading(1, "Intro").heading(2, "Intro").add(Heading.of(2, "intro-2", "Explicit")).heading(3, "Intro")
        .add(Heading.of(1, "x", "X")).build();
    assertThat(d.uniqueAnchors()).containsExactly("intro", "intro-3", "intro-2", "intro-4", "x");
  }

  @Test
  void sharedWarningsHaveOneWording() {
    assertThat(RenderWarning.charactersLeftOut("a\uFFFE\u0000b\u0000"))
        .isEqualTo(new RenderWarning("U+0000, U+FFFE are not allowed in a document and were left out", "aU+FFFEU+0000bU+0000"));
    assertThat(RenderWarning.charactersLeftOut("\uD800").message()).isEqualTo("U+D800 is not allowed in a document and was left out");
    assertThat(RenderWarning.duplicateAnchor(Heading.of(2, "Intro"), "intro-2")).isEqualTo(new RenderWarning(
        "heading anchor 'intro' is used by an earlier heading; this one is written as 'intro-2'", "Intro"));
    assertThat(RenderWarning.unknownAnchor(Link.of("#nowhere", "there"))).isEqualTo(new RenderWarning(
        "link target '#nowhere' names no heading of the document", "there"));
    assertThat(RenderWarning.snippet("x".repeat(61))).isEqualTo("x".repeat(60) + "…");
    assertThat(RenderWarning.snippet("x".repeat(60))).isEqualTo("x".repeat(60));
    assertThat(RenderWarning.snippet("tab\there")).isEqualTo("tabU+0009here");
    assertThat(RenderWarning.about("no font has U+1F600", "Emoji 😀").snippet()).isEqualTo("Emoji 😀");
    assertThat(RenderResult.clean().hasWarnings()).isFalse();
  }
}
