package dev.readout.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfGlyphArray;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A page's direct content that writes the text of shaped scripts as the glyphs their layout chose
 * ({@link Shaping}) instead of a glyph per character. Every other text is written as OpenPDF
 * writes it, byte for byte, so a document without such text does not change. Tables, table cells
 * and the running header and footer are drawn on this content (and on its {@linkplain
 * #getDuplicate() duplicates}); a paragraph with such text is laid out in a table cell for that
 * reason ({@link ComplexText}).
 *
 * <p>The glyphs are written with OpenPDF's public glyph operators, as its {@code LayoutProcessor}
 * writes them: a glyph array with an adjustment where the layout moved a glyph off its advance,
 * and a text rise where it moved one up or down. They sit in a marked-content span whose {@code
 * /ActualText} is the text in logical order, since glyphs reordered or joined by the layout (a
 * vowel sign drawn before its consonant, a conjunct) cannot be read back one by one; text
 * extraction (PDFBox, poppler) and copy and paste take the span's text.
 *
 * <p>To know the font and size in effect, this content follows {@link #setFontAndSize} through
 * {@link #saveState} and {@link #restoreState}, as OpenPDF's graphic state does. A character
 * spacing is not applied to shaped glyphs: {@link Typesetter} sets one on a shaped chunk so that it
 * is measured as wide as it is drawn.
 */
final class ShapingContent extends PdfContentByte {
  /** Lays out text in a font of the render, or answers null when it needs no layout. */
  interface Shaper {
    GlyphVector shape(BaseFont font, float size, String text);
  }

  /** Adjustments and rises smaller than this, in points, are rounding and left out. */
  private static final float EPSILON = 1e-3f;

  private final Shaper shaper;
  private BaseFont font;
  private float size;
  private final Deque<Object[]> saved = new ArrayDeque<>();

  ShapingContent(PdfWriter writer, Shaper shaper) {
    super(writer);
    this.shaper = shaper;
  }

  @Override
  public PdfContentByte getDuplicate() {
    return new ShapingContent(writer, shaper);
  }

  @Override
  public void setFontAndSize(BaseFont bf, float size) {
    super.setFontAndSize(bf, size);
    this.font = bf;
    this.size = size;
  }

  @Override
  public void saveState() {
    super.saveState();
    saved.push(new Object[] {font, size});
  }

  @Override
  public void restoreState() {
    super.restoreState();
    Object[] state = saved.pop();
    font = (BaseFont) state[0];
    size = (Float) state[1];
  }

  @Override
  public void reset(boolean validateContent) {
    super.reset(validateContent);
    font = null;
    saved.clear();
  }

  @Override
  public void showText(String text) {
    GlyphVector glyphs = font == null ? null : shaper.shape(font, size, text);
    if (glyphs == null) {
      super.showText(text);
      return;
    }
    PdfDictionary span = new PdfDictionary();
    span.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
    beginMarkedContentSequence(PdfName.SPAN, span, true);
    // A spacing set for the chunk only corrects how wide the line breaker measured it (Typesetter).
    float spacing = getCharacterSpacing();
    if (spacing != 0f) {
      setCharacterSpacing(0f);
    }
    showGlyphs(glyphs);
    if (spacing != 0f) {
      setCharacterSpacing(spacing);
    }
    endMarkedContentSequence();
  }

  /**
   * Writes the glyphs at the positions of their layout: each glyph after the one before moves the
   * text on by its own advance, an adjustment moves it to where the layout put it.
   */
  private void showGlyphs(GlyphVector glyphs) {
    float units = 1000f / size;
    PdfGlyphArray array = new PdfGlyphArray();
    float pen = 0f;
    int count = glyphs.getNumGlyphs();
    for (int i = 0; i < count; i++) {
      int code = glyphs.getGlyphCode(i);
      if (code >= 0xFFFE) {
        continue; // a character the layout removed (a joiner): java.awt's "no glyph"
      }
      Point2D at = glyphs.getGlyphPosition(i);
      float dx = (float) at.getX() - pen;
      if (Math.abs(dx) >= EPSILON) {
        array.add(-dx * units);
      }
      float rise = (float) -at.getY();
      if (Math.abs(rise) >= EPSILON) {
        showText(array);
        array.clear();
        setTextRise(rise);
        array.add(code);
        showText(array);
        array.clear();
        setTextRise(0f);
      } else {
        array.add(code);
      }
      pen = (float) at.getX() + glyphs.getGlyphMetrics(i).getAdvanceX();
    }
    float dx = (float) glyphs.getGlyphPosition(count).getX() - pen;
    if (Math.abs(dx) >= EPSILON) {
      array.add(-dx * units);
    }
    showText(array);
  }
}
