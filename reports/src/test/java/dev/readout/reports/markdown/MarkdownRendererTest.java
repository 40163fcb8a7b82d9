package dev.readout.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  /** A small document with every block and inline type. */
  static Document small() {
    return Document.builder()
        .metadata(Metadata.builder().title("Readout: Hà Nội talks").subtitle("Bộ Quốc phòng")
            .author("Nguyễn Quốc Dũng").date(LocalDate.of(2024, 5, 12)).classification("UNCLASSIFIED").build())
        .add(Cover.of("Prepared for Phan Văn Giang"))
        .add(TableOfContents.of("Contents"))
        .heading(1, "Summary")
        .paragraph(Text.of("General "), Strong.of("Phan Văn Giang"), Text.of(" met "), Emphasis.of("Nguyễn Quốc Dũng"),
            Text.of(" ("), Link.of("https://example.org/a", "readout"), Footnote.of("Official readout."), Text.of(")."))
        .add(Heading.of(2, "Areas"))
        .add(ListBlock.bulleted(ListBlock.Item.of("War legacy", ListBlock.ordered("Missing", "Dioxin")), ListBlock.Item.of("Training")))
        .add(Table.builder().column(Table.Column.left(2)).column(Table.Column.center(1)).column(Table.Column.right(1))
            .header("Who", "What", "Count").header("", "sub", "n")
            .row(Table.Row.of(Table.Cell.of("Việt Nam"), Table.Cell.of(Text.of("visit"), Footnote.of("In 2024.")), Table.Cell.of("2")))
            .caption("Commitments").build())
        .add(KeyValueBlock.of(KeyValueBlock.Entry.of("Place", "Hà Nội"), KeyValueBlock.Entry.of("Format", Strong.of("in person"))))
        .add(new Note(Note.Kind.WARNING, Optional.of("Caution"), List.of(Text.of("Dates are not agreed."))))
        .add(Note.of(Note.Kind.INFO, "Background only."))
        .add(PageBreak.of())
        .add(Heading.of(3, "Annex"))
        .paragraph(Link.of("#summary", "Back to the summary"))
        .build();
  }

  @Test
  void rendersEveryBlockTypeExactly() {
    assertThat(RENDERER.renderToString(small())).isEqualTo("""
        **UNCLASSIFIED**

        # Readout: Hà Nội talks

        Bộ Quốc phòng

        Nguyễn Quốc Dũng

        2024-05-12

        Prepared for Phan Văn Giang

        ---

        **Contents**

        - [Summary](#summary)
          - [Areas](#areas)
            - [Annex](#annex)

        # <a id="summary"></a>Summary

        General **Phan Văn Giang** met *Nguyễn Quốc Dũng* ([readout](https://example.org/a)[^1]).

        ## <a id="areas"></a>Areas

        - War legacy
          1. Missing
          2. Dioxin
        - Training

        *Commitments*

        | Who | What | Count |
        | :--- | :---: | ---: |
        | | **sub** | **n** |
        | Việt Nam | visit[^2] | 2 |

        - **Place:** Hà Nội
        - **Format:** **in person**

        > [!WARNING]
        > **Caution**
        >
        > Dates are not agreed.

        > [!NOTE]
        > Background only.

        ---

        ### <a id="annex"></a>Annex

        [Back to the summary](#summary)

        [^1]: Official readout.

        [^2]: In 2024.

        **UNCLASSIFIED**
        """);
  }

  @Test
  void writesUtf8BytesWithLineFeedsAndDoesNotCloseTheStream() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the renderer must not close the stream");
      }
    };
    RenderResult result = RENDERER.render(small(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(RENDERER.renderToString(small())).doesNotContain("\r").endsWith("UNCLASSIFIED**\n");
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(result.warnings()).isEmpty();
    assertThat(result.hasWarnings()).isFalse();
  }

  @Test
  void renderingTwiceGivesIdenticalBytes() throws IOException {
    for (Document d : List.of(small(), dev.readout.reports.doc.SampleDocuments.everyBlockType(),
        dev.readout.reports.doc.SampleDocuments.adversarial())) {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      RENDERER.render(d, first);
      MarkdownRenderer.create().render(d, second);
      assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }
  }

  @Test
  void withoutCoverTheTitleIsTheFirstHeading() {
    Document d = Document.builder().metadata(Metadata.of("Plain title")).paragraph("Text.").build();
    assertThat(RENDERER.renderToString(d)).isEqualTo("# Plain title\n\nText.\n");
  }

  @Test
  void aDocumentThatOpensWithItsOwnLevelOneHeadingIsNotGivenASecondTitle() {
    Document d = Document.builder().metadata(Metadata.of("Country brief: Viet Nam"))
        .heading(1, "Country brief: Viet Nam").paragraph("Text.").build();
    assertThat(RENDERER.renderToString(d)).isEqualTo("# <a id=\"country-brief-viet-nam\"></a>Country brief: Viet Nam\n\nText.\n");
    Document opensWithLevelTwo = Document.builder().metadata(Metadata.of("T")).heading(2, "Part").build();
    assertThat(RENDERER.renderToString(opensWithLevelTwo)).startsWith("# T\n\n## ");
  }

  @Test
  void vietnameseTextSurvives() {
    Document d = Document.builder().metadata(Metadata.builder().title("Quan hệ quốc phòng Việt Nam").language("vi").build())
        .heading(1, "Đại tướng Phan Văn Giang")
        .paragraph("Thượng tướng Nguyễn Quốc Dũng, Thứ trưởng Bộ Quốc phòng.")
        .build();
    String md = RENDERER.renderToString(d);
    assertThat(md).isEqualTo("""
        # <a id="dai-tuong-phan-van-giang"></a>Đại tướng Phan Văn Giang

        Thượng tướng Nguyễn Quốc Dũng, Thứ trưởng Bộ Quốc phòng.
        """);
  }

  @Test
  void githubAlertsCanBeTurnedOff() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .add(Note.of(Note.Kind.IMPORTANT, "Title", "Text\nsecond line")).build();
    MarkdownRenderer plain = MarkdownRenderer.builder().githubAlerts(false).build();
    assertThat(plain.githubAlerts()).isFalse();
    assertThat(plain.renderToString(d)).isEqualTo("# T\n\n> **Title**\n>\n> Text\\\n> second line\n");
    assertThat(RENDERER.renderToString(d)).isEqualTo("# T\n\n> [!IMPORTANT]\n> **Title**\n>\n> Text\\\n> second line\n");
  }

  @Test
  void duplicateAnchorsGetASuffixAndAWarning() throws IOException {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .add(TableOfContents.of("Contents"))
        .heading(1, "Intro").heading(2, "Intro").add(Heading.of(2, "intro-2", "Explicit"))
        .paragraph(Link.of("#intro", "first"))
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result = RENDERER.render(d, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        # T

        **Contents**

        - [Intro](#intro)
          - [Intro](#intro-3)
          - [Explicit](#intro-2)

        # <a id="intro"></a>Intro

        ## <a id="intro-3"></a>Intro

        ## <a id="intro-2"></a>Explicit

        [first](#intro)
        """);
    assertThat(result.warnings()).extracting(w -> w.message() + " / " + w.snippet()).containsExactly(
        "heading anchor 'intro' is used by an earlier heading; this one is written as 'intro-3' / Intro");
  }

  @Test
  void linksToUnknownAnchorsAreKeptWithAWarning() throws IOException {
    Document d = Document.builder().metadata(Metadata.of("T")).paragraph(Link.of("#missing", "dangling")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result = RENDERER.render(d, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("[dangling](#missing)\n");
    assertThat(result.warnings()).extracting(w -> w.message() + " / " + w.snippet())
        .containsExactly("link target '#missing' names no heading of the document / dangling");
  }

  @Test
  void charactersXmlForbidsAreLeftOutWithAWarning() throws IOException {
    Document d = Document.builder().metadata(Metadata.of("T")).paragraph("a\u0000b\u0008c\uFFFEd\u0000").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result = RENDERER.render(d, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("# T\n\nabcd\n");
    assertThat(result.warnings()).extracting(w -> w.message() + " / " + w.snippet())
        .containsExactly("U+0000, U+0008, U+FFFE are not allowed in a document and were left out / aU+0000bU+0008cU+FFFEdU+0000");
  }

  @Test
  void adversarialDocumentRendersWithWarningsOnlyForForbiddenCharactersAndKnownProblems() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result = RENDERER.render(dev.readout.reports.doc.SampleDocuments.adversarial(), out);
    assertThat(result.warnings()).extracting(w -> w.message()).allSatisfy(m -> assertThat(m).matches(
        "(U\\+[0-9A-F]{4}(, U\\+[0-9A-F]{4})* (is|are) not allowed in a document and (was|were) left out"
            + "|heading anchor 'section' is used by an earlier heading; this one is written as 'section-2'"
            + "|link target '#nowhere' names no heading of the document)"));
    String md = out.toString(StandardCharsets.UTF_8);
    for (int cp = 0; cp <= 8; cp++) {
      assertThat(md).doesNotContain(String.valueOf((char) cp));
    }
    assertThat(md).doesNotContain("\uFFFE", "\uFFFF").contains("😀", "\u200F", "\u202E");
  }

  @Test
  void paragraphsOfOnlyWhiteSpaceAreLeftOut() {
    Document d = Document.builder().metadata(Metadata.of("T")).paragraph(" \n ").add(new Paragraph(List.of())).paragraph("x").build();
    assertThat(RENDERER.renderToString(d)).isEqualTo("# T\n\nx\n");
  }

  @Test
  void twoListsInARowStayTwoLists() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .add(ListBlock.bulleted("a")).add(ListBlock.bulleted("b")).add(ListBlock.bulleted("c"))
        .add(ListBlock.ordered("d")).add(ListBlock.ordered("e"))
        .add(KeyValueBlock.of(KeyValueBlock.Entry.of("k", "v")))
        .build();
    String md = RENDERER.renderToString(d);
    assertThat(md).isEqualTo("# T\n\n- a\n\n* b\n\n- c\n\n1. d\n\n1) e\n\n- **k:** v\n");
    assertThat(ParsedMarkdown.parse(md).topLevelBlocks())
        .containsExactly("Heading", "BulletList", "BulletList", "BulletList", "OrderedList", "OrderedList", "BulletList");
  }

  @Test
  void emptyItemsAndDeepNesting() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .add(new ListBlock(true, List.of(
            new ListBlock.Item(List.of(), Optional.of(ListBlock.bulleted(ListBlock.Item.of("deep", ListBlock.bulleted("deeper"))))),
            ListBlock.Item.of("multi\nline"),
            ListBlock.Item.of(""),
            ListBlock.Item.of("4"), ListBlock.Item.of("5"), ListBlock.Item.of("6"), ListBlock.Item.of("7"),
            ListBlock.Item.of("8"), ListBlock.Item.of("9"), ListBlock.Item.of("ten\nwide", ListBlock.bulleted("under ten")))))
        .build();
    String md = RENDERER.renderToString(d);
    assertThat(md).isEqualTo("""
        # T

        1.
           - deep
             - deeper
        2. multi\\
           line
        3.
        4. 4
        5. 5
        6. 6
        7. 7
        8. 8
        9. 9
        10. ten\\
            wide
            - under ten
        """);
    ParsedMarkdown parsed = ParsedMarkdown.parse(md);
    assertThat(parsed.topLevelBlocks()).containsExactly("Heading", "OrderedList");
    assertThat(parsed.text()).isEqualTo("T\ndeep\ndeeper\nmulti\nline\n4\n5\n6\n7\n8\n9\nten\nwide\nunder ten");
  }
}
