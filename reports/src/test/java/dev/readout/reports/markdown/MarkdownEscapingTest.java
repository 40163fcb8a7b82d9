package dev.readout.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text with Markdown syntax in it must render literally, and read back as the same characters. */
class MarkdownEscapingTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  private static String paragraph(List<Inline> content) {
    String md = RENDERER.renderToString(Document.builder().metadata(Metadata.of("T")).add(new Paragraph(content)).build());
    assertThat(md).startsWith("# T\n\n").endsWith("\n");
    return md.substring("# T\n\n".length(), md.length() - 1);
  }

  private static String paragraph(String text) {
    return paragraph(List.of(Text.of(text)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '⇒', quoteCharacter = '"', value = {
      "*not emphasis* ⇒ \\*not emphasis\\*",
      "_not emphasis_ ⇒ \\_not emphasis\\_",
      "snake_case_name ⇒ snake\\_case\\_name",
      "`code` ⇒ \\`code\\`",
      "[text](https://x.y) ⇒ \\[text\\](https://x.y)",
      "<b>html</b> ⇒ \\<b>html\\</b>",
      "a|b ⇒ a\\|b",
      "~~strike~~ ⇒ \\~\\~strike\\~\\~",
      "$x$ costs US$5 ⇒ \\$x\\$ costs US\\$5",
      "back\\slash ⇒ back\\\\slash",
      "^caret ⇒ \\^caret",
      "&amp; &#39; &#x27; & AT&T ⇒ \\&amp; \\&#39; \\&#x27; & AT&T",
      "# heading ⇒ \\# heading",
      "#hashtag in C# ⇒ \\#hashtag in C#",
      "- item ⇒ \\- item",
      "+ item ⇒ \\+ item",
      "1. item ⇒ 1\\. item",
      "2024) not a list ⇒ 2024\\) not a list",
      "1234567890. too long for a list ⇒ 1234567890. too long for a list",
      "> quote ⇒ \\> quote",
      "a > b ⇒ a > b",
      "=== ⇒ \\===",
      "--- ⇒ \\---",
      ": colon ⇒ \\: colon",
      "\"    indented\" ⇒ \"&#32;   indented\"",
      "Wow![link] ⇒ Wow!\\[link\\]",
      "Phan Văn Giang ⇒ Phan Văn Giang"
  })
  void escapesMarkdownSyntax(String text, String expected) {
    assertThat(paragraph(text)).isEqualTo(expected);
    assertThat(readBack(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "* star bullet", "+ plus", "- dash", "1) paren", "10. ten", "    code", "\tTab", "```fence", "~~~fence",
      "<div>block</div>", "<!-- comment -->", "[ref]: https://x.y", "[^1]: footnote", "| a | b |", "***", "___",
      "* * *", "_ _ _", "![image](x.png)", "<https://autolink.example>", "https://bare.example", "\\*", "\\",
      "&copy;", "&#128512;", "**strong**", "__strong__", "a*b*c", "[x]", "[ ] task", "[x] done", "#5 not a heading",
      "Setext\n===", "Setext\n---", "line one\n# two\n- three\n1. four\n> five\n    six", "end with backslash\\",
      "x\r\ny\rz"
  })
  void readsBackAsTheSameText(String text) {
    assertThat(readBack(text)).isEqualTo(text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  private static String readBack(String text) {
    ParsedMarkdown parsed = ParsedMarkdown.parse(RENDERER.renderToString(
        Document.builder().metadata(Metadata.of("T")).paragraph(text).build()));
    assertThat(parsed.topLevelBlocks()).containsExactly("Heading", "Paragraph");
    return ParsedMarkdown.text(parsed.document.getLastChild());
  }

  @Test
  void lineBreaksAreHardBreaksAndEscapingAppliesToEveryLine() {
    assertThat(paragraph("first\n# second\n- third")).isEqualTo("first\\\n\\# second\\\n\\- third");
  }

  @Test
  void emphasisUsesAsterisksWhereTheyReadBackAndHtmlElsewhere() {
    assertThat(paragraph(List.of(Emphasis.of("em"), Text.of(" "), Strong.of("strong")))).isEqualTo("*em* **strong**");
    assertThat(paragraph(List.of(Text.of("in"), Emphasis.of("word"), Text.of("s")))).isEqualTo("in*word*s");
    assertThat(paragraph(List.of(Text.of("a"), Emphasis.of("\"q\""), Text.of("b")))).isEqualTo("a<em>\"q\"</em>b");
    assertThat(paragraph(List.of(Text.of("("), Strong.of("\"q\""), Text.of(")")))).isEqualTo("(**\"q\"**)");
    assertThat(paragraph(List.of(Emphasis.of("one"), Emphasis.of("two")))).isEqualTo("*one*<em>two</em>");
    assertThat(paragraph(List.of(Text.of("x"), Emphasis.of(" spaced "), Text.of("y")))).isEqualTo("x *spaced* y");
    assertThat(paragraph(List.of(Text.of("a"), Emphasis.of(" "), Text.of("b")))).isEqualTo("a b");
    assertThat(paragraph(List.of(Strong.of(Emphasis.of("both"))))).isEqualTo("***both***");
    assertThat(paragraph(List.of(Emphasis.of("*star*")))).isEqualTo("*\\*star\\**");
    assertThat(paragraph(List.of(Strong.of("line\nbreak")))).isEqualTo("**line\\\nbreak**");
    assertThat(paragraph(List.of(Text.of("Look!"), Link.of("https://x.y", "here")))).isEqualTo("Look\\![here](https://x.y)");
  }

  @Test
  void emphasisReadsBackWithTheSameText() {
    List<Inline> content = List.of(Text.of("a"), Emphasis.of("\"q\""), Text.of("b "), Strong.of(Emphasis.of("x"), Text.of("y")),
        Emphasis.of("one"), Emphasis.of("two"), Strong.of("3"), Text.of("4 "), Emphasis.of("*star*"), Text.of("!"),
        Link.of("https://x.y/(a)", Emphasis.of("link")));
    ParsedMarkdown parsed = ParsedMarkdown.parse("# T\n\n" + paragraph(content) + "\n");
    assertThat(ParsedMarkdown.text(parsed.document.getLastChild())).isEqualTo(PlainText.of(content));
    assertThat(parsed.links()).containsExactly("https://x.y/(a)");
  }

  @Test
  void footnoteMarksCannotBeMistakenForOtherSyntax() {
    assertThat(paragraph(List.of(Text.of("Wow!"), dev.readout.reports.doc.Footnote.of("n"), Text.of("(x): y"))))
        .isEqualTo("Wow\\![^1]\\(x): y\n\n[^1]: n");
    assertThat(paragraph(List.of(dev.readout.reports.doc.Footnote.of("n"), Text.of(": not a definition"))))
        .isEqualTo("[^1]\\: not a definition\n\n[^1]: n");
  }

  @Test
  void linkDestinationsReadBackUnchanged() {
    List<String> targets = List.of("https://x.y/?a=1&amp;b=2", "https://x.y/a_(b)_c", "https://x.y/a)b(", "https://x.y/*a*_b_",
        "https://vi.wikipedia.org/wiki/Phan_Văn_Giang", "#anchor");
    List<Inline> content = new java.util.ArrayList<>();
    targets.forEach(t -> content.add(Link.of(t, "x")));
    ParsedMarkdown parsed = ParsedMarkdown.parse("# T\n\n" + paragraph(content) + "\n");
    assertThat(parsed.links()).containsExactlyElementsOf(targets);
  }

  @Test
  void headingsEscapeHashesAndTurnBreaksIntoSpaces() {
    String md = RENDERER.renderToString(Document.builder().metadata(Metadata.of("T"))
        .add(Heading.of(1, "x", "C# and F# ##")).add(Heading.of(2, "y", "two\nlines")).add(Heading.of(3, "z", "*a* | `b`")).build());
    assertThat(md).isEqualTo("# <a id=\"x\"></a>C\\# and F\\# \\#\\#\n\n## <a id=\"y\"></a>two lines\n\n"
        + "### <a id=\"z\"></a>\\*a\\* \\| \\`b\\`\n");
    assertThat(ParsedMarkdown.parse(md).headings()).containsExactly("C# and F# ##", "two lines", "*a* | `b`");
  }

  @Test
  void tableCellsKeepPipesAndLineBreaksInsideTheCell() {
    Table table = Table.builder().column(Table.Column.left(1)).column(Table.Column.left(1))
        .header("a|b", "- not a list").row("line\nbreak", "| --- |").row("", "\\|").build();
    String md = RENDERER.renderToString(Document.builder().metadata(Metadata.of("T")).add(table).build());
    assertThat(md).isEqualTo("# T\n\n| a\\|b | - not a list |\n| :--- | :--- |\n| line<br>break | \\| --- \\| |\n| | \\\\\\| |\n");
    assertThat(ParsedMarkdown.parse(md).tables()).containsExactly(List.of(
        List.of("a|b", "- not a list"), List.of("line\nbreak", "| --- |"), List.of("", "\\|")));
  }
}
