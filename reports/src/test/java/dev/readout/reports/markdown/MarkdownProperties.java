package dev.readout.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Documents of adversarial text — Markdown punctuation at every position, right-to-left marks,
 * emoji, combining marks, line breaks, characters XML forbids — always render, and the Markdown
 * reads back (commonmark-java, GFM tables and footnotes) with every paragraph's text in it.
 */
class MarkdownProperties {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  /** Pieces of text that mean something to Markdown, HTML, Unicode or XML. */
  private static final List<String> ATOMS = List.of(
      "a", "Z", "Việt", "Dũng", "42", " ", "  ", "    ", "\t", "\n", "\r\n", "\r", "\n\n",
      "\\", "`", "*", "**", "_", "__", "{", "}", "[", "]", "(", ")", "#", "##", "+", "-", ".", "!", "|", "<", ">",
      "~", "~~", "$", "^", "&", ":", ";", "'", "\"", "=", "@", "%", "/",
      "&amp;", "&#35;", "&copy;", "1.", "10)", "---", "***", "___", "```", "~~~", "[^1]", "[x]:", "<br>", "<div>",
      "<!--", "-->", "![", "](#a)", "https://x.y", "\u00A0", "\u3000", "\u200F", "\u202E", "\u202C", "\u200D",
      "😀", "👨‍👩‍👧", "🇻🇳", "𝔘", "e\u0301", "\u0301", "\u0338", "Nguye\u0302\u0303n",
      "\u0000", "\u0007", "\u000B", "\u000C", "\uFFFE", "\uFFFF",
      // Unpaired surrogates inside the atom, so that two atoms cannot join into a valid pair.
      "x\uD800x", "y\uDC00y");

  private static final List<String> TARGETS = List.of(
      "https://example.org", "https://x.y/a_(b)?c=1&amp;d=*e*", "HTTP://X.Y/Path", "https://x.y/đ", "#a", "#section", "#missing");

  @Property
  void everyDocumentRendersAndReadsBackWithEachParagraphsText(@ForAll("documents") Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result = RENDERER.render(document, out);
    String md = out.toString(StandardCharsets.UTF_8);

    assertThat(md).endsWith("\n").doesNotContain("\r");
    assertThat(md.codePoints().allMatch(PlainText::isRenderable)).as("only renderable characters").isTrue();
    assertThat(result.warnings()).isNotNull();

    ParsedMarkdown parsed = ParsedMarkdown.parse(md);
    String text = normalise(parsed.text());
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p) {
        assertThat(text).contains(normalise(PlainText.of(p.content())));
      }
    }
    List<String> words = PlainText.words(PlainText.of(document));
    if (!words.isEmpty()) {
      assertThat(PlainText.words(parsed.text())).containsSubsequence(words);
    }
    assertThat(parsed.footnoteDefinitions()).hasSameSizeAs(PlainText.footnotes(document));
  }

  @Property
  void renderingIsDeterministic(@ForAll("documents") Document document) {
    assertThat(RENDERER.renderToString(document)).isEqualTo(MarkdownRenderer.create().renderToString(document));
  }

  /**
   * What Markdown does not keep: forbidden characters, and the kind and length of white space (line
   * breaks, runs of spaces, a paragraph of white space only).
   */
  private static String normalise(String s) {
    return PlainText.renderable(s).replaceAll("[\\s\\p{Zs}]+", " ").strip();
  }

  // ---- generators ----

  private static Arbitrary<String> text() {
    return Arbitraries.of(ATOMS).list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  private static Arbitrary<String> nonBlankText() {
    return Combinators.combine(Arbitraries.of("x", "Giang", "Quốc", "😀", "1"), text()).as((a, b) -> a + b);
  }

  private static Arbitrary<Inline> inline(int depth, boolean links, boolean footnotes) {
    List<Arbitrary<? extends Inline>> choices = new ArrayList<>();
    choices.add(text().map(Text::new));
    choices.add(text().map(Text::new));
    choices.add(text().map(Text::new));
    if (depth > 0) {
      choices.add(inlines(depth - 1, links, footnotes, 1).map(Emphasis::new));
      choices.add(inlines(depth - 1, links, footnotes, 1).map(Strong::new));
      if (links) {
        choices.add(Combinators.combine(Arbitraries.of(TARGETS), inlines(depth - 1, false, footnotes, 1)).as(Link::new));
      }
      if (footnotes) {
        choices.add(inlines(depth - 1, links, false, 1).map(Footnote::new));
      }
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<List<Inline>> inlines(int depth, boolean links, boolean footnotes, int min) {
    return inline(depth, links, footnotes).list().ofMinSize(min).ofMaxSize(4);
  }

  private static Arbitrary<List<Inline>> content() {
    return inlines(3, true, true, 0);
  }

  private static Arbitrary<ListBlock> list(int depth) {
    Arbitrary<Optional<ListBlock>> nested = depth == 0
        ? Arbitraries.just(Optional.empty())
        : list(depth - 1).optional(0.3);
    Arbitrary<ListBlock.Item> item = Combinators.combine(content(), nested).as(ListBlock.Item::new);
    return Combinators.combine(Arbitraries.of(true, false), item.list().ofMinSize(1).ofMaxSize(4)).as(ListBlock::new);
  }

  private static Arbitrary<Table> table() {
    return Arbitraries.integers().between(1, 3).flatMap(columns -> {
      Arbitrary<Table.Row> row = content().map(Table.Cell::new).list().ofSize(columns).map(Table.Row::new);
      Arbitrary<List<Table.Column>> cols = Combinators.combine(
              Arbitraries.doubles().between(0.1, 10), Arbitraries.of(Table.Alignment.class))
          .as(Table.Column::new).list().ofSize(columns);
      return Combinators.combine(cols, row.list().ofMinSize(1).ofMaxSize(2), row.list().ofMaxSize(3),
          nonBlankText().optional(0.5)).as(Table::new);
    });
  }

  private static Arbitrary<Block> block() {
    Arbitrary<Block> paragraph = content().map(Paragraph::new);
    Arbitrary<Block> heading = Combinators.combine(Arbitraries.integers().between(1, 3), nonBlankText(), content())
        .as((level, start, rest) -> {
          List<Inline> inlines = new ArrayList<>(List.of(new Text(start)));
          inlines.addAll(rest);
          return new Heading(level, inlines);
        });
    Arbitrary<Block> keyValues = Combinators.combine(nonBlankText(), content()).as(KeyValueBlock.Entry::new)
        .list().ofMinSize(1).ofMaxSize(3).map(KeyValueBlock::new);
    Arbitrary<Block> note = Combinators.combine(Arbitraries.of(Note.Kind.class), nonBlankText().optional(0.5),
        inlines(3, true, true, 1)).as(Note::new);
    Arbitrary<Block> other = Arbitraries.of(new PageBreak(), TableOfContents.of("Contents"), Cover.of("extra"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, paragraph),
        net.jqwik.api.Tuple.of(2, heading),
        net.jqwik.api.Tuple.of(2, list(2).map(Block.class::cast)),
        net.jqwik.api.Tuple.of(2, table().map(Block.class::cast)),
        net.jqwik.api.Tuple.of(1, keyValues),
        net.jqwik.api.Tuple.of(1, note),
        net.jqwik.api.Tuple.of(1, other));
  }

  @Provide
  Arbitrary<Document> documents() {
    Arbitrary<Metadata> metadata = Combinators.combine(nonBlankText(), nonBlankText().optional(0.5))
        .as((title, classification) -> new Metadata(title, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), "en", classification, List.of()));
    return Combinators.combine(metadata, block().list().ofMinSize(1).ofMaxSize(8)).as(Document::new);
  }
}
