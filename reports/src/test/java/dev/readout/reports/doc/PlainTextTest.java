package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  private static final Document DOC = Document.builder()
      .metadata(Metadata.builder().title("Title").subtitle("Sub").date(LocalDate.of(2024, 5, 12)).classification("SECRET").build())
      .add(Cover.of("Extra line"))
      .add(TableOfContents.of("Contents"))
      .add(Heading.of(1, "One"))
      .paragraph(Text.of("Before"), Footnote.of("First note"), Text.of(" after."))
      .add(new ListBlock(false, List.of(ListBlock.Item.of("item", ListBlock.ordered("sub")), ListBlock.Item.of("item 2"))))
      .add(Table.builder().column(Table.Column.left(1)).column(Table.Column.left(1))
          .header("H1", "H2").row(Table.Row.of(Table.Cell.of(Text.of("a"), Footnote.of("Second note")), Table.Cell.of("b")))
          .row("", "").caption("Caption").build())
      .add(PageBreak.of())
      .add(KeyValueBlock.of(KeyValueBlock.Entry.of("Key", "value")))
      .add(new Note(Note.Kind.INFO, Optional.of("Note title"), List.of(Text.of("Note text"))))
      .add(Heading.of(3, "Three"))
      .build();

  @Test
  void documentTextIsInReadingOrderWithFootnotesAtTheEnd() {
    assertThat(PlainText.of(DOC)).isEqualTo(String.join("\n",
        "Title", "Sub", "2024-05-12", "Extra line",
        "Contents", "One", "Three",
        "One",
        "Before after.",
        "item", "sub", "item 2",
        "Caption", "H1\tH2", "a\tb",
        "Key\tvalue",
        "Note title", "Note text",
        "Three",
        "First note", "Second note"));
  }

  @Test
  void bodyAndFootnotesApart() {
    assertThat(PlainText.body(DOC)).doesNotContain("First note").endsWith("Three");
    assertThat(PlainText.footnotes(DOC)).containsExactly("First note", "Second note");
  }

  @Test
  void blockTextOutsideADocument() {
    assertThat(PlainText.of(DOC.blocks().get(0))).isEqualTo("Extra line");
    assertThat(PlainText.of(DOC.blocks().get(1))).isEqualTo("Contents");
    assertThat(PlainText.of(DOC.blocks().get(3))).isEqualTo("Before after.\nFirst note");
    assertThat(PlainText.of(List.of(Text.of("a"), Footnote.of("x"), Strong.of("b")))).isEqualTo("ab");
  }

  @Test
  void wordsIgnorePunctuationFormatCharactersAndNormalisation() {
    assertThat(PlainText.words("Key: value — 1. Phan Văn Giang!")).containsExactly("Key", "value", "1", "Phan", "Văn", "Giang");
    assertThat(PlainText.words(SampleDocuments.NFD_VIETNAMESE)).containsExactly("Nguyễn", "Quốc", "Dũng");
    assertThat(PlainText.words("a\u0000b c\u200Fd 😀 e")).containsExactly("ab", "cd", "e");
    assertThat(PlainText.words("")).isEmpty();
  }

  @Test
  void renderableCharactersAreThoseXmlAllows() {
    assertThat(PlainText.isRenderable('\t')).isTrue();
    assertThat(PlainText.isRenderable('\n')).isTrue();
    assertThat(PlainText.isRenderable('\r')).isTrue();
    assertThat(PlainText.isRenderable(0x1F600)).isTrue();
    assertThat(PlainText.isRenderable(0xFFFD)).isTrue();
    for (char c : SampleDocuments.XML_ILLEGAL.toCharArray()) {
      assertThat(PlainText.isRenderable(c)).as("U+%04X", (int) c).isFalse();
    }
    assertThat(PlainText.renderable("a" + SampleDocuments.XML_ILLEGAL + "b😀")).isEqualTo("ab😀");
    assertThat(PlainText.renderable("plain")).isEqualTo("plain");
  }
}
