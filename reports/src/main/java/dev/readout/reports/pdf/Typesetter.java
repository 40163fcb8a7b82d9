package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.InlineVisitor;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import dev.readout.reports.pdf.Fonts.Face;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns text and inlines into OpenPDF chunks, phrases and paragraphs. Text is cleaned of the
 * characters no renderer writes, put in Unicode NFC, and each code point set in the first font of
 * the render's chain that has a glyph for it (the style's Liberation face, the other Liberation
 * family, the fallback fonts, the machine's fonts), or left out with a warning when none has;
 * invisible format characters are left out with a warning too. Inlines become
 * italic, bold and linked chunks, and footnotes numbered marks whose texts it keeps for the
 * endnotes: a footnote whose content was met before takes that note's number, so its text is
 * written once. One per render.
 *
 * <p>A mark is glued to the word before it by a no-break space in the mark's small size, and
 * carries {@link #NOTE_MARK}: OpenPDF's document layout may break a line between any two chunks,
 * so a paragraph with marks is laid out by a column instead ({@link ComplexText#laidOut}), whose
 * line breaker breaks only at spaces and hyphens and so keeps "statement¹" together.
 */
final class Typesetter {
  private final Fonts fonts;
  private final Set<RenderWarning> warnings;
  private final Set<String> declaredAnchors;
  /** The chunk attribute of a footnote mark. */
  static final String NOTE_MARK = "readout.noteMark";

  private final List<List<Inline>> footnotes = new ArrayList<>();
  /** The number of each footnote content met so far. */
  private final Map<List<Inline>, Integer> numbers = new HashMap<>();

  /**
   * @param warnings where warnings about the text are added, in the order they are found
   * @param declaredAnchors the headings' anchors: a link to another is reported and not made
   */
  Typesetter(Fonts fonts, Set<RenderWarning> warnings, Set<String> declaredAnchors) {
    this.fonts = fonts;
    this.warnings = warnings;
    this.declaredAnchors = declaredAnchors;
  }

  /** The content of the footnotes met so far, the first numbered 1. */
  List<List<Inline>> footnotes() {
    return footnotes;
  }

  /**
   * Turns text into chunks in the style's face: line endings made {@code \n}, characters no
   * renderer writes left out, NFC, and each code point set in the first font of the chain that has
   * a glyph for it ({@link Fonts#fontFor}), or left out with a warning when none has. A combining
   * mark stays in the font of the character before it when that font has it, and a joiner (U+200C,
   * U+200D) inside a word of a script that is shaped or joined stays in the text for the shaping.
   */
  List<Chunk> chunks(String raw, Style style) {
    if (isPrintableAscii(raw) && fonts.showsPrintableAscii(style.face())) {
      // Most text: nothing to leave out, normalise or look up, so one chunk as it stands.
      return List.of(new Chunk(raw, font(style.face(), style)));
    }
    String clean = PlainText.renderable(raw);
    if (clean.length() != raw.length()) {
      warnings.add(RenderWarning.charactersLeftOut(raw));
    }
    clean = PlainText.nfc(clean.replace("\r\n", "\n").replace('\r', '\n'));
    List<Chunk> out = new ArrayList<>();
    Set<Integer> missing = null;
    Set<Integer> invisible = null;
    StringBuilder run = new StringBuilder();
    BaseFont runFont = null;
    int previous = -1;
    Face preferred = style.face();
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        cp = ' ';
      }
      if (cp == '\n') {
        flush(out, run, runFont, style);
        out.add(new Chunk("\n", font(preferred, style)));
        previous = cp;
        continue;
      }
      if (Character.getType(cp) == Character.FORMAT) {
        if (isJoiner(cp) && runFont != null && fonts.fallbackFace(runFont) != null && Shaping.joins(previous)) {
          run.appendCodePoint(cp);
          continue;
        }
        // Direction marks, joiners and the like: Liberation draws some of them as visible boxes.
        invisible = invisible == null ? new TreeSet<>() : invisible;
        invisible.add(cp);
        continue;
      }
      BaseFont font = runFont != null && isMark(cp) && runFont.charExists(cp) ? runFont : fonts.fontFor(cp, preferred);
      if (font == null) {
        missing = missing == null ? new TreeSet<>() : missing;
        missing.add(cp);
        continue;
      }
      if (font != runFont) {
        flush(out, run, runFont, style);
        runFont = font;
      }
      run.appendCodePoint(cp);
      previous = cp;
    }
    flush(out, run, runFont, style);
    if (invisible != null) {
      warnings.add(RenderWarning.about(PdfMessages.formatCharacters(names(invisible)), raw));
    }
    if (missing != null) {
      warnings.add(RenderWarning.about(PdfMessages.noGlyph(characters(missing), fonts.chain(), fonts.theme()), raw));
    }
    return out;
  }

  /** Whether the text is not empty and made only of U+0020 to U+007E. */
  private static boolean isPrintableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static boolean isJoiner(int cp) {
    return cp == '\u200C' || cp == '\u200D';
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static List<String> names(Set<Integer> codePoints) {
    return codePoints.stream().map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList();
  }

  /** Each code point as {@code U+XXXX} and the character, a mark on a dotted circle: "U+D55C 한". */
  private static List<String> characters(Set<Integer> codePoints) {
    return codePoints.stream()
        .map(cp -> String.format(Locale.ROOT, "U+%04X %s%s", cp, isMark(cp) ? "\u25CC" : "", Character.toString(cp)))
        .toList();
  }

  /**
   * Adds the run as a chunk. The line breaker measures a chunk a glyph per character; a run that is
   * shaped is narrower (a conjunct is one glyph for three characters), so its characters are given
   * a negative spacing that makes the measure the shaped width, which {@link ShapingContent} does
   * not apply to the glyphs.
   */
  private void flush(List<Chunk> out, StringBuilder run, BaseFont font, Style style) {
    if (run.length() > 0) {
      String text = run.toString();
      Chunk chunk = new Chunk(text, font(font, style, fonts.simulated(font, style.face())));
      GlyphVector shaped = fonts.shape(font, style.size(), text);
      if (shaped != null) {
        float difference = (float) shaped.getGlyphPosition(shaped.getNumGlyphs()).getX() - font.getWidthPoint(text, style.size());
        if (Math.abs(difference) >= 0.01f) {
          chunk.setCharacterSpacing(difference / text.length());
        }
      }
      out.add(chunk);
      run.setLength(0);
    }
  }

  /**
   * The font of a face in the style's size and colour, made bold or italic by OpenPDF where the
   * theme has no file for the face.
   */
  com.lowagie.text.Font font(Face face, Style style) {
    return font(fonts.font(face), style, fonts.simulated(face));
  }

  private static com.lowagie.text.Font font(BaseFont font, Style style, int simulated) {
    return new com.lowagie.text.Font(font, style.size(), simulated, style.color());
  }

  /** The theme of the render: its colours. */
  PdfTheme theme() {
    return fonts.theme();
  }

  /** The width of the text in the face at the size, in points. */
  float width(String text, Face face, float size) {
    return fonts.font(face).getWidthPoint(text, size);
  }

  Phrase phrase(String raw, Style style) {
    Phrase p = new Phrase(style.size() * 1.3f);
    p.setFont(font(style.face(), style));
    p.addAll(chunks(raw, style));
    return p;
  }

  Phrase phrase(List<Inline> inlines, Style style) {
    Phrase p = new Phrase(style.size() * 1.3f);
    p.setFont(font(style.face(), style));
    p.addAll(inlineChunks(inlines, style));
    return p;
  }

  /** An empty paragraph with the leading and alignment, in the body font. */
  com.lowagie.text.Paragraph paragraph(float leading, int alignment) {
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(leading);
    p.setAlignment(alignment);
    p.setFont(font(Face.SERIF, Style.body()));
    return p;
  }

  /** Turns inlines into chunks: emphasis italic, strong bold, links coloured and clickable. */
  List<Chunk> inlineChunks(List<Inline> inlines, Style style) {
    InlineChunks visitor = new InlineChunks(style);
    inlines.forEach(i -> i.accept(visitor));
    return visitor.out;
  }

  /** The text as one line no wider than {@code width}, cut with an ellipsis when it is longer. */
  Phrase fitted(String text, Style style, float width) {
    String candidate = text;
    while (true) {
      Phrase p = phrase(candidate, style);
      if (width(p) <= width || candidate.isEmpty()) {
        return p;
      }
      String base = candidate.endsWith("\u2026") ? candidate.substring(0, candidate.length() - 1) : candidate;
      base = base.substring(0, base.offsetByCodePoints(base.length(), -1)).stripTrailing();
      candidate = base.isEmpty() ? "" : base + "\u2026";
    }
  }

  /** The width of the phrase's text on one line. */
  static float width(Phrase phrase) {
    float w = 0;
    for (Element e : phrase) {
      Chunk c = (Chunk) e;
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), c.getFont().getSize());
    }
    return w;
  }

  /** Text for the file's properties and the outline: no glyphs needed, so only cleaned. */
  static String plain(String text) {
    return PlainText.nfc(PlainText.renderable(text).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }

  private final class InlineChunks implements InlineVisitor<Void> {
    private final List<Chunk> out = new ArrayList<>();
    private Style style;
    private Link link;
    private List<Chunk> deferredMarks;

    InlineChunks(Style style) {
      this.style = style;
    }

    @Override
    public Void visit(Quote quote) {
      return visit(new Text(quote.marked()));
    }

    @Override
    public Void visit(Text text) {
      for (Chunk c : chunks(text.text(), link == null ? style : style.color(theme().linkColour()))) {
        if (link != null && !"\n".equals(c.getContent())) {
          if (link.isInternal()) {
            c.setLocalGoto(link.anchor());
          } else {
            c.setAnchor(link.target());
          }
        }
        out.add(c);
      }
      return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
      return visitIn(style.italic(true), emphasis.children());
    }

    @Override
    public Void visit(Strong strong) {
      return visitIn(style.bold(true), strong.children());
    }

    /** Visits the inlines in the given style, then goes back to the style before. */
    private Void visitIn(Style inner, List<Inline> inlines) {
      Style outer = style;
      style = inner;
      inlines.forEach(i -> i.accept(this));
      style = outer;
      return null;
    }

    @Override
    public Void visit(Link l) {
      boolean known = !l.isInternal() || declaredAnchors.contains(l.anchor());
      if (!known) {
        warnings.add(RenderWarning.unknownAnchor(l));
      }
      List<Chunk> outerMarks = deferredMarks;
      deferredMarks = new ArrayList<>();
      Link outer = link;
      link = known ? l : null;
      l.children().forEach(i -> i.accept(this));
      link = outer;
      out.addAll(deferredMarks);
      deferredMarks = outerMarks;
      return null;
    }

    @Override
    public Void visit(Footnote footnote) {
      Integer known = numbers.get(footnote.content());
      int n;
      if (known == null) {
        footnotes.add(footnote.content());
        n = footnotes.size();
        numbers.put(footnote.content(), n);
      } else {
        n = known;
      }
      Style mark = new Style(style.sans(), false, false, style.size() * 0.62f, theme().linkColour());
      // A no-break space in the mark's small size (1.6 pt) keeps the number apart from the word
      // before it when the text is extracted, so "statement" stays a word of its own, and keeps the
      // two on one line.
      Chunk c = new Chunk("\u00A0" + n, font(mark.face(), mark));
      c.setTextRise(style.size() * 0.36f);
      c.setLocalGoto("fn." + n);
      if (known == null) {
        c.setLocalDestination("fnref." + n);
      }
      c.getChunkAttributes().put(NOTE_MARK, Boolean.TRUE);
      if (deferredMarks != null) {
        deferredMarks.add(c);
      } else {
        out.add(c);
      }
      return null;
    }
  }
}
