package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static void rejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isExactlyInstanceOf(DocumentException.class).hasMessage(message);
  }

  @Test
  void headingLevelMustBeOneToThree() {
    rejects(() -> Heading.of(0, "x"), "heading level must be between 1 and 3, but was 0");
    rejects(() -> Heading.of(4, "x"), "heading level must be between 1 and 3, but was 4");
  }

  @Test
  void headingAnchorFollowsTheRule() {
    String rule = "heading anchor must be 1 to 128 ASCII letters, digits, '-' or '_', starting with a letter or digit, but was ";
    rejects(() -> Heading.of(1, "a b", "x"), rule + "'a b'");
    rejects(() -> Heading.of(1, "-a", "x"), rule + "'-a'");
    rejects(() -> Heading.of(1, "", "x"), rule + "''");
    rejects(() -> Heading.of(1, "đà-nẵng", "x"), rule + "'đà-nẵng'");
    rejects(() -> Heading.of(1, "a".repeat(129), "x"), rule + "'" + "a".repeat(80) + "…'");
    rejects(() -> Heading.of(1, null, "x"), "heading anchor must not be null");
  }

  @Test
  void headingTextMustNotBeBlank() {
    rejects(() -> Heading.of(1, " \n"), "heading text must not be blank, but was ' \\u000A'");
    rejects(() -> new Heading(1, List.of()), "heading content must not be empty");
    rejects(() -> new Heading(1, List.of(Footnote.of("only a note"))), "heading text must not be blank, but was ''");
  }

  @Test
  void nullsAreRejectedWithTheirName() {
    rejects(() -> new Paragraph(null), "paragraph content must not be null");
    rejects(() -> new Paragraph(Arrays.asList(new Text("a"), null)), "paragraph content must not contain null");
    rejects(() -> new Text(null), "text must not be null");
    rejects(() -> Paragraph.of((Inline[]) null), "paragraph content must not be null");
    rejects(() -> new Note(null, Optional.empty(), List.of(new Text("x"))), "note kind must not be null");
    rejects(() -> new Table.Column(1, null), "column alignment must not be null");
    rejects(() -> Document.builder().add(null), "document block must not be null");
    rejects(() -> new ListBlock.Item(List.of(), null), "nested list must not be null");
  }

  @Test
  void emptyContainersAreRejected() {
    rejects(() -> new Emphasis(List.of()), "emphasis content must not be empty");
    rejects(() -> new Strong(List.of()), "strong content must not be empty");
    rejects(() -> new Footnote(List.of()), "footnote content must not be empty");
    rejects(() -> new Link("https://example.org", List.of()), "link text must not be empty");
    rejects(() -> new ListBlock(false, List.of()), "list items must not be empty");
    rejects(() -> new KeyValueBlock(List.of()), "key-value entries must not be empty");
    rejects(() -> new Note(Note.Kind.INFO, Optional.empty(), List.of()), "note content must not be empty");
  }

  @Test
  void tableRowsHaveOneCellPerColumn() {
    rejects(() -> Table.builder().column(Table.Column.left(1)).column(Table.Column.left(1)).header("a").build(),
        "table header row 1 must have 2 cells, one per column, but had 1");
    rejects(() -> Table.builder().column(Table.Column.left(1)).header("a").row("b").row("c", "d").build(),
        "table body row 2 must have 1 cells, one per column, but had 2");
    rejects(() -> Table.builder().header("a").build(), "table columns must not be empty");
    rejects(() -> Table.builder().column(Table.Column.left(1)).row("a").build(), "table header rows must not be empty");
    rejects(() -> Table.builder().column(Table.Column.left(1)).header("a").caption(" ").build(),
        "table caption must not be blank, but was ' '");
  }

  @Test
  void columnWidthsArePositiveAndFinite() {
    rejects(() -> Table.Column.left(0), "table column width must be a positive finite number, but was 0.0");
    rejects(() -> Table.Column.left(-1.5), "table column width must be a positive finite number, but was -1.5");
    rejects(() -> Table.Column.left(Double.NaN), "table column width must be a positive finite number, but was NaN");
    rejects(() -> Table.Column.left(Double.POSITIVE_INFINITY),
        "table column width must be a positive finite number, but was Infinity");
  }

  @Test
  void metadataRules() {
    rejects(() -> Metadata.of(" "), "metadata title must not be blank, but was ' '");
    rejects(() -> Metadata.builder().build(), "metadata title must not be null");
    rejects(() -> Metadata.builder().title("T").language("en_US").build(),
        "metadata language must be a well-formed BCP 47 tag such as 'en' or 'vi-VN', but was 'en_US'");
    rejects(() -> Metadata.builder().title("T").language("").build(),
        "metadata language must be a well-formed BCP 47 tag such as 'en' or 'vi-VN', but was ''");
    rejects(() -> Metadata.builder().title("T").subtitle("").build(), "metadata subtitle must not be blank, but was ''");
    rejects(() -> Metadata.builder().title("T").keyword("\t").build(), "metadata keyword must not be blank, but was '\\u0009'");
    rejects(() -> Document.builder().build(), "document metadata must be set before build()");
  }

  @Test
  void otherBlockRules() {
    rejects(() -> new TableOfContents("Contents", 0), "table of contents levels must be between 1 and 3, but was 0");
    rejects(() -> TableOfContents.of(""), "table of contents title must not be blank, but was ''");
    rejects(() -> KeyValueBlock.Entry.of(" ", "v"), "key-value key must not be blank, but was ' '");
    rejects(() -> Note.of(Note.Kind.INFO, "", "text"), "note title must not be blank, but was ''");
  }

  @Test
  void linksAndFootnotesDoNotNest() {
    rejects(() -> Link.of("https://a.example", Emphasis.of(Link.of("https://b.example", "inner"))),
        "link text must not contain another link");
    rejects(() -> Footnote.of(Strong.of(Footnote.of("inner"))), "footnote content must not contain another footnote");
  }
}
