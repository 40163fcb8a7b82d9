package dev.readout.reports.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain text of a document in reading order, the yardstick of text parity between renderers:
 * whatever the format, the rendered output contains the {@link #words(CharSequence) words} of
 * {@link #of(Document)} in the same order.
 *
 * <p>Reading order: blocks in document order, one line or more each, then the texts of all
 * footnotes, one line each, in the order their marks first occur (which is their number; equal
 * footnotes are one note). Within blocks:
 *
 * <ul>
 *   <li>a footnote's mark adds nothing to the running text;
 *   <li>a list gives each item's text, then its nested list;
 *   <li>a table gives its caption, then the header rows, then the body rows, cells separated by a
 *       tab;
 *   <li>a key–value block gives each key, a tab, and its value;
 *   <li>a note gives its title, then its text;
 *   <li>a table of contents gives its title, then the text of each heading it lists;
 *   <li>a cover gives {@link Cover#headLines(Metadata)}, then its extra lines;
 *   <li>a page break gives nothing, nor does the classification marking (it is running furniture
 *       such as page headers, which are not part of the reading order).
 * </ul>
 *
 * <p>Text is returned exactly as in the model: not normalised, and with characters that renderers
 * leave out still in it; {@link #words(CharSequence)} is the comparison that absorbs both.
 */
public final class PlainText {
  private PlainText() {}

  /**
   * Returns the whole text of a document: {@link #body(Document)}, then each of {@link
   * #footnotes(Document)} on its own line.
   *
   * @param document the document
   * @return its text in reading order, lines separated by {@code \n}
   */
  public static String of(Document document) {
    Collector collector = new Collector(document);
    document.blocks().forEach(b -> b.accept(collector));
    collector.lines.addAll(collector.footnotes.values());
    return String.join("\n", collector.lines);
  }

  /**
   * Returns the text of a document's blocks without the footnotes.
   *
   * @param document the document
   * @return the running text, lines separated by {@code \n}
   */
  public static String body(Document document) {
    Collector collector = new Collector(document);
    document.blocks().forEach(b -> b.accept(collector));
    return String.join("\n", collector.lines);
  }

  /**
   * Returns the texts of a document's footnotes in reading order, which is their number order:
   * element 0 is footnote 1. Footnotes with equal content are one note, numbered where it first
   * occurs.
   *
   * @param document the document
   * @return one text per footnote
   */
  public static List<String> footnotes(Document document) {
    Collector collector = new Collector(document);
    document.blocks().forEach(b -> b.accept(collector));
    return List.copyOf(collector.footnotes.values());
  }

  /**
   * Returns the text of one block followed by the texts of its footnotes. Outside a document, a
   * {@link Cover} gives only its extra lines and a {@link TableOfContents} only its title.
   *
   * @param block the block
   * @return its text, lines separated by {@code \n}
   */
  public static String of(Block block) {
    Collector collector = new Collector(null);
    block.accept(collector);
    collector.lines.addAll(collector.footnotes.values());
    return String.join("\n", collector.lines);
  }

  /**
   * Returns the running text of inlines: text as it is, footnotes left out.
   *
   * @param inlines the inlines
   * @return their text
   */
  public static String of(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    inlines.forEach(i -> i.accept(new InlineText(sb, null)));
    return sb.toString();
  }

  /**
   * Splits text into words for text-parity checks: removes the characters renderers leave out
   * (see {@link #isRenderable(int)}) and invisible format characters (direction marks, zero-width
   * joiners), puts the rest in Unicode NFC, and returns each maximal run of letters, combining
   * marks and decimal digits. Punctuation, symbols, emoji and white space only separate words, so
   * "Key:" and "Key" give the same word, and a list number "1." adds the word "1".
   *
   * @param text any text, such as {@link #of(Document)} or the text extracted from a PDF
   * @return the words in order
   */
  public static List<String> words(CharSequence text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> isRenderable(cp) && Character.getType(cp) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    String nfc = nfc(kept.toString());
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    nfc.codePoints().forEach(cp -> {
      if (isWordCharacter(cp)) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return List.copyOf(words);
  }

  /**
   * Tells whether renderers write a code point, which is when XML 1.0 allows it: tab, line feed,
   * carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Every renderer leaves the
   * others out (the other C0 controls, U+FFFE, U+FFFF, unpaired surrogates) and reports a {@link
   * RenderWarning}, so that all formats carry the same text.
   *
   * @param codePoint a code point, or an unpaired surrogate as met by {@link String#codePoints()}
   * @return true when renderers write it
   */
  public static boolean isRenderable(int codePoint) {
    return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  /**
   * Returns the text in Unicode NFC, as every renderer writes it: decomposed Vietnamese becomes the
   * precomposed letters a font has glyphs for. Text with no character from U+0300 (the first
   * combining mark) up is in NFC already, which is most text, and is returned after one look at each
   * character.
   *
   * @param text any text
   * @return the text in NFC
   */
  public static String nfc(String text) {
    return dev.readout.core.internal.Text.nfc(text);
  }

  /**
   * Returns the text without the code points renderers leave out.
   *
   * @param text any text
   * @return the text with only {@link #isRenderable(int) renderable} code points
   */
  public static String renderable(String text) {
    // Every character of every document passes here: a plain loop, no stream, for the usual case.
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isRenderable(cp)) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(PlainText::isRenderable).forEach(sb::appendCodePoint);
        return sb.toString();
      }
      i += Character.charCount(cp);
    }
    return text;
  }

  private static boolean isWordCharacter(int cp) {
    return Character.isLetter(cp) || Character.isDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK
        || Character.getType(cp) == Character.ENCLOSING_MARK;
  }

  /** Collects the lines of blocks and, apart, the texts of their footnotes. */
  private static final class Collector implements BlockVisitor<Void> {
    private final Document document;
    private final List<String> lines = new ArrayList<>();
    /** The text of each distinct footnote, by its content: equal footnotes are one note. */
    private final Map<List<Inline>, String> footnotes = new LinkedHashMap<>();

    Collector(Document document) {
      this.document = document;
    }

    private void line(List<Inline> inlines) {
      line(text(inlines));
    }

    private void line(String text) {
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }

    private String text(List<Inline> inlines) {
      StringBuilder sb = new StringBuilder();
      inlines.forEach(i -> i.accept(new InlineText(sb, footnotes)));
      return sb.toString();
    }

    @Override
    public Void visit(Heading heading) {
      line(heading.content());
      return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      line(paragraph.content());
      return null;
    }

    @Override
    public Void visit(ListBlock list) {
      for (ListBlock.Item item : list.items()) {
        line(item.content());
        item.nested().ifPresent(this::visit);
      }
      return null;
    }

    @Override
    public Void visit(Table table) {
      table.caption().ifPresent(this::line);
      for (Table.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        row.cells().forEach(c -> cells.add(text(c.content())));
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
          line(String.join("\t", cells));
        }
      }
      return null;
    }

    @Override
    public Void visit(KeyValueBlock keyValues) {
      for (KeyValueBlock.Entry entry : keyValues.entries()) {
        line(entry.key() + "\t" + text(entry.value()));
      }
      return null;
    }

    @Override
    public Void visit(Note note) {
      note.title().ifPresent(this::line);
      line(note.content());
      return null;
    }

    /** A figure's caption: the words of the drawing itself are not running text. */
    @Override
    public Void visit(Figure figure) {
      line(figure.caption());
      return null;
    }

    @Override
    public Void visit(PageBreak pageBreak) {
      return null;
    }

    @Override
    public Void visit(TableOfContents contents) {
      line(contents.title());
      if (document != null) {
        contents.entries(document).forEach(h -> line(of(h.content())));
      }
      return null;
    }

    @Override
    public Void visit(Cover cover) {
      if (document != null) {
        cover.headLines(document.metadata()).forEach(this::line);
      }
      cover.lines().forEach(p -> line(p.content()));
      return null;
    }
  }

  /** Appends the running text of inlines; a footnote's text goes to the list, if one is given. */
  private static final class InlineText implements InlineVisitor<Void> {
    private final StringBuilder sb;
    private final Map<List<Inline>, String> footnotes;

    InlineText(StringBuilder sb, Map<List<Inline>, String> footnotes) {
      this.sb = sb;
      this.footnotes = footnotes;
    }

    @Override
    public Void visit(Text text) {
      sb.append(text.text());
      return null;
    }

    @Override
    public Void visit(Quote quote) {
      sb.append(quote.marked());
      return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
      emphasis.children().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visit(Strong strong) {
      strong.children().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visit(Link link) {
      link.children().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visit(Footnote footnote) {
      if (footnotes != null) {
        footnotes.computeIfAbsent(footnote.content(), PlainText::of);
      }
      return null;
    }
  }
}
