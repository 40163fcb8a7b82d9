package dev.readout.reports.html;

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
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Documents of text hostile to HTML — tags, comments, character references, {@code </title>} and
 * {@code </style>}, quotes in attributes, right-to-left marks, emoji, combining marks, line breaks,
 * characters XML forbids — always render, and the HTML parses back (as a browser builds it) with
 * only the renderer's own elements, every paragraph's text, the words of the plain text in order,
 * headings in order and every internal link leading somewhere.
 */
class HtmlProperties {
  private static final HtmlRenderer RENDERER = HtmlRenderer.create();

  /** Every element the renderer writes itself (the drawings' SVG aside: these documents have no figure). */
  private static final Set<String> OWN_ELEMENTS = Set.of("#root", "html", "head", "meta", "title", "style", "body", "header",
      "footer", "main", "nav", "section", "h1", "h2", "h3", "h4", "p", "br", "ul", "ol", "li", "table", "caption",
      "colgroup", "col", "thead", "tbody", "tr", "th", "td", "dl", "div", "dt", "dd", "span", "strong", "em", "q", "a",
      "sup");

  /** Pieces of text that mean something to HTML, CSS, Unicode or XML. */
  private static final List<String> ATOMS = List.of(
      "a", "Z", "Việt", "Dũng", "42", " ", "  ", "\t", "\n", "\r\n", "\r",
      "<", ">", "&", "\"", "'", "=", "/", "\\", "`", "#", ";",
      "<b>", "</p>", "<script>alert(1)</script>", "</title>", "</style>", "<!--", "-->", "<![CDATA[", "]]>",
      "&amp;", "&lt;", "&#0;", "&#x41;", "&nbsp;", "&copy", "<br>", "<svg onload=x>", "\" onmouseover=\"x",
      "javascript:", "@import", "url(", "\\201C", "}", "{",
      "\u00A0", "\u3000", "\u200F", "\u202E", "\u202C", "\u200D", "😀", "👨‍👩‍👧", "𝔘", "e\u0301", "\u0301",
      "Nguye\u0302\u0303n", "\u0085", "\uFDD0",
      "\u0000", "\u0007", "\u000B", "\u000C", "\uFFFE", "\uFFFF",
      // Unpaired surrogates inside the atom, so that two atoms cannot join into a valid pair.
      "x\uD800x", "y\uDC00y");

  private static final List<String> TARGETS = List.of(
      "https://example.org", "https://x.y/a_(b)?c=1&amp;d=e'f", "HTTP://X.Y/Path", "https://x.y/đ", "#a", "#section",
      "#missing");

  @Property
  void everyDocumentParsesBackWithOnlyItsOwnElementsAndAllItsText(@ForAll("documents") Document document) {
    HtmlReadBack read = HtmlReadBack.render(RENDERER, document);
    assertThat(read.html().codePoints().allMatch(PlainText::isRenderable)).as("only renderable characters").isTrue();
    org.jsoup.nodes.Document dom = read.dom();

    assertThat(dom.getAllElements()).extracting(Element::tagName)
        .allSatisfy(tag -> assertThat(OWN_ELEMENTS).as("element <%s>", tag).contains(tag));
    List<Comment> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment c) {
        comments.add(c);
      }
    }, dom);
    assertThat(comments).as("comments").isEmpty();
    assertThat(dom.select("[onload], [onmouseover], [src]")).isEmpty();
    assertThat(dom.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("(?i)(https?://|#).*"));
    assertThat(squeezed(dom.title())).isEqualTo(squeezed(document.metadata().title()));

    Element main = dom.selectFirst("main").clone();
    main.select("sup.noteref, .note-kind").remove();
    List<String> texts = new ArrayList<>();
    main.select("p").forEach(p -> texts.add(squeezed(p.text())));
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p && !PlainText.of(p).isEmpty()) {
        assertThat(texts).contains(squeezed(PlainText.of(p.content())));
      }
    }
    List<String> words = PlainText.words(PlainText.of(document));
    if (!words.isEmpty()) {
      assertThat(HtmlReadBack.words(dom)).containsSubsequence(words);
    }
    assertThat(dom.select(".endnotes li")).hasSize(PlainText.footnotes(document).size());
    HtmlReadBack.assertLinksResolve(dom);
    HtmlReadBack.assertHeadingOrder(dom);
  }

  @Property
  void renderingIsDeterministic(@ForAll("documents") Document document) {
    assertThat(HtmlReadBack.render(HtmlRenderer.create(), document).bytes())
        .isEqualTo(HtmlReadBack.render(RENDERER, document).bytes());
  }

  /**
   * The text without its white space, which HTML folds (and jsoup, around control characters such as
   * U+0085, not always as a browser does): left-out characters gone, NFC, no white space at all.
   */
  private static String squeezed(String text) {
    StringBuilder sb = new StringBuilder();
    PlainText.nfc(PlainText.renderable(text)).codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0x85)
        .forEach(sb::appendCodePoint);
    return sb.toString();
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
    choices.add(Combinators.combine(nonBlankText(), Arbitraries.of("vi", "en", "he", "zh-Hant-TW")).as(Quote::new));
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
    Arbitrary<Block> heading = Combinators.combine(Arbitraries.integers().between(1, 3),
            Arbitraries.of("a", "section", "missing", "x"), nonBlankText(), content())
        .as((level, anchor, start, rest) -> {
          List<Inline> inlines = new ArrayList<>(List.of(new Text(start)));
          inlines.addAll(rest);
          return new Heading(level, anchor, inlines);
        });
    Arbitrary<Block> keyValues = Combinators.combine(nonBlankText(), content()).as(KeyValueBlock.Entry::new)
        .list().ofMinSize(1).ofMaxSize(3).map(KeyValueBlock::new);
    Arbitrary<Block> note = Combinators.combine(Arbitraries.of(Note.Kind.class), nonBlankText().optional(0.5),
        inlines(3, true, true, 1)).as(Note::new);
    Arbitrary<Block> other = Arbitraries.of(new PageBreak(), TableOfContents.of("Contents"), Cover.of("extra"));
    return Arbitraries.frequencyOf(
        Tuple.of(5, paragraph),
        Tuple.of(2, heading),
        Tuple.of(2, list(2).map(Block.class::cast)),
        Tuple.of(2, table().map(Block.class::cast)),
        Tuple.of(1, keyValues),
        Tuple.of(1, note),
        Tuple.of(1, other));
  }

  @Provide
  Arbitrary<Document> documents() {
    Arbitrary<Metadata> metadata = Combinators.combine(nonBlankText(), nonBlankText().optional(0.5),
            nonBlankText().optional(0.3), Arbitraries.of("en", "vi", "ar"))
        .as((title, classification, author, language) -> new Metadata(title, Optional.empty(), author, Optional.empty(),
            Optional.empty(), language, classification, List.of()));
    return Combinators.combine(metadata, block().list().ofMinSize(1).ofMaxSize(8)).as(Document::new);
  }
}
